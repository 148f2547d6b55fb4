// Ids for new actors and relations: slugs made from names, made unique by a numeric suffix.

/** "Naftali Bennett" → "naftali-bennett"; accents dropped, anything else becomes a single hyphen. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken; `fallback` when the base is empty. */
export function uniqueId(base: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const stem = base === '' ? fallback : base;
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}
