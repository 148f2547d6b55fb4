// Saves the current dataset as a JSON file through the browser's download, under a name derived from the dataset id.
import type { Dataset } from '../domain/model';
import { datasetJson } from './revalidate';

export function downloadFileName(dataset: Dataset): string {
  return `${dataset.id}.json`;
}

export function downloadDataset(dataset: Dataset, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([datasetJson(dataset)], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = downloadFileName(dataset);
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
