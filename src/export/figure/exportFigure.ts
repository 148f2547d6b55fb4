// The figure exporters' entry point for the export menu (loaded with the menu, not the page).
import type { FigureContent } from './figureContent';
import type { GraphPainter } from './painter';
import type { ImageRequest } from './planFigure';
import { exportPng, type ExportProgress, type ImageOutcome } from './pngFigure';
import { exportSvg } from './svgFigure';

export function exportFigure(
  painter: GraphPainter,
  format: 'png' | 'svg',
  content: FigureContent,
  request: ImageRequest,
  onProgress?: (progress: ExportProgress) => void,
): Promise<ImageOutcome> {
  return format === 'png' ? exportPng(painter, content, request, onProgress) : exportSvg(painter, content, request);
}
