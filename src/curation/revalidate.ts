// Re-checks an edited dataset with the same validator, using the document texts already loaded.
import type { CheckedDataset, Dataset } from '../domain/model';
import { datasetJson } from '../domain/datasetJson';
import { validateDatasetText, type ValidationResult } from '../domain/validate';
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

export function revalidate(dataset: Dataset, context: RevalidationContext): ValidationResult {
  return validateDatasetText(datasetJson(dataset), context);
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
