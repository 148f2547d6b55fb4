// Ids for new actors and relations: slugs made from names, made unique by a numeric suffix.

/** `base`, or `base-2`, `base-3`… whichever is not taken; `fallback` when the base is empty. */
export function uniqueId(base: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const stem = base === '' ? fallback : base;
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}
