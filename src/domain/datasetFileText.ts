// The dataset as it is written to a file: two-space indentation and a final newline. Problem line numbers refer to this text.
import type { Dataset } from './model';

export function datasetFileText(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
