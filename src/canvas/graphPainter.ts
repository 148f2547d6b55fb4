// The live graph as a GraphPainter for the figure exporters: the drawing code loads with the first export, not the page.
import cytoscape, { type Core } from 'cytoscape';
import type { GraphPainter } from '../export/figure/painter';
import { withDashesForZoom } from './dashLevels';
import { withSeededRandom } from './seededRandom';

type SvgCore = Core & { svg?: (options: { full?: boolean; scale?: number }) => string };

/** Where each visible actor sits on the canvas, in graph coordinates. */
function visibleNodePositions(cy: Core): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  cy.nodes(':visible').forEach((node) => {
    const { x, y } = node.position();
    positions.set(node.id(), { x, y });
  });
  return positions;
}

export function graphPainter(cy: Core): GraphPainter {
  return {
    async area(which) {
      const [{ graphAreaInSlices }, { yieldToPage }] = await Promise.all([
        import('./figureArea'),
        import('./paintGraph'),
      ]);
      return graphAreaInSlices(cy, which, yieldToPage);
    },
    async paint(context, area, box, scale, onProgress) {
      const { paintGraph } = await import('./paintGraph');
      return paintGraph(cy, context, area, box, scale, onProgress);
    },
    async svg(area) {
      const [{ default: cytoscapeSvg }, { nestSvg }] = await Promise.all([
        import('cytoscape-svg'),
        import('../export/figure/figureSvg'),
      ]);
      const svgCore = cy as SvgCore;
      if (typeof svgCore.svg !== 'function') cytoscape.use(cytoscapeSvg);
      const draw = svgCore.svg;
      if (typeof draw !== 'function') throw new Error('SVG export is not available in this build.');
      // canvas2svg names clip paths and gradients with Math.random: seeded, the same view gives the same file.
      const graph = withDashesForZoom(cy, area.transform.zoom, () =>
        withSeededRandom(0x5eed, () => draw.call(cy, { full: area.bounds !== undefined, scale: 1 })),
      );
      // cytoscape-svg draws the whole graph from its bounding box's corner, the view from the view's: move it to the
      // area's origin, inside an SVG of the area's size.
      const offset = area.bounds
        ? { x: area.transform.x + area.bounds.x1, y: area.transform.y + area.bounds.y1 }
        : { x: 0, y: 0 };
      return `<svg xmlns="http://www.w3.org/2000/svg" width="${area.width}" height="${area.height}">${nestSvg(graph, offset.x, offset.y)}</svg>`;
    },
    nodePositions: () => visibleNodePositions(cy),
  };
}
