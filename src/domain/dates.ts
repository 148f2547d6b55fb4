// Partial ISO 8601 calendar dates (YYYY, YYYY-MM, YYYY-MM-DD): checking them and the days they cover.

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export type DateCheck = { ok: true; date: PartialDate } | { ok: false; message: string };

/** Parses a partial date and says precisely what is wrong with an impossible one. */
export function checkPartialDate(value: string): DateCheck {
  const match = SHAPE.exec(value);
  if (!match) return { ok: false, message: `"${value}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD` };
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12))
    return { ok: false, message: `"${value}" has no month ${month}: months run from 01 to 12` };
  if (month !== undefined && day !== undefined) {
    const last = daysInMonth(year, month);
    if (day < 1 || day > last)
      return { ok: false, message: `"${value}" does not exist: ${MONTH_NAMES[month - 1]} ${year} has ${last} days` };
  }
  return { ok: true, date: { year, ...(month !== undefined && { month }), ...(day !== undefined && { day }) } };
}

/** The first day a partial date can mean, as a sortable YYYY-MM-DD string. */
export function earliestDay(date: PartialDate): string {
  return isoDay(date.year, date.month ?? 1, date.day ?? 1);
}

/** The last day a partial date can mean, as a sortable YYYY-MM-DD string. */
export function latestDay(date: PartialDate): string {
  const month = date.month ?? 12;
  return isoDay(date.year, month, date.day ?? daysInMonth(date.year, month));
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The days a date covers, as YYYY-MM-DD strings that compare in calendar order. */
export interface DaySpan {
  low: string;
  high: string;
}

/** "2021-10" covers 2021-10-01 to 2021-10-31; null when the text is not a possible date. */
export function daySpan(value: string): DaySpan | null {
  const checked = checkPartialDate(value);
  return checked.ok ? { low: earliestDay(checked.date), high: latestDay(checked.date) } : null;
}
