// Pure: how each data export's bytes are built (the menu's list of formats is in export/dataFormats.ts).
import { csvZip } from './csvZip';
import type { DataFormat, DataFormatId } from './dataFormats';
import { visibleDatasetJson } from './visibleDatasetJson';
import type { ExportSnapshot } from './exportSnapshot';
import { gexf } from './gexf';
import { graphml } from './graphml';

type Positions = ReadonlyMap<string, { x: number; y: number }>;

const BUILDERS: Record<DataFormatId, (snapshot: ExportSnapshot, positions?: Positions) => string | Uint8Array> = {
  json: ({ checked, visible }) => visibleDatasetJson(checked, visible),
  csv: ({ checked, visible }) => csvZip(checked, visible),
  graphml: ({ checked, visible }) => graphml(checked, visible),
  gexf: ({ checked, visible }, positions) => gexf(checked, visible, positions),
};

export function dataBlob(snapshot: ExportSnapshot, format: DataFormat, positions?: Positions): Blob {
  const content = BUILDERS[format.id](snapshot, positions);
  // A copy into a plain ArrayBuffer: Blob's types reject views over a SharedArrayBuffer.
  return new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type: format.mimeType });
}
