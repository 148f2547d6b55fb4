// Pure: formats the catalogue's messages (ICU MessageFormat), numbers and dates for one reader; no React, so the figure's
// text is made with the same words as the panels.
import { IntlMessageFormat, type Formatters, type PrimitiveType } from 'intl-messageformat';
import { CATALOGUES, type Language } from './catalogues';
import type { Catalogue, MessageId } from './en';
import { catalogueLanguage, readerLocale } from './locale';
import { partialDateFormatter } from './partialDate';

type MessageValue = PrimitiveType;
type MessageValues = Readonly<Record<string, MessageValue>>;
/** Values for a message with markup or embedded items: `T` is what the caller renders (a React node). */
export type RichValues<T> = Readonly<Record<string, MessageValue | T | ((chunks: Array<string | T>) => T)>>;

/** How a clock time or a moment is shown; each is one set of Intl options. */
type TimeStyle = 'clock' | 'moment';
const TIME_OPTIONS: Record<TimeStyle, Intl.DateTimeFormatOptions> = {
  clock: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  moment: { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' },
};

export interface Formatter {
  /** The reader's locale: numbers and dates follow it. */
  readonly locale: string;
  /** The catalogue's language: its plural rules choose the message's forms. */
  readonly language: Language;
  /** A message as plain text. */
  t(id: MessageId, values?: MessageValues): string;
  /** A message whose values include things to render (elements, tag functions), as literal text and those things. */
  parts<T>(id: MessageId, values: RichValues<T>): Array<string | T>;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** "A and B", "A, B, and C": joined with the catalogue's words, as they are part of its sentence. */
  list(values: readonly string[]): string;
  /** "2021-10" → "October 2021" in the reader's locale; anything that is not a partial date is returned as it is. */
  partialDate(value: string): string;
  time(at: number | Date, style: TimeStyle): string;
  /**
   * Parses the messages not yet used while `more()` says there is time, so that a panel opened later formats its
   * words without parsing them first; true once every message is parsed.
   */
  prepare(more: () => boolean): boolean;
}

export interface FormatterOptions {
  /** The reader's locale for Intl; the browser's when not given. */
  locale?: string;
  /** The catalogue to read; the first of the browser's languages that has one when not given. */
  language?: Language;
  /** Told when a message cannot be formatted (a value missing); the message's id is shown instead. */
  onError?: (error: Error, id: MessageId) => void;
}

function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}

export function createFormatter(options: FormatterOptions = {}): Formatter {
  const locale = options.locale ?? readerLocale();
  const language = options.language ?? catalogueLanguage();
  const catalogue: Catalogue = CATALOGUES[language];
  const onError = options.onError ?? ((error: Error) => console.error(error));

  // The message's words come from the catalogue's language, so its plural forms must too ("21 actors" in English,
  // whatever Russian would choose for 21); the numbers and dates inside it follow the reader.
  const numberFormat = memo(
    (key: string) => new Intl.NumberFormat(locale, JSON.parse(key) as Intl.NumberFormatOptions),
  );
  const dateTimeFormat = memo(
    (key: string) => new Intl.DateTimeFormat(locale, JSON.parse(key) as Intl.DateTimeFormatOptions),
  );
  const pluralRules = memo((key: string) => new Intl.PluralRules(language, JSON.parse(key) as Intl.PluralRulesOptions));
  const formatters: Formatters = {
    getNumberFormat: (_locales, numberOptions) => numberFormat(JSON.stringify(numberOptions ?? {})),
    getDateTimeFormat: (_locales, dateOptions) => dateTimeFormat(JSON.stringify(dateOptions ?? {})),
    getPluralRules: (_locales, pluralOptions) => pluralRules(JSON.stringify(pluralOptions ?? {})),
  };
  const listFormat = new Intl.ListFormat(language, { type: 'conjunction' });
  const message = memo((id: MessageId) => new IntlMessageFormat(catalogue[id], locale, undefined, { formatters }));
  const unprepared = Object.keys(catalogue) as MessageId[];
  const partialDate = partialDateFormatter(locale);

  function parts<T>(id: MessageId, values?: RichValues<T>): Array<string | T> {
    try {
      const formatted = message(id).format<T>(values as Record<string, MessageValue | T>);
      return Array.isArray(formatted) ? formatted : [formatted];
    } catch (error) {
      onError(error instanceof Error ? error : new Error(String(error)), id);
      return [id];
    }
  }

  return {
    locale,
    language,
    t: (id, values) => parts<string>(id, values).join(''),
    parts,
    number: (value, numberOptions) => numberFormat(JSON.stringify(numberOptions ?? {})).format(value),
    list: (values) => listFormat.format(values),
    partialDate,
    time: (at, style) => dateTimeFormat(JSON.stringify(TIME_OPTIONS[style])).format(at),
    prepare(more) {
      while (unprepared.length > 0 && more()) {
        const id = unprepared.pop()!;
        try {
          message(id);
        } catch {
          // The same message fails again, and is reported, when a panel asks for it.
        }
      }
      return unprepared.length === 0;
    },
  };
}
