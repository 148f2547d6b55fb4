// What re-checking an edit needs besides the dataset, gathered when a dataset opens: cheap, and without the validator,
// which loads later (store/revalidator.ts).
import type { CheckedDataset } from '../domain/model';
import type { TextFiles } from '../domain/evidenceChecks';

/** What validating an edit needs besides the dataset: the file name problems cite and the textFiles' contents. */
export interface RevalidationContext {
  file: string;
  textFiles: TextFiles;
}

/** The textFiles of a loaded dataset, rebuilt from its already-decoded texts (nothing is fetched again). */
export function revalidationContext(checked: CheckedDataset, file: string): RevalidationContext {
  const encoder = new TextEncoder();
  const textFiles = new Map<string, Uint8Array>();
  for (const document of checked.dataset.documents) {
    const text = checked.documentTexts.get(document.id);
    if (document.textFile !== undefined && text !== undefined) textFiles.set(document.textFile, encoder.encode(text));
  }
  return { file, textFiles };
}

/** The context with more texts in it (new sources' files, by path); the context's own texts are kept. */
export function withTexts(
  context: RevalidationContext,
  texts: ReadonlyMap<string, string> | undefined,
): RevalidationContext {
  if (texts === undefined || texts.size === 0) return context;
  const encoder = new TextEncoder();
  const textFiles = new Map(context.textFiles);
  for (const [path, text] of texts) textFiles.set(path, encoder.encode(text));
  return { ...context, textFiles };
}

/** Both contexts' texts: a restored draft needs the texts of the sources added since the dataset was opened. */
export function mergedContext(first: RevalidationContext, second: RevalidationContext): RevalidationContext {
  return { file: first.file, textFiles: new Map([...first.textFiles, ...second.textFiles]) };
}
