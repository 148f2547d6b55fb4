// What the reader's suggestion list shows, and what accepting one makes: pure functions of the engine's result and the dataset.
import { emptyEvidenceForm, formToEvidence, type RelationForm } from '../../../curation/forms';
import { idSlug, uniqueId } from '../../../curation/ids';
import type { Actor, CheckedDataset, Evidence, Relation } from '../../../domain/model';
import type { ProposedActor, Suggestion, SuggestionEnd, SuggestResult } from '../../../suggestions/types';

/** One end of a suggestion: an actor of the dataset, or a name the dataset does not have yet. */
export type EndState = { kind: 'actor'; actor: Actor } | { kind: 'proposed'; name: string; proposal?: ProposedActor };

export interface SuggestionRow {
  suggestion: Suggestion;
  source: EndState;
  target: EndState;
  /** The existing relation the suggestion would add its quote to, when it has the same type and actors. */
  addsTo?: Relation;
}

/** The suggestions of one sentence, in text order. */
export interface SentenceGroup {
  start: number;
  end: number;
  rows: SuggestionRow[];
}

const foldName = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

function endState(end: SuggestionEnd, checked: CheckedDataset, proposals: readonly ProposedActor[]): EndState {
  const actor = end.id === undefined ? undefined : checked.actorsById.get(end.id);
  if (actor) return { kind: 'actor', actor };
  const folded = foldName(end.name);
  const proposal = proposals.find((candidate) => foldName(candidate.name) === folded);
  return { kind: 'proposed', name: end.name, ...(proposal && { proposal }) };
}

/** Whether a relation of this type between these actors already quotes this sentence of the document. */
function alreadyCited(
  checked: CheckedDataset,
  documentId: string,
  suggestion: Suggestion,
  source: string,
  target: string,
) {
  const { start, end } = suggestion.sentence;
  return checked.dataset.relations.some(
    (relation, relationIndex) =>
      relation.type === suggestion.type &&
      relation.source === source &&
      relation.target === target &&
      relation.evidence.some((evidence, evidenceIndex) => {
        const anchor = checked.anchors[relationIndex]?.[evidenceIndex];
        return evidence.document === documentId && anchor !== undefined && anchor.start < end && anchor.end > start;
      }),
  );
}

/**
 * The suggestions to offer, grouped by sentence: neither rejected in this document nor already in the dataset (an
 * accepted suggestion comes back from the engine as evidence the relation already has, and is not offered again).
 */
export function suggestionGroups(
  result: SuggestResult,
  checked: CheckedDataset,
  documentId: string,
  rejected: readonly string[] = [],
): SentenceGroup[] {
  const refused = new Set(rejected);
  const groups = new Map<number, SentenceGroup>();
  for (const suggestion of result.suggestions) {
    if (refused.has(suggestion.key)) continue;
    const source = endState(suggestion.source, checked, result.proposedActors);
    const target = endState(suggestion.target, checked, result.proposedActors);
    if (
      source.kind === 'actor' &&
      target.kind === 'actor' &&
      alreadyCited(checked, documentId, suggestion, source.actor.id, target.actor.id)
    )
      continue;
    const addsTo =
      suggestion.addsEvidenceTo === undefined
        ? undefined
        : checked.dataset.relations.find((relation) => relation.id === suggestion.addsEvidenceTo);
    const row: SuggestionRow = { suggestion, source, target, ...(addsTo && { addsTo }) };
    const group = groups.get(suggestion.sentence.start);
    if (group) group.rows.push(row);
    else groups.set(suggestion.sentence.start, { ...suggestion.sentence, rows: [row] });
  }
  return [...groups.values()].sort((a, b) => a.start - b.start);
}

/** The suggestion's quote as evidence from this document, with the judgements the engine read in its sentence. */
export function suggestedEvidence(suggestion: Suggestion, documentId: string, checked: CheckedDataset): Evidence {
  const speaker = suggestion.attributedTo;
  return formToEvidence({
    ...emptyEvidenceForm(documentId),
    quote: suggestion.quote,
    prefix: suggestion.prefix ?? '',
    suffix: suggestion.suffix ?? '',
    attributedTo: speaker !== undefined && checked.actorsById.has(speaker) ? speaker : '',
    certainty: suggestion.certainty,
    negated: suggestion.negated,
  });
}

/** The relation editor's form for a suggestion, for the curator to check before saving (ends left blank when not actors yet). */
export function suggestedRelationForm(
  row: SuggestionRow,
  documentId: string,
  checked: CheckedDataset,
): Partial<RelationForm> {
  const { suggestion } = row;
  const evidence = suggestedEvidence(suggestion, documentId, checked);
  return {
    type: checked.relationTypes.has(suggestion.type)
      ? suggestion.type
      : (checked.relationTypes.keys().next().value ?? ''),
    source: row.source.kind === 'actor' ? row.source.actor.id : '',
    target: row.target.kind === 'actor' ? row.target.actor.id : '',
    date: suggestion.date ?? '',
    evidence: [
      {
        ...emptyEvidenceForm(documentId),
        quote: evidence.quote,
        prefix: evidence.prefix ?? '',
        suffix: evidence.suffix ?? '',
        attributedTo: evidence.attributedTo ?? '',
        certainty: suggestion.certainty,
        negated: suggestion.negated,
      },
    ],
  };
}

/** The relation accepting a suggestion adds, with a fresh id as the editor would make it; null while an end is no actor yet. */
export function suggestedRelation(
  row: SuggestionRow,
  documentId: string,
  checked: CheckedDataset,
  takenIds: ReadonlySet<string> = new Set(checked.relationIndexById.keys()),
): Relation | null {
  const { suggestion, source, target } = row;
  if (source.kind !== 'actor' || target.kind !== 'actor') return null;
  const words = `${source.actor.id} ${suggestion.type} ${target.actor.id}`;
  return {
    id: uniqueId(idSlug(words), takenIds, 'relation'),
    type: suggestion.type,
    source: source.actor.id,
    target: target.actor.id,
    ...(suggestion.date !== undefined && { date: suggestion.date }),
    evidence: [suggestedEvidence(suggestion, documentId, checked)],
  };
}
