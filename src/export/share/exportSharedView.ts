// The interactive HTML export's entry for the menu, loaded when the user asks for it: the viewer's text (from the
// build, see src/build/sharedViewerBundle.ts) around the view's data, as one file.
import { contentSecurityPolicy, viewerScript, viewerStyle } from 'virtual:shared-viewer';
import type { ExportSnapshot } from '../exportSnapshot';
import { sharedHtml } from './sharedHtml';
import { sharedViewData, type SharedViewRequest } from './sharedView';

export function sharedViewBlob(
  snapshot: ExportSnapshot,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  request: SharedViewRequest,
): Blob {
  const { datasetText, meta } = sharedViewData(snapshot, positions, request);
  const html = sharedHtml(datasetText, meta, { script: viewerScript, style: viewerStyle, contentSecurityPolicy });
  return new Blob([html], { type: 'text/html' });
}
