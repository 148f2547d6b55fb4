// Pure: the data exports, one row each: what the menu calls it, the file it makes, and how its bytes are built.
import { csvZip } from './csvZip';
import { datasetJson } from './datasetJson';
import type { ExportSnapshot } from './exportSnapshot';
import { exportFileName } from './fileName';
import { gexf } from './gexf';
import { graphml } from './graphml';

export type DataFormatId = 'json' | 'csv' | 'graphml' | 'gexf';

export interface DataFormat {
  id: DataFormatId;
  label: string;
  /** One line for the menu: who reads it. */
  description: string;
  extension: string;
  mimeType: string;
  build(snapshot: ExportSnapshot, positions?: ReadonlyMap<string, { x: number; y: number }>): string | Uint8Array;
}

export const DATA_FORMATS: readonly DataFormat[] = [
  {
    id: 'json',
    label: 'Dataset JSON',
    description: 'the shown actors and relations with their sources inlined; the explorer re-opens it',
    extension: 'json',
    mimeType: 'application/json',
    build: ({ checked, visible }) => datasetJson(checked, visible),
  },
  {
    id: 'csv',
    label: 'CSV (zip)',
    description: 'actors.csv and relations.csv, one row per quote, for spreadsheets',
    extension: 'csv.zip',
    mimeType: 'application/zip',
    build: ({ checked, visible }) => csvZip(checked, visible),
  },
  {
    id: 'graphml',
    label: 'GraphML',
    description: 'for Gephi, Cytoscape desktop, yEd and networkx',
    extension: 'graphml',
    mimeType: 'application/graphml+xml',
    build: ({ checked, visible }) => graphml(checked, visible),
  },
  {
    id: 'gexf',
    label: 'GEXF',
    description: 'for Gephi, with colours and the current layout',
    extension: 'gexf',
    mimeType: 'application/gexf+xml',
    build: ({ checked, visible }, positions) => gexf(checked, visible, positions),
  },
];

export function dataFileName(snapshot: ExportSnapshot, format: DataFormat, day: Date): string {
  return exportFileName(snapshot.checked.dataset.id, snapshot.summary.slug, day, format.extension);
}

export function dataBlob(snapshot: ExportSnapshot, format: DataFormat, positions?: ReadonlyMap<string, { x: number; y: number }>): Blob {
  const content = format.build(snapshot, positions);
  // A copy into a plain ArrayBuffer: Blob's types reject views over a SharedArrayBuffer.
  return new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type: format.mimeType });
}
