// Where a document's archived text is kept beside its dataset: sources/<id>.txt, a name no other file takes.

const SOURCES_FOLDER = 'sources/';

/** A document id as a file name: letters, digits, dots, hyphens and underscores kept, anything else a hyphen. */
function fileStem(id: string): string {
  const stem = id
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  return stem === '' ? 'document' : stem;
}

/**
 * sources/<id>.txt, or sources/<id>-2.txt… when that path is taken. `taken` holds lower-case paths, compared without
 * case as a Windows or macOS folder would; the path returned is added to it.
 */
export function sourceTextPath(documentId: string, taken: Set<string>): string {
  const stem = `${SOURCES_FOLDER}${fileStem(documentId)}`;
  let path = `${stem}.txt`;
  for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${stem}-${n}.txt`;
  taken.add(path.toLowerCase());
  return path;
}
