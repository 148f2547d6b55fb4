// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) for people, through Intl in a given locale: "October 2021", "Oktober 2021".
import { checkPartialDate } from '../domain/dates';

type Precision = 'year' | 'month' | 'day';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/** Makes the formatter for one locale: Intl formats are costly to build and cheap to reuse. */
export function partialDateFormatter(locale: string): (value: string) => string {
  const formats = new Map<Precision, Intl.DateTimeFormat>();
  const formatOf = (precision: Precision) => {
    let format = formats.get(precision);
    if (!format) formats.set(precision, (format = new Intl.DateTimeFormat(locale, OPTIONS[precision])));
    return format;
  };
  return (value) => {
    const checked = checkPartialDate(value);
    // Validation refuses such a date at the door; shown as written rather than guessed at.
    if (!checked.ok) return value;
    const { year, month, day } = checked.date;
    const at = new Date(0);
    // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written.
    at.setUTCFullYear(year, (month ?? 1) - 1, day ?? 1);
    return formatOf(month === undefined ? 'year' : day === undefined ? 'month' : 'day').format(at);
  };
}
