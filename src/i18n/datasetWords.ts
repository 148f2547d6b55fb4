// Words about a dataset's things, shared by the panels and the canvas: actor names, relation type labels, one-line
// relation descriptions and dates.
import { actorKindLabel } from '../domain/actorKinds';
import type { CheckedDataset, Relation } from '../domain/model';
import { checkDateValue, type DateField, type DateValue } from '../domain/relationDates';
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

function parsedDate(value: string | undefined, field: DateField): DateValue | null {
  if (value === undefined) return null;
  const checked = checkDateValue(value, field);
  return checked.ok ? checked.value : null;
}

const QUALIFIED = {
  approximate: 'date.approximate',
  uncertain: 'date.uncertain',
  'uncertain-approximate': 'date.uncertainApproximate',
} as const;

/** "October 2021", "about 2015", "by September 16, 2016", "2021 or later", "between … and …". */
function dateWords(format: Formatter, value: DateValue): string {
  if (value.kind === 'open') return format.t('relation.dates.openStart');
  if (value.kind === 'date') {
    const date = format.partialDate(value.written);
    return value.qualifier ? format.t(QUALIFIED[value.qualifier], { date }) : date;
  }
  const from = value.from && format.partialDate(value.from.written);
  const to = value.to && format.partialDate(value.to.written);
  if (from !== undefined && to !== undefined) return format.t('date.between', { from, to });
  return from !== undefined
    ? format.t('date.onOrAfter', { date: from })
    : format.t('date.onOrBefore', { date: to ?? '' });
}

/** An end says more than a date: "[..D]" ended by D, "[D..]" still held at D, ".." ongoing. */
function endWords(format: Formatter, value: DateValue, alone: boolean): string {
  if (value.kind === 'open') return format.t('relation.dates.ongoing');
  if (value.kind === 'date')
    return alone ? format.t('relation.dates.until', { end: dateWords(format, value) }) : dateWords(format, value);
  const from = value.from && format.partialDate(value.from.written);
  const to = value.to && format.partialDate(value.to.written);
  if (from !== undefined && to !== undefined) return format.t('relation.dates.endedBetween', { from, to });
  if (to !== undefined) return format.t('relation.dates.endedBy', { date: to });
  return format.t(alone ? 'relation.dates.heldAt' : 'relation.dates.stillAsOf', { date: from ?? '' });
}

/** The date shown for a relation, in the reader's locale: its date, or its span with what each end says; '' when undated. */
export function relationDate(format: Formatter, { date, start, end }: RelationDates): string {
  const single = parsedDate(date, 'date');
  if (single) return dateWords(format, single);
  const from = parsedDate(start, 'start');
  const to = parsedDate(end, 'end');
  if (from && to)
    return format.t('relation.dates.span', { start: dateWords(format, from), end: endWords(format, to, false) });
  if (to) return endWords(format, to, true);
  if (!from || from.kind === 'open') return '';
  return from.kind === 'date'
    ? format.t('relation.dates.from', { start: dateWords(format, from) })
    : format.t('relation.dates.begun', { when: dateWords(format, from) });
}
