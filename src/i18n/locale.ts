// Which locale the reader gets: the catalogue whose language they read, and their own locale for numbers and dates.
import { CATALOGUES, type Language } from './catalogues';

/** The catalogue used when none of the reader's languages has one. */
const DEFAULT_LANGUAGE: Language = 'en';

/** The reader's locale for Intl, from their browser; a tag Intl does not know falls back to the catalogue's language. */
export function readerLocale(languages: readonly string[] = browserLanguages()): string {
  for (const tag of languages) {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical && Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0) return canonical;
    } catch {
      // A malformed tag: try the next one.
    }
  }
  return DEFAULT_LANGUAGE;
}

/** The first of the reader's languages that has a catalogue (matched on the language alone: "en-GB" reads "en"). */
export function catalogueLanguage(languages: readonly string[] = browserLanguages()): Language {
  for (const tag of languages) {
    const language = tag.split('-')[0]?.toLowerCase();
    if (language && Object.hasOwn(CATALOGUES, language)) return language as Language;
  }
  return DEFAULT_LANGUAGE;
}

function browserLanguages(): readonly string[] {
  const browser = globalThis.navigator;
  if (!browser) return [];
  return browser.languages?.length ? browser.languages : browser.language ? [browser.language] : [];
}
