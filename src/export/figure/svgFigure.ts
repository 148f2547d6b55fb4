// SVG export of the figure: the graph's own SVG (labels as <text>) nested among the title, legend, quotes and sources.
import type { FigureContent } from './figureContent';
import { figureSvg } from './figureSvg';
import { measureWithCanvas } from './measureCanvas';
import type { GraphPainter } from './painter';
import { planFigure, type ImageRequest } from './planFigure';
import type { ImageOutcome } from './pngFigure';

export async function exportSvg(
  painter: GraphPainter,
  content: FigureContent,
  request: ImageRequest,
): Promise<ImageOutcome> {
  const { layout, area, labels, size, content: shown } = await planFigure(painter, content, request, measureWithCanvas);
  const graph = await painter.svg(area, labels);
  const text = figureSvg(
    layout,
    { svg: graph, x: layout.graph.x, y: layout.graph.y },
    {
      title: shown.subtitle === '' ? shown.title : `${shown.title}: ${shown.subtitle}`,
      background: request.background,
      pixels: { width: size.pixelWidth, height: size.pixelHeight },
    },
  );
  const blob = new Blob([text], { type: 'image/svg+xml' });
  return { blob, width: size.pixelWidth, height: size.pixelHeight, scale: size.scale };
}
