// Pure: a cited figure's list: each drawn relation, numbered in the order of its date, with the quote that states it,
// its outlet and date, in the reader's language.
import { claimStatusesOf } from '../../domain/claims';
import type { CheckedDataset, Relation } from '../../domain/model';
import { relationSortDay } from '../../domain/relationDates';
import type { Formatter } from '../../i18n/formatter';

/** A cited figure numbers at most this many relations: beyond it the list would crowd out the graph. */
export const CITED_MAX_RELATIONS = 40;

export interface CitedRelation {
  relationId: string;
  /**
   * "Russia → Iran: distrusts “…” (The Algemeiner, September 16, 2016, according to Zvi Magen)": the relation (with
   * its claim status when not asserted), one quote that states it, and how many more the data holds.
   */
  text: string;
}

/** When a relation happened, or else when it was first reported: the key the list is numbered by. */
function whenOf(checked: CheckedDataset, relation: Relation): string {
  const stated = relationSortDay(relation);
  if (stated !== '') return stated;
  const published = relation.evidence
    .map((evidence) => checked.documentsById.get(evidence.document)?.published ?? '')
    .filter((date) => date !== '')
    .sort();
  return published[0] ?? '';
}

/** The relations at `relationIndices`, numbered from 1 in this order: by date, then by the actors' and type's names. */
export function citedRelations(
  checked: CheckedDataset,
  relationIndices: readonly number[],
  format: Formatter,
): CitedRelation[] {
  const { dataset, actorsById, documentsById, relationTypes } = checked;
  const statuses = claimStatusesOf(checked);
  const nameOf = (actorId: string) => actorsById.get(actorId)?.name ?? actorId;
  const rows = relationIndices.flatMap((index) => {
    const relation = dataset.relations[index];
    if (!relation) return [];
    const type = relationTypes.get(relation.type);
    const status = statuses[index] ?? 'asserted';
    const words = {
      source: nameOf(relation.source),
      target: nameOf(relation.target),
      type: type?.label ?? relation.type,
      directed: type?.directed === false ? 'no' : 'yes',
    };
    const heading =
      status === 'asserted'
        ? format.t('figure.cited.relation', words)
        : format.t('figure.cited.relationMarked', { ...words, status: format.t(`claims.status.${status}`) });
    // The figure has room for one quote per relation: the first that states it rather than denies it.
    const evidence = relation.evidence.find((item) => item.negated !== true) ?? relation.evidence[0]!;
    const document = documentsById.get(evidence.document);
    const values = {
      quote: evidence.quote,
      outlet: document?.outlet ?? evidence.document,
      published: document ? format.partialDate(document.published) : '',
    };
    const quote = evidence.attributedTo
      ? format.t('figure.cited.quoteAttributed', { ...values, speaker: nameOf(evidence.attributedTo) })
      : format.t('figure.cited.quote', values);
    const text = format.t('figure.cited.entry', { relation: heading, quote, more: relation.evidence.length - 1 });
    return [{ when: whenOf(checked, relation), heading, row: { relationId: relation.id, text } }];
  });
  return rows
    .sort(
      (a, b) =>
        a.when.localeCompare(b.when) ||
        a.heading.localeCompare(b.heading) ||
        a.row.relationId.localeCompare(b.row.relationId),
    )
    .map(({ row }) => row);
}

/** Each listed relation's number on the figure (its place in the list, from 1), by relation id. */
export function citedNumbers(cited: readonly CitedRelation[]): Map<string, number> {
  return new Map(cited.map((row, index) => [row.relationId, index + 1]));
}
