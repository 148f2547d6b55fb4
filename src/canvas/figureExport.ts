// The canvas's export entry points for panels: they find the live graph themselves, so no component handles Cytoscape.
import { liveGraph } from './liveGraph';
import { ExportProblem, exportPng, type ExportProgress, type ImageOutcome, type ImageRequest } from './imageExport';
import { exportSvg } from './svgExport';
import type { FigureContent } from '../export/figure/figureContent';

export { ExportProblem, type ExportProgress, type ImageOutcome, type ImageRequest };

function requireLiveGraph() {
  const cy = liveGraph();
  if (cy === null) throw new ExportProblem('The graph is not on the page yet: wait for it to load, then export again.');
  return cy;
}

export function exportFigure(
  format: 'png' | 'svg',
  content: FigureContent,
  request: ImageRequest,
  onProgress?: (progress: ExportProgress) => void,
): Promise<ImageOutcome> {
  const cy = requireLiveGraph();
  return format === 'png'
    ? exportPng(cy, content, request, onProgress)
    : Promise.resolve().then(() => exportSvg(cy, content, request));
}
