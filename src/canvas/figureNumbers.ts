// A cited figure's numbers that the label pass left out (the middle of their edge was taken): placed at another point
// along the edge by the screen's label placement (graph/labelPlacement.ts), clear of every shape and drawn label, and
// drawn over the graph like an edge label (PNG) or as <text> (SVG).
import type { Core, EdgeSingular } from 'cytoscape';
import type { Box, TurnedBox } from '../graph/boxes';
import { placeLabelBoxes, type PlacementCandidate } from '../graph/labelPlacement';
import {
  EDGE_LABEL_PADDING_PX,
  EDGE_LABEL_PX,
  edgeLabelBox,
  LABEL_GAP_PX,
  labelSize,
  SHAPE_BORDER,
  uprightAngle,
} from '../graph/labels';
import { HIGHLIGHT } from '../graph/palette';
import { CLASSES, LABEL_FONT_FAMILY } from '../graph/stylesheet';
import { labelLevelFor, levelLength } from '../graph/zoomLevels';
import type { LabelView } from './labelPass';
import { labelTextWidth } from './textWidth';

/** A number drawn at its box's centre (view pixels), turned with its edge, at `px`. */
export interface NumberBadge {
  text: string;
  box: TurnedBox;
  px: number;
}

/** Where along an edge a number may go when its middle is taken, in order of preference. */
const ALONG = [0.35, 0.65, 0.25, 0.75, 0.42, 0.58, 0.18, 0.82] as const;

const drawnEdge = (edge: EdgeSingular) =>
  edge.hasClass(CLASSES.detailed) && !edge.hasClass(CLASSES.hidden) && !edge.hasClass(CLASSES.bundled);

/** The numbered edges the label pass left unlabelled, each placed where it overlaps nothing drawn, if anywhere. */
export function placeLeftOutNumbers(cy: Core, view: LabelView): NumberBadge[] {
  const { zoom, pan } = view;
  const px = levelLength(labelLevelFor(zoom), EDGE_LABEL_PX) * zoom;
  const widthOf = labelTextWidth();
  const toScreen = (point: { x: number; y: number }) => ({ x: point.x * zoom + pan.x, y: point.y * zoom + pan.y });
  const fromBounds = (bounds: { x1: number; y1: number; w: number; h: number }): Box => ({
    x: (bounds.x1 + bounds.w / 2) * zoom + pan.x,
    y: (bounds.y1 + bounds.h / 2) * zoom + pan.y,
    width: bounds.w * zoom,
    height: bounds.h * zoom,
  });
  const obstacles = new Map<string, Box>();
  cy.nodes(':visible').forEach((node) => {
    if (node.isParent()) return;
    obstacles.set(node.id(), {
      ...toScreen(node.position()),
      width: (node.width() + 2 * SHAPE_BORDER) * zoom,
      height: (node.height() + 2 * SHAPE_BORDER) * zoom,
    });
  });
  cy.elements(`.${CLASSES.labelled}:visible`).forEach((element) => {
    const bounds = element.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    if (bounds.w > 0 && bounds.h > 0) obstacles.set(`label ${element.id()}`, fromBounds(bounds));
  });
  const candidates: PlacementCandidate[] = [];
  const along = new Map<string, { text: string; boxes: TurnedBox[] }>();
  cy.edges().forEach((edge) => {
    const text = String(edge.data('label') ?? '');
    if (!text || !drawnEdge(edge) || edge.hasClass(CLASSES.labelled)) return;
    const source = toScreen(edge.source().position());
    const target = toScreen(edge.target().position());
    const size = labelSize(text, px, widthOf);
    const angle = uprightAngle(source, target);
    const boxes = ALONG.map((t) =>
      edgeLabelBox({ x: source.x + t * (target.x - source.x), y: source.y + t * (target.y - source.y) }, angle, size),
    );
    along.set(edge.id(), { text, boxes });
    candidates.push({ id: edge.id(), boxes, priority: 0 });
  });
  const placed = placeLabelBoxes(candidates, obstacles, LABEL_GAP_PX);
  return [...placed].flatMap(([id, index]) => {
    const edge = along.get(id);
    const box = edge?.boxes[index];
    return edge && box ? [{ text: edge.text, box, px }] : [];
  });
}

const font = (px: number) => `italic ${px}px ${LABEL_FONT_FAMILY}`;

/** Draws the badges onto a context whose origin is the view's top left, in view pixels. */
export function drawNumberBadges(ctx: CanvasRenderingContext2D, badges: readonly NumberBadge[]): void {
  for (const { text, box, px } of badges) {
    ctx.save();
    ctx.translate(box.x, box.y);
    ctx.rotate(box.angle);
    ctx.globalAlpha = 0.9;
    ctx.fillStyle = HIGHLIGHT.labelOutline;
    ctx.beginPath();
    ctx.roundRect(-box.width / 2, -box.height / 2, box.width, box.height, EDGE_LABEL_PADDING_PX);
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.fillStyle = HIGHLIGHT.edgeLabel;
    ctx.font = font(px);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, 0, 0);
    ctx.restore();
  }
}

const n = (value: number) => Math.round(value * 100) / 100;

/** The badges as SVG, the numbers as <text>, in view pixels. */
export function numberBadgesSvg(badges: readonly NumberBadge[]): string {
  return badges
    .map(
      ({ text, box, px }) =>
        `<g transform="translate(${n(box.x)} ${n(box.y)}) rotate(${n((box.angle * 180) / Math.PI)})">` +
        `<rect x="${n(-box.width / 2)}" y="${n(-box.height / 2)}" width="${n(box.width)}" height="${n(box.height)}" rx="${EDGE_LABEL_PADDING_PX}" fill="${HIGHLIGHT.labelOutline}" fill-opacity="0.9"/>` +
        `<text x="0" y="0" text-anchor="middle" dominant-baseline="central" font-family="${LABEL_FONT_FAMILY}" font-style="italic" font-size="${n(px)}" fill="${HIGHLIGHT.edgeLabel}">${text}</text></g>`,
    )
    .join('');
}
