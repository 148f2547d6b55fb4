// Pure: the data exports as the menu lists them: what each is called, who reads it, and the file it makes. The code that
// builds the files (export/dataExports.ts, with its zip and XML writers) is loaded only when an export is asked for.
import type { ExportSnapshot } from './exportSnapshot';
import { exportFileName } from './fileName';

export type DataFormatId = 'json' | 'csv' | 'graphml' | 'gexf';

export interface DataFormat {
  id: DataFormatId;
  label: string;
  /** One line for the menu: who reads it. */
  description: string;
  extension: string;
  mimeType: string;
}

export const DATA_FORMATS: readonly DataFormat[] = [
  {
    id: 'json',
    label: 'Dataset JSON',
    description: 'the shown actors and relations with their sources inlined; the explorer re-opens it',
    extension: 'json',
    mimeType: 'application/json',
  },
  {
    id: 'csv',
    label: 'CSV (zip)',
    description: 'actors.csv and relations.csv, one row per quote, for spreadsheets',
    extension: 'csv.zip',
    mimeType: 'application/zip',
  },
  {
    id: 'graphml',
    label: 'GraphML',
    description: 'for Gephi, Cytoscape desktop, yEd and networkx',
    extension: 'graphml',
    mimeType: 'application/graphml+xml',
  },
  {
    id: 'gexf',
    label: 'GEXF',
    description: 'for Gephi, with colours and the current layout',
    extension: 'gexf',
    mimeType: 'application/gexf+xml',
  },
];

export function dataFileName(snapshot: ExportSnapshot, format: DataFormat, day: Date): string {
  return exportFileName(snapshot.checked.dataset.id, snapshot.summary.slug, day, format.extension);
}
