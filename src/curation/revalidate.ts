// Re-checks an edited dataset with the same validator, using the document texts already loaded.
import type { Dataset } from '../domain/model';
import { datasetFileText } from '../domain/datasetFileText';
import { validateDatasetText, type ValidationResult } from '../domain/validate';
import type { RevalidationContext } from './revalidationContext';

export function revalidate(dataset: Dataset, context: RevalidationContext): ValidationResult {
  return validateDatasetText(datasetFileText(dataset), context);
}
