// Re-checks an edited dataset with the same validator, using the document texts already loaded, and serialises it for download.
import type { CheckedDataset, Dataset } from '../domain/model';
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

/** The dataset as it is downloaded: two-space indentation, a final newline. Problem line numbers refer to this text. */
export function datasetJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

export function revalidate(dataset: Dataset, context: RevalidationContext): ValidationResult {
  return validateDatasetText(datasetJson(dataset), context);
}
