// Pure: the data exports as the menu lists them, and the file each makes; their names and who reads them are the
// catalogue's (export.format.*). The code that builds the files (export/dataExports.ts, with its zip and XML writers)
// is loaded only when an export is asked for.
import type { ExportSnapshot } from './exportSnapshot';
import { exportFileName } from './fileName';

export type DataFormatId = 'json' | 'csv' | 'graphml' | 'gexf';

export interface DataFormat {
  id: DataFormatId;
  extension: string;
  mimeType: string;
  /** The file carries the actors' positions on screen, so the menu asks the graph for them. */
  needsPositions: boolean;
}

export const DATA_FORMATS: readonly DataFormat[] = [
  { id: 'json', extension: 'json', mimeType: 'application/json', needsPositions: false },
  { id: 'csv', extension: 'csv.zip', mimeType: 'application/zip', needsPositions: false },
  { id: 'graphml', extension: 'graphml', mimeType: 'application/graphml+xml', needsPositions: false },
  { id: 'gexf', extension: 'gexf', mimeType: 'application/gexf+xml', needsPositions: true },
];

export function dataFileName(snapshot: ExportSnapshot, format: DataFormat, day: Date): string {
  return exportFileName(snapshot.checked.dataset.id, snapshot.summary.slug, day, format.extension);
}
