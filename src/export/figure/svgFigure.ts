// SVG export of the figure: the graph's own SVG (labels as <text>) nested among the title, legend and sources as SVG.
import type { FigureContent } from './figureContent';
import { layoutFigure } from './figureLayout';
import { figureSvg } from './figureSvg';
import { measureWithCanvas } from './measureCanvas';
import type { GraphPainter } from './painter';
import { ExportProblem, NOTHING_VISIBLE, type ImageOutcome, type ImageRequest } from './pngFigure';

export async function exportSvg(
  painter: GraphPainter,
  content: FigureContent,
  request: ImageRequest,
): Promise<ImageOutcome> {
  const area = await painter.area(request.area);
  if (area === null) throw new ExportProblem(NOTHING_VISIBLE);
  const layout = layoutFigure(content, area, measureWithCanvas);
  const graph = await painter.svg(area);
  const text = figureSvg(
    layout,
    { svg: graph, x: layout.graph.x, y: layout.graph.y },
    {
      title: content.subtitle === '' ? content.title : `${content.title}: ${content.subtitle}`,
      background: request.background,
      scale: request.scale,
    },
  );
  const blob = new Blob([text], { type: 'image/svg+xml' });
  return {
    blob,
    width: Math.round(layout.width * request.scale),
    height: Math.round(layout.height * request.scale),
    scale: request.scale,
  };
}
