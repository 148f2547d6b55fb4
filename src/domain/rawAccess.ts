// Safe reads of not-yet-validated JSON, so semantic checks can run on whatever parts are well-formed.

export type RawObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is RawObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The object items of a top-level collection, with their indexes; non-objects are skipped (the shape check reports them). */
export function itemsOf(container: unknown, key: string): Array<[number, RawObject]> {
  const list = isObject(container) && Object.prototype.hasOwnProperty.call(container, key) ? container[key] : undefined;
  if (!Array.isArray(list)) return [];
  const items: Array<[number, RawObject]> = [];
  list.forEach((item, index) => {
    if (isObject(item)) items.push([index, item]);
  });
  return items;
}

export function stringField(item: RawObject, key: string): string | undefined {
  const value = Object.prototype.hasOwnProperty.call(item, key) ? item[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}
