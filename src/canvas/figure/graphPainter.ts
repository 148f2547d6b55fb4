// The live graph as a GraphPainter for the figure exporters: the drawing code loads with the first export, not the page.
import cytoscape, { type Core } from 'cytoscape';
import type { FigureLabels, GraphArea, GraphPainter } from '../../export/figure/painter';
import type { NumberPlacements } from './figureNumbers';
import { CLASSES } from '../../graph/stylesheet';
import { withDashesForZoom } from '../elements/dashLevels';
import { withSeededRandom } from '../layout/seededRandom';
import { readerFormatter } from '../../i18n/readerFormatter';

/** cytoscape-svg's options: a maxWidth, even a huge one, keeps it from multiplying the scale by the screen's pixel ratio. */
type SvgCore = Core & {
  svg?: (options: { full?: boolean; scale?: number; maxWidth?: number }) => string;
};

/** Where each visible actor sits on the canvas, in graph coordinates. */
function visibleNodePositions(cy: Core): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  cy.nodes(':visible').forEach((node) => {
    const { x, y } = node.position();
    positions.set(node.id(), { x, y });
  });
  return positions;
}

/** Relations shown (alone or inside their bundle) with an end or the middle of their line inside the area. */
function drawnRelations(cy: Core, area: GraphArea): Set<string> {
  const { x, y, zoom } = area.transform;
  const inside = (point: { x: number; y: number }) => {
    const px = point.x * zoom + x;
    const py = point.y * zoom + y;
    return px >= 0 && py >= 0 && px <= area.width && py <= area.height;
  };
  const drawn = new Set<string>();
  cy.edges(`[relationId]`).forEach((edge) => {
    if (edge.hasClass(CLASSES.hidden) || edge.source().hidden() || edge.target().hidden()) return;
    const from = edge.source().position();
    const to = edge.target().position();
    if (inside(from) || inside(to) || inside({ x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 }))
      drawn.add(String(edge.data('relationId')));
  });
  return drawn;
}

export function graphPainter(cy: Core): GraphPainter {
  // One figure's placements of its numbers, kept with its labels (planFigure gives the same labels to the area it
  // measures and to the drawing): the drawing reuses the plan's placement instead of making it again.
  const placementsByFigure = new WeakMap<FigureLabels, NumberPlacements>();
  const placementsFor = (labels: FigureLabels) => {
    let placements = placementsByFigure.get(labels);
    if (!placements) placementsByFigure.set(labels, (placements = new Map()));
    return placements;
  };
  const loadDrawing = () =>
    Promise.all([
      import('./figureArea'),
      import('./figureLabels'),
      import('./paintGraph'),
      import('./figureNumbers'),
    ] as const);
  return {
    async area(which, labels, fit) {
      const [
        { fittedGraphArea, viewArea, wholeGraphArea },
        { figureView, withFigureLabels },
        { yieldToPage },
        numbers,
      ] = await loadDrawing();
      if (which === 'view' && !labels.numbers) return viewArea(cy);
      return withFigureLabels(cy, labels, async (place) => {
        const area =
          which === 'view'
            ? viewArea(cy)
            : fit
              ? await fittedGraphArea(cy, fit, place, yieldToPage)
              : await wholeGraphArea(cy, place, yieldToPage);
        if (!area || !labels.numbers) return area;
        // The numbers are placed as the paint will place them, so that the figure can name those left out.
        const view = figureView(area);
        place(view);
        const { unplaced } = numbers.placeFigureNumbers(cy, view, labels.numbers, placementsFor(labels));
        return unplaced.length > 0 ? { ...area, unplacedNumbers: unplaced } : area;
      });
    },
    drawnRelations: (area) => drawnRelations(cy, area),
    graphShape() {
      const nodes = cy.nodes(':visible');
      if (nodes.length === 0) return null;
      const box = nodes.boundingBox({ includeLabels: false });
      return { width: Math.max(1, box.w), height: Math.max(1, box.h) };
    },
    async paint(context, area, box, scale, labels, onProgress) {
      const [, { figureView, withFigureLabels }, { paintGraph }, numbers] = await loadDrawing();
      return withFigureLabels(cy, labels, async (place) => {
        const view = figureView(area);
        place(view);
        const badges = labels.numbers
          ? numbers.placeFigureNumbers(cy, view, labels.numbers, placementsFor(labels)).badges
          : [];
        // Leaders go under the graph, so that the halos of the labels they pass interrupt them, as on a map; the
        // numbers go over it.
        const overGraph = (draw: () => void) => {
          context.save();
          context.beginPath();
          context.rect(box.x, box.y, box.width, box.height);
          context.clip();
          context.translate(box.x, box.y);
          draw();
          context.restore();
        };
        overGraph(() => numbers.drawLeaders(context, badges));
        await paintGraph(cy, context, area, box, scale, onProgress);
        overGraph(() => numbers.drawNumberBadges(context, badges));
      });
    },
    async svg(area, labels) {
      const [[, { figureView, withFigureLabels }, , numbers], { default: cytoscapeSvg }, { nestSvg }] =
        await Promise.all([loadDrawing(), import('cytoscape-svg'), import('../../export/figure/figureSvg')]);
      const svgCore = cy as SvgCore;
      if (typeof svgCore.svg !== 'function') cytoscape.use(cytoscapeSvg);
      const draw = svgCore.svg;
      if (typeof draw !== 'function') throw new Error(readerFormatter().t('export.error.noSvg'));
      const { zoom, x, y } = area.transform;
      const graph = await withFigureLabels(cy, labels, (place) => {
        const view = figureView(area);
        place(view);
        const badges = labels.numbers
          ? numbers.placeFigureNumbers(cy, view, labels.numbers, placementsFor(labels)).badges
          : [];
        // cytoscape-svg draws the whole graph from its bounding box's corner at the given scale: placed at the
        // area's transform, inside an SVG of the area's size (which clips it). canvas2svg names clip paths and
        // gradients with Math.random: seeded, the same view gives the same file.
        return withDashesForZoom(cy, zoom, () => {
          const bounds = cy.elements().boundingBox();
          const drawn = withSeededRandom(0x5eed, () =>
            draw.call(cy, { full: true, scale: zoom, maxWidth: Number.MAX_SAFE_INTEGER }),
          );
          return (
            numbers.leadersSvg(badges) +
            nestSvg(drawn, x + bounds.x1 * zoom, y + bounds.y1 * zoom) +
            numbers.numberBadgesSvg(badges)
          );
        });
      });
      return `<svg xmlns="http://www.w3.org/2000/svg" width="${area.width}" height="${area.height}">${graph}</svg>`;
    },
    nodePositions: () => visibleNodePositions(cy),
  };
}
