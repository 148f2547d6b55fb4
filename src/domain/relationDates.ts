// A relation's dates as the sources know them, after ISO 8601-2 / EDTF: a plain partial date, an uncertain (?) or
// approximate (~) one, "on or before" [..D], "on or after" [D..] or "between" [D1..D2], and an open end (..); the
// days each can mean, and a relation's span for the filters and the timeline.
import { checkPartialDate, earliestDay, latestDay, type DaySpan, type PartialDate } from './dates';

export type DateQualifier = 'uncertain' | 'approximate' | 'uncertain-approximate';

export type DateValue =
  /** "2021-10", "2015~" (about 2015), "2015?" (perhaps 2015), "2015%" (perhaps about 2015). */
  | { kind: 'date'; date: PartialDate; written: string; qualifier?: DateQualifier }
  /** "[..2016-09-16]" on or before, "[2021-10..]" on or after, "[2016-09-16..2021-10]" between. */
  | { kind: 'range'; from?: { date: PartialDate; written: string }; to?: { date: PartialDate; written: string } }
  /** ".." an open start or end: the tie reaches beyond anything the sources date. */
  | { kind: 'open' };

export type DateField = 'date' | 'start' | 'end';

const QUALIFIERS: Record<string, DateQualifier> = {
  '?': 'uncertain',
  '~': 'approximate',
  '%': 'uncertain-approximate',
};
const PLAIN = '\\d{4}(?:-\\d{2}(?:-\\d{2})?)?';
/** The shapes a relation's date, start or end may take (the JSON Schema's pattern); impossible days are checked apart. */
export const RELATION_DATE_PATTERN = `^(?:${PLAIN}[?~%]?|\\[(?:${PLAIN})?\\.\\.(?:${PLAIN})?\\]|\\.\\.)$`;
const SHAPE = new RegExp(RELATION_DATE_PATTERN);
const FORMS =
  'write YYYY, YYYY-MM or YYYY-MM-DD; add ? (uncertain), ~ (approximate) or % (both); [..D] for on or before D, [D..] for on or after, [D1..D2] for between; ".." for an open start or end';

export type DateValueCheck = { ok: true; value: DateValue } | { ok: false; message: string };

/** Parses a relation's date, start or end, and says precisely what is wrong with one that cannot be. */
export function checkDateValue(value: string, field: DateField): DateValueCheck {
  if (!SHAPE.test(value)) return { ok: false, message: `"${value}" is not a date: ${FORMS}` };
  if (value === '..') {
    return field === 'date'
      ? { ok: false, message: '".." is an open start or end: a single date cannot be open' }
      : { ok: true, value: { kind: 'open' } };
  }
  if (value.startsWith('[')) {
    const [fromText, toText] = value.slice(1, -1).split('..') as [string, string];
    if (fromText === '' && toText === '')
      return { ok: false, message: `"${value}" bounds nothing: write [..D], [D..] or [D1..D2]` };
    const from = fromText === '' ? undefined : checkPartialDate(fromText);
    const to = toText === '' ? undefined : checkPartialDate(toText);
    if (from && !from.ok) return from;
    if (to && !to.ok) return to;
    if (from?.ok && to?.ok && earliestDay(from.date) > latestDay(to.date))
      return { ok: false, message: `"${value}" runs backwards: ${fromText} is after ${toText}` };
    return {
      ok: true,
      value: {
        kind: 'range',
        ...(from?.ok && { from: { date: from.date, written: fromText } }),
        ...(to?.ok && { to: { date: to.date, written: toText } }),
      },
    };
  }
  const qualifier = QUALIFIERS[value.at(-1) ?? ''];
  const written = qualifier === undefined ? value : value.slice(0, -1);
  const checked = checkPartialDate(written);
  if (!checked.ok) return checked;
  return { ok: true, value: { kind: 'date', date: checked.date, written, ...(qualifier && { qualifier }) } };
}

/** Whether a value is a plain ISO 8601 date (no qualifier, no range): what GraphML and GEXF carry as it is. */
export const isPlainDate = (value: string) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value);

/** The days a value can mean; null on a side it does not bound ("[..D]" has no earliest day). */
export function possibleDays(value: DateValue): { low: string | null; high: string | null } {
  switch (value.kind) {
    case 'date':
      return { low: earliestDay(value.date), high: latestDay(value.date) };
    case 'range':
      return {
        low: value.from ? earliestDay(value.from.date) : null,
        high: value.to ? latestDay(value.to.date) : null,
      };
    case 'open':
      return { low: null, high: null };
  }
}

/** Where an open start or end runs to: before every date and after every date. */
export const FIRST_DAY = '0000-01-01';
export const LAST_DAY = '9999-12-31';

/** The days the dates a value names cover: "[..2016-09-16]" names 2016-09-16; ".." runs to FIRST_DAY or LAST_DAY. */
function namedDays(value: DateValue, side: 'start' | 'end'): DaySpan {
  if (value.kind === 'open')
    return side === 'start' ? { low: FIRST_DAY, high: FIRST_DAY } : { low: LAST_DAY, high: LAST_DAY };
  if (value.kind === 'date') return { low: earliestDay(value.date), high: latestDay(value.date) };
  const first = (value.from ?? value.to)!.date;
  const last = (value.to ?? value.from)!.date;
  return { low: earliestDay(first), high: latestDay(last) };
}

interface Dated {
  date?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
}

function parsed(value: string | undefined, field: DateField): DateValue | null {
  if (value === undefined) return null;
  const checked = checkDateValue(value, field);
  return checked.ok ? checked.value : null;
}

/**
 * The days a relation's dates name, from the first to the last: what the date filter keeps and the timeline draws.
 * A start alone or an end alone names its own days ("ended by 2016-09-16" shows at 2016-09-16, "as of October 2021"
 * in October 2021); an open end runs to LAST_DAY, an open start from FIRST_DAY. Null when no date names a day.
 */
export function relationSpan(relation: Dated): DaySpan | null {
  if (relation.date !== undefined) {
    const value = parsed(relation.date, 'date');
    return value ? namedDays(value, 'start') : null;
  }
  const start = parsed(relation.start, 'start');
  const end = parsed(relation.end, 'end');
  if (start?.kind === 'open' && !end) return null;
  if (end?.kind === 'open' && !start) return null;
  const first = start ? namedDays(start, 'start') : end ? namedDays(end, 'end') : null;
  const last = end ? namedDays(end, 'end') : start ? namedDays(start, 'start') : null;
  return first && last ? { low: first.low, high: last.high } : null;
}

/** The day a relation sorts by: the first day its dates name ('' when undated; an open start sorts by its end). */
export function relationSortDay(relation: Dated): string {
  const span = relationSpan(relation);
  if (!span) return '';
  if (span.low !== FIRST_DAY) return span.low;
  const end = parsed(relation.end, 'end');
  return end ? namedDays(end, 'end').low : span.high;
}

/** The plain dates a relation's dates name, as written ("2007", "[..2016-09-16]" names "2016-09-16"). */
export function namedDates(relation: Dated): string[] {
  const named: string[] = [];
  for (const field of ['date', 'start', 'end'] as const) {
    const value = parsed(relation[field], field);
    if (value?.kind === 'date') named.push(value.written);
    if (value?.kind === 'range') for (const bound of [value.from, value.to]) if (bound) named.push(bound.written);
  }
  return named;
}

/** A span without its open sides, for what draws or names days: null where it runs open. */
export function boundedDays(span: DaySpan): { low: string | null; high: string | null } {
  return { low: span.low === FIRST_DAY ? null : span.low, high: span.high === LAST_DAY ? null : span.high };
}
