// Where an opened dataset came from: a URL or a file the user picked, with the key its autosaved edits are stored under.

export type DatasetSource = { kind: 'url'; url: string } | { kind: 'file'; name: string };

/** Short name for messages and problem locations: the file name, or the URL's last path segment. */
export function sourceLabel(source: DatasetSource): string {
  if (source.kind === 'file') return source.name;
  try {
    return new URL(source.url).pathname.split('/').pop() || source.url;
  } catch {
    return source.url;
  }
}

/** Stable identity of a source: autosaved edits are stored under it. */
export function sourceKey(source: DatasetSource): string {
  return source.kind === 'url' ? `url:${source.url}` : `file:${source.name}`;
}
