// Where an opened dataset came from: a URL, a file the user picked, or nothing (a dataset started in this browser), with
// the key its autosaved edits are stored under.

export type DatasetSource =
  | { kind: 'url'; url: string }
  | { kind: 'file'; name: string }
  /** Started in the browser: `name` is <id>.json, `createdAt` tells two of the same name apart. */
  | { kind: 'new'; name: string; createdAt: number };

/** Short name for messages and problem locations: the file name, or the URL's last path segment. */
export function sourceLabel(source: DatasetSource): string {
  if (source.kind !== 'url') return source.name;
  try {
    return new URL(source.url).pathname.split('/').pop() || source.url;
  } catch {
    return source.url;
  }
}

/** Stable identity of a source: autosaved edits are stored under it. */
export function sourceKey(source: DatasetSource): string {
  if (source.kind === 'new') return `new:${source.createdAt}:${source.name}`;
  return source.kind === 'url' ? `url:${source.url}` : `file:${source.name}`;
}
