// Words about a dataset's things, shared by the panels and the canvas: actor names, relation type labels, one-line
// relation descriptions and dates.
import { actorKindLabel } from '../domain/actorKinds';
import type { CheckedDataset, Relation } from '../domain/model';
import type { Formatter } from './formatter';

export const actorName = (checked: CheckedDataset, actorId: string) => checked.actorsById.get(actorId)?.name ?? actorId;

export const typeLabel = (checked: CheckedDataset, typeId: string) =>
  checked.relationTypes.get(typeId)?.label ?? typeId;

export const kindLabel = actorKindLabel;

/** "Russia strikes Syria" */
export function relationSentence(format: Formatter, checked: CheckedDataset, relation: Relation): string {
  return format.t('relation.sentence', {
    source: actorName(checked, relation.source),
    type: typeLabel(checked, relation.type),
    target: actorName(checked, relation.target),
  });
}

export type RelationDates = Pick<Relation, 'date' | 'start' | 'end'>;

/** The date shown for a relation: its date, or its span, each in the reader's locale; '' when undated. */
export function relationDate(format: Formatter, { date, start, end }: RelationDates): string {
  if (date) return format.partialDate(date);
  if (start && end)
    return format.t('relation.dates.span', { start: format.partialDate(start), end: format.partialDate(end) });
  if (start) return format.t('relation.dates.from', { start: format.partialDate(start) });
  if (end) return format.t('relation.dates.until', { end: format.partialDate(end) });
  return '';
}
