// Downloads the dataset on screen whole: a .zip with its sources, or one .json with the texts inline. The zip writer
// loads with the first download.
import { datasetFileText } from '../../domain/datasetFileText';
import type { CheckedDataset } from '../../domain/model';
import { downloadBlob } from '../../export/download';

export type DownloadFormat = 'zip' | 'json';

/** Gives the file to the browser and returns its name. */
export async function downloadDataset(checked: CheckedDataset, format: DownloadFormat): Promise<string> {
  const { datasetWithInlineTexts, datasetZip } = await import('../../export/datasetFiles');
  const fileName = `${checked.dataset.id}.${format}`;
  const blob =
    format === 'zip'
      ? new Blob([datasetZip(checked) as BlobPart], { type: 'application/zip' })
      : new Blob([datasetFileText(datasetWithInlineTexts(checked))], { type: 'application/json' });
  downloadBlob(blob, fileName);
  return fileName;
}
