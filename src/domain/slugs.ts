// Slugs: the ids new actors, relations and datasets get from their names, and the words of an export's file name.

/** Writes a run of letters of a non-Latin script in Latin letters ("Россия" → "Rossiya"). */
export type Romanizer = (run: string) => string;

/**
 * A run of characters of a script other than Latin, with the marks on them: Cyrillic, Greek, Hebrew, Arabic… letters,
 * and their own signs (the Hebrew geresh in "סוצ׳י", Arabic-Indic digits). What every script shares (Common: spaces,
 * most punctuation, digits) and marks (Inherited) are left to the Latin steps, as before.
 */
const OTHER_SCRIPT_RUN = /(?:[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]\p{M}*)+/gu;

/**
 * "Naftali Bennett" → "naftali-bennett"; accents dropped, anything else becomes a single hyphen. With `romanize`,
 * letters of other scripts are first written in Latin letters ("Россия" → "rossiya"); a title with no such letter
 * gives the same slug either way. The slug is empty or matches the format's slug pattern.
 */
export function slugify(text: string, romanize?: Romanizer): string {
  const latin = romanize ? text.replace(OTHER_SCRIPT_RUN, romanize) : text;
  return latin
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
