// Slugs: the ids new actors, relations and datasets get from their names, and the words of an export's file name.

/** "Naftali Bennett" → "naftali-bennett"; accents dropped, anything else becomes a single hyphen. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
