// SVG export of the figure: cytoscape-svg draws the graph (labels as <text>); the title, legend and sources are SVG around it.
import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import type { FigureContent } from '../export/figure/figureContent';
import { layoutFigure } from '../export/figure/figureLayout';
import { figureSvg } from '../export/figure/figureSvg';
import { measureWithCanvas } from '../export/figure/measureCanvas';
import { withDashesForZoom } from './dashLevels';
import { graphArea } from './graphArea';
import { ExportProblem, NOTHING_VISIBLE, type ImageOutcome, type ImageRequest } from './imageExport';
import { withSeededRandom } from './seededRandom';

type SvgCore = Core & { svg?: (options: { full?: boolean; scale?: number; bg?: string }) => string };

function ensureSvgExtension(cy: SvgCore): (options: { full?: boolean; scale?: number }) => string {
  if (typeof cy.svg !== 'function') cytoscape.use(cytoscapeSvg);
  const svg = cy.svg;
  if (typeof svg !== 'function') throw new ExportProblem('SVG export is not available in this build.');
  return (options) => svg.call(cy, options);
}

export function exportSvg(cy: Core, content: FigureContent, request: ImageRequest): ImageOutcome {
  const area = graphArea(cy, request.area);
  if (area === null) throw new ExportProblem(NOTHING_VISIBLE);
  const svg = ensureSvgExtension(cy as SvgCore);
  const layout = layoutFigure(content, area, measureWithCanvas);
  // canvas2svg names clip paths and gradients with Math.random: seeded, the same view gives the same file.
  const graph = withDashesForZoom(cy, area.transform.zoom, () =>
    withSeededRandom(0x5eed, () => svg({ full: request.area === 'whole', scale: 1 })),
  );
  // cytoscape-svg draws the whole graph from its bounding box's corner; the area adds padding around it.
  const offset = area.bounds
    ? { x: area.transform.x + area.bounds.x1, y: area.transform.y + area.bounds.y1 }
    : { x: 0, y: 0 };
  const text = figureSvg(
    layout,
    { svg: graph, x: layout.graph.x + offset.x, y: layout.graph.y + offset.y },
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
