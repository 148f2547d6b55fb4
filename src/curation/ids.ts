// Ids for new actors, relations, documents and datasets: slugs made from names (in any script), made unique by a
// numeric suffix. Loaded with the editors and dialogs that make ids, not with the page: the transliteration table
// weighs about 53 kB gzipped (docs/performance.md).
import { transliterate } from 'transliteration';
import { slugify } from '../domain/slugs';

/**
 * Another script's letters in Latin letters. Its dashes (the Hebrew maqaf in "בית־לחם") still part words, which the
 * library would drop; the apostrophes, backticks and quotes it writes for a sound (Hebrew ayin, Arabic hamza, Georgian
 * aspirates) or an abbreviation (the Hebrew geresh and gershayim in "צה״ל") do not cut a word in two.
 */
const romanize = (run: string) => transliterate(run.replace(/\p{Pd}/gu, '-')).replace(/[`'"’ʼʻ]/gu, '');

/** The slug of a name or title, whatever its script: "Россия" → "rossiya", "Naftali Bennett" → "naftali-bennett". */
export const idSlug = (words: string): string => slugify(words, romanize);

/** `base`, or `base-2`, `base-3`… whichever is not taken; `fallback` when the base is empty. */
export function uniqueId(base: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const stem = base === '' ? fallback : base;
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}
