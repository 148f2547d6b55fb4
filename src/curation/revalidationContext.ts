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
