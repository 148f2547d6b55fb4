// Re-checks an edited dataset with the same validator, using the document texts already loaded.
import type { CheckedDataset, Dataset } from '../domain/model';
import { datasetFileText } from '../domain/datasetFileText';
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
  return validateDatasetText(datasetFileText(dataset), context);
}
