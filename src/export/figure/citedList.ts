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

/** A shown relation, with its heading ("Russia → Iran: distrusts", its claim status when not asserted). */
export interface HeadedRelation {
  index: number;
  relation: Relation;
  heading: string;
}

/**
 * The relations at `relationIndices` in the order a cited list numbers them from 1: by date, then by the actors' and
 * type's names. The cited figure, the PDF and the shared view's printout all number relations so.
 */
export function relationsInCitedOrder(
  checked: CheckedDataset,
  relationIndices: readonly number[],
  format: Formatter,
): HeadedRelation[] {
  const { dataset, actorsById, relationTypes } = checked;
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
    return [{ when: whenOf(checked, relation), row: { index, relation, heading } }];
  });
  return rows
    .sort(
      (a, b) =>
        a.when.localeCompare(b.when) ||
        a.row.heading.localeCompare(b.row.heading) ||
        a.row.relation.id.localeCompare(b.row.relation.id),
    )
    .map(({ row }) => row);
}

/** The relations at `relationIndices`, numbered from 1 in the cited order, each with one quote that states it. */
export function citedRelations(
  checked: CheckedDataset,
  relationIndices: readonly number[],
  format: Formatter,
): CitedRelation[] {
  const { actorsById, documentsById } = checked;
  const nameOf = (actorId: string) => actorsById.get(actorId)?.name ?? actorId;
  return relationsInCitedOrder(checked, relationIndices, format).map(({ relation, heading }) => {
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
    return { relationId: relation.id, text };
  });
}

/** Each listed relation's number on the figure (its place in the list, from 1), by relation id. */
export function citedNumbers(cited: readonly CitedRelation[]): Map<string, number> {
  return new Map(cited.map((row, index) => [row.relationId, index + 1]));
}
