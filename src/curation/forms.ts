// Editor forms ⇄ dataset items: every typed field a string while the user types; empty optional fields are left out of
// the dataset, and so are certainty and negation until the curator judges the quote.
import type { Actor, ActorKind, Evidence, Relation, SourceDocument } from '../domain/model';
import type { Problem } from '../domain/problems';
import type { EvidenceJudgement, RelationJudgement } from '../domain/formatValues';

export interface ActorForm {
  id: string;
  name: string;
  kind: ActorKind;
  /** One alias per line. */
  aliases: string;
  /** One search name per line. */
  searchNames: string;
  description: string;
  affiliation: string;
}

export interface EvidenceForm {
  document: string;
  quote: string;
  prefix: string;
  suffix: string;
  attributedTo: string;
  /** '' until judged: the dataset then leaves it out (read as certain). */
  certainty: '' | NonNullable<Evidence['certainty']>;
  /** null until judged; false is kept, as it records that the quote was read and does not deny the relation. */
  negated: boolean | null;
  /** The curator's answers to the validator's warnings on this evidence, by warning code; blank ones are left out. */
  judgements: Partial<Record<EvidenceJudgement, string>>;
}

export interface RelationForm {
  id: string;
  type: string;
  source: string;
  target: string;
  date: string;
  start: string;
  end: string;
  summary: string;
  /** The curator's answers to the validator's warnings on the relation's dates, by warning code. */
  judgements: Partial<Record<RelationJudgement, string>>;
  evidence: EvidenceForm[];
}

const optional = <K extends string>(key: K, value: string): Partial<Record<K, string>> => {
  const trimmed = value.trim();
  return trimmed === '' ? {} : ({ [key]: trimmed } as Partial<Record<K, string>>);
};

/** The judgements that say something, trimmed; none at all leaves the field out. */
function writtenJudgements<K extends string>(
  judgements: Partial<Record<K, string>>,
): { judgements?: Partial<Record<K, string>> } {
  const written = Object.entries(judgements).flatMap(([key, reason]) =>
    typeof reason === 'string' && reason.trim() !== '' ? [[key, reason.trim()] as const] : [],
  );
  return written.length === 0 ? {} : { judgements: Object.fromEntries(written) as Partial<Record<K, string>> };
}

export function actorToForm(actor: Actor): ActorForm {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: (actor.aliases ?? []).join('\n'),
    searchNames: (actor.searchNames ?? []).join('\n'),
    description: actor.description ?? '',
    affiliation: actor.affiliation ?? '',
  };
}

/** `kept` carries what the form does not edit (a saved layout position). */
export function formToActor(form: ActorForm, kept?: Actor): Actor {
  const lines = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  const aliases = lines(form.aliases);
  const searchNames = lines(form.searchNames);
  return {
    id: form.id.trim(),
    name: form.name.trim(),
    kind: form.kind,
    ...(aliases.length > 0 && { aliases }),
    ...(searchNames.length > 0 && { searchNames }),
    ...optional('description', form.description),
    ...optional('affiliation', form.affiliation),
    ...(kept?.position && { position: kept.position }),
  };
}

export const emptyEvidenceForm = (document = ''): EvidenceForm => ({
  document,
  quote: '',
  prefix: '',
  suffix: '',
  attributedTo: '',
  certainty: '',
  negated: null,
  judgements: {},
});

export function evidenceToForm(evidence: Evidence): EvidenceForm {
  return {
    document: evidence.document,
    quote: evidence.quote,
    prefix: evidence.prefix ?? '',
    suffix: evidence.suffix ?? '',
    attributedTo: evidence.attributedTo ?? '',
    certainty: evidence.certainty ?? '',
    negated: evidence.negated ?? null,
    judgements: { ...evidence.judgements },
  };
}

/** Quotes keep their inner white space as typed; prefix and suffix likewise (the validator folds both). */
export function formToEvidence(form: EvidenceForm): Evidence {
  return {
    document: form.document,
    quote: form.quote,
    ...(form.prefix.trim() !== '' && { prefix: form.prefix }),
    ...(form.suffix.trim() !== '' && { suffix: form.suffix }),
    ...optional('attributedTo', form.attributedTo),
    ...(form.certainty !== '' && { certainty: form.certainty }),
    ...(form.negated !== null && { negated: form.negated }),
    ...writtenJudgements(form.judgements),
  };
}

export function relationToForm(relation: Relation): RelationForm {
  return {
    id: relation.id,
    type: relation.type,
    source: relation.source,
    target: relation.target,
    date: relation.date ?? '',
    start: relation.start ?? '',
    end: relation.end ?? '',
    summary: relation.summary ?? '',
    judgements: { ...relation.judgements },
    evidence: relation.evidence.map(evidenceToForm),
  };
}

export function formToRelation(form: RelationForm): Relation {
  return {
    id: form.id.trim(),
    type: form.type,
    source: form.source,
    target: form.target,
    ...optional('date', form.date),
    ...optional('start', form.start),
    ...optional('end', form.end),
    ...optional('summary', form.summary),
    ...writtenJudgements(form.judgements),
    evidence: form.evidence.map(formToEvidence),
  };
}

/** Splits problems into those about the edited item (by the rest of their pointer, e.g. "evidence/0/quote") and the others. */
export function problemsFor(
  problems: readonly Problem[],
  itemPointer: string,
): { byField: Map<string, Problem[]>; elsewhere: Problem[] } {
  const byField = new Map<string, Problem[]>();
  const elsewhere: Problem[] = [];
  for (const problem of problems) {
    if (problem.pointer === itemPointer || problem.pointer.startsWith(`${itemPointer}/`)) {
      const field = problem.pointer.slice(itemPointer.length + 1);
      byField.set(field, [...(byField.get(field) ?? []), problem]);
    } else {
      elsewhere.push(problem);
    }
  }
  return { byField, elsewhere };
}

/** A source's metadata as the form edits it; its archived text is never edited. */
export interface DocumentForm {
  id: string;
  title: string;
  outlet: string;
  author: string;
  /** Partial ISO date, as typed. */
  published: string;
  url: string;
  language: string;
}

export function documentToForm(document: Partial<SourceDocument>): DocumentForm {
  return {
    id: document.id ?? '',
    title: document.title ?? '',
    outlet: document.outlet ?? '',
    author: document.author ?? '',
    published: document.published ?? '',
    url: document.url ?? '',
    language: document.language ?? '',
  };
}

/** Required fields stay in even when empty, so the validator says what is missing under them. */
export function formToDocument(form: DocumentForm, archive: { textFile: string } | { text: string }): SourceDocument {
  return {
    id: form.id.trim(),
    title: form.title.trim(),
    outlet: form.outlet.trim(),
    ...optional('author', form.author),
    published: form.published.trim(),
    ...optional('url', form.url),
    ...optional('language', form.language),
    ...archive,
  };
}
