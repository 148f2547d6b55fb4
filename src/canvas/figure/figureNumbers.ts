// A cited figure's numbers the label pass left out: placed along their line or as a badge with a leader beside it
// (geometry/leaderLines.ts), drawn into the PNG (leaders under the graph, numbers over it) or the SVG; those with no place
// at all are reported.
import type { Core, EdgeSingular } from 'cytoscape';
import type { CentredBox, TurnedBox } from '../../geometry/boxes';
import { placeNumbers, type NumberedLine, type NumberRoom, type PlacedNumber } from '../../geometry/leaderLines';
import type { Point } from '../../geometry/point';
import {
  EDGE_LABEL_PADDING_PX,
  EDGE_LABEL_PX,
  edgeLabelBox,
  LABEL_GAP_PX,
  labelSize,
  SHAPE_BORDER,
  uprightAngle,
} from '../../graph/labels';
import { HIGHLIGHT } from '../../graph/palette';
import { CLASSES, LABEL_FONT_FAMILY } from '../../graph/stylesheet';
import { labelLevelFor, levelLength } from '../../graph/zoomLevels';
import { bundleKeyOf } from '../elements/bundleCanvas';
import { edgeNumbers } from './figureLabels';
import type { LabelView } from '../labels/labelPass';
import { labelTextWidth } from '../labels/textWidth';

/** A number drawn at its box's centre (view pixels), turned with its line or upright with a leader to the line. */
export interface NumberBadge {
  text: string;
  box: TurnedBox;
  px: number;
  /** From a point of the line to the badge's border, in the line's colour. */
  leader?: { from: Point; to: Point; color: string };
}

export interface FigureNumbers {
  badges: NumberBadge[];
  /** Numbers neither the label pass nor the badges could place, ascending. */
  unplaced: number[];
}

/**
 * The number placements already made for one figure, by their exact inputs: planning a figure and drawing it place the
 * same numbers on the same lines, and the placement is the costly part of a cited figure.
 */
export type NumberPlacements = Map<string, { placed: PlacedNumber[]; left: string[] }>;

/** Every input of a placement as text, numbers to the last digit (and the non-finite apart, which JSON would merge). */
const placementKey = (lines: readonly NumberedLine[], room: NumberRoom) =>
  JSON.stringify(
    [lines, [...room.obstacles], room.shapes, [...room.lines], room.frame, room.gap],
    (_, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value),
  );

/** Points a curved line is followed by. */
const CURVE_STEPS = 12;

const drawnEdge = (edge: EdgeSingular) =>
  edge.hasClass(CLASSES.detailed) && !edge.hasClass(CLASSES.hidden) && !edge.hasClass(CLASSES.bundled);

/** The line as drawn, in view pixels: straight, or a relation curved beside others of its pair (an opened bundle). */
function drawnPath(cy: Core, edge: EdgeSingular, toScreen: (point: Point) => Point): Point[] {
  const source = edge.source().position();
  const target = edge.target().position();
  const curved = edge.data('bundle') !== true && bundleKeyOf(cy, edge.id()) !== undefined;
  const control = curved ? (edge.controlPoints() as Point[] | undefined)?.[0] : undefined;
  if (!control || !Number.isFinite(control.x)) return [toScreen(source), toScreen(target)];
  return Array.from({ length: CURVE_STEPS + 1 }, (_, step) => {
    const t = step / CURVE_STEPS;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    return toScreen({
      x: a * source.x + b * control.x + c * target.x,
      y: a * source.y + b * control.y + c * target.y,
    });
  });
}

/**
 * Places the numbers of the numbered edges the label pass left unlabelled, after it ran for `view`; `numbers` are the
 * figure's relation numbers, by relation id. With `placements`, a placement made before from the same inputs is reused.
 */
export function placeFigureNumbers(
  cy: Core,
  view: LabelView,
  numbers: ReadonlyMap<string, number>,
  placements?: NumberPlacements,
): FigureNumbers {
  const { zoom, pan } = view;
  const px = levelLength(labelLevelFor(zoom), EDGE_LABEL_PX) * zoom;
  const widthOf = labelTextWidth();
  const toScreen = (point: Point) => ({ x: point.x * zoom + pan.x, y: point.y * zoom + pan.y });
  const obstacles = new Map<string, CentredBox | TurnedBox>();
  const shapes: CentredBox[] = [];
  cy.nodes(':visible').forEach((node) => {
    if (node.isParent()) return;
    const shape = {
      ...toScreen(node.position()),
      width: (node.width() + 2 * SHAPE_BORDER) * zoom,
      height: (node.height() + 2 * SHAPE_BORDER) * zoom,
    };
    shapes.push(shape);
    obstacles.set(node.id(), shape);
    if (!node.hasClass(CLASSES.labelled)) return;
    const bounds = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    if (bounds.w > 0 && bounds.h > 0)
      obstacles.set(`label ${node.id()}`, {
        ...toScreen({ x: bounds.x1 + bounds.w / 2, y: bounds.y1 + bounds.h / 2 }),
        width: bounds.w * zoom,
        height: bounds.h * zoom,
      });
  });
  const byEdge = edgeNumbers(cy, numbers);
  const lines = new Map<string, Point[]>();
  const unlabelled: NumberedLine[] = [];
  const textOf = new Map<string, string>();
  cy.edges().forEach((edge) => {
    if (!drawnEdge(edge)) return;
    const path = drawnPath(cy, edge, toScreen);
    lines.set(edge.id(), path);
    const text = String(edge.data('label') ?? '');
    if (!text || !byEdge.has(edge.id())) return;
    const size = labelSize(text, px, widthOf);
    const source = path[0]!;
    const target = path.at(-1)!;
    if (edge.hasClass(CLASSES.labelled)) {
      // Where the label pass wrote it (the drawn middle), turned along the line as Cytoscape draws it.
      const middle = path[Math.floor(path.length / 2)]!;
      const centre = path.length > 2 ? middle : { x: (source.x + target.x) / 2, y: (source.y + target.y) / 2 };
      obstacles.set(`label ${edge.id()}`, edgeLabelBox(centre, uprightAngle(source, target), size));
      return;
    }
    textOf.set(edge.id(), text);
    unlabelled.push({
      id: edge.id(),
      path,
      size: { width: size.width + 2 * EDGE_LABEL_PADDING_PX, height: size.height + 2 * EDGE_LABEL_PADDING_PX },
    });
  });
  const room: NumberRoom = {
    obstacles,
    shapes,
    lines,
    frame: { width: view.width, height: view.height },
    gap: LABEL_GAP_PX,
  };
  const key = placements && placementKey(unlabelled, room);
  let placement = key === undefined ? undefined : placements?.get(key);
  if (!placement) {
    placement = placeNumbers(unlabelled, room);
    if (key !== undefined) placements?.set(key, placement);
  }
  const { placed, left } = placement;
  const badges = placed.map(({ id, box, leader }): NumberBadge => {
    const text = textOf.get(id) ?? '';
    if (!leader) return { text, box, px };
    const color = String(cy.getElementById(id).style('line-color') ?? HIGHLIGHT.edgeLabel);
    return { text, box, px, leader: { ...leader, color } };
  });
  const unplaced = left.flatMap((id) => byEdge.get(id) ?? []).sort((a, b) => a - b);
  return { badges, unplaced };
}

const font = (px: number) => `italic ${px}px ${LABEL_FONT_FAMILY}`;

/** A leader's width and the dot where it meets its line, for a number of `px`. */
const leaderWidth = (px: number) => Math.max(1, px / 12);
const dotRadius = (px: number) => Math.max(1.5, px / 6);

/** Draws the badges' leaders onto a context whose origin is the view's top left, in view pixels (under the graph). */
export function drawLeaders(ctx: CanvasRenderingContext2D, badges: readonly NumberBadge[]): void {
  for (const { leader, px } of badges) {
    if (!leader) continue;
    ctx.save();
    ctx.strokeStyle = leader.color;
    ctx.fillStyle = leader.color;
    ctx.lineWidth = leaderWidth(px);
    ctx.beginPath();
    ctx.moveTo(leader.from.x, leader.from.y);
    ctx.lineTo(leader.to.x, leader.to.y);
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(leader.from.x, leader.from.y, dotRadius(px), 0, 2 * Math.PI);
    ctx.fill();
    ctx.restore();
  }
}

/** Draws the numbers onto a context whose origin is the view's top left, in view pixels (over the graph). */
export function drawNumberBadges(ctx: CanvasRenderingContext2D, badges: readonly NumberBadge[]): void {
  for (const { text, box, px, leader } of badges) {
    ctx.save();
    ctx.translate(box.x, box.y);
    ctx.rotate(box.angle);
    ctx.globalAlpha = 0.9;
    ctx.fillStyle = HIGHLIGHT.labelOutline;
    ctx.beginPath();
    ctx.roundRect(-box.width / 2, -box.height / 2, box.width, box.height, EDGE_LABEL_PADDING_PX);
    ctx.fill();
    ctx.globalAlpha = 1;
    if (leader) {
      ctx.strokeStyle = leader.color;
      ctx.lineWidth = leaderWidth(px);
      ctx.stroke();
    }
    ctx.fillStyle = HIGHLIGHT.edgeLabel;
    ctx.font = font(px);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, 0, 0);
    ctx.restore();
  }
}

const n = (value: number) => Math.round(value * 100) / 100;

/** The badges' leaders as SVG <line>s, each with the dot where it meets its line, in view pixels. */
export function leadersSvg(badges: readonly NumberBadge[]): string {
  return badges
    .map(({ leader, px }) =>
      leader
        ? `<line x1="${n(leader.from.x)}" y1="${n(leader.from.y)}" x2="${n(leader.to.x)}" y2="${n(leader.to.y)}" stroke="${leader.color}" stroke-width="${n(leaderWidth(px))}"/>` +
          `<circle cx="${n(leader.from.x)}" cy="${n(leader.from.y)}" r="${n(dotRadius(px))}" fill="${leader.color}"/>`
        : '',
    )
    .join('');
}

/** The numbers as SVG, each a <text> on its background, in view pixels. */
export function numberBadgesSvg(badges: readonly NumberBadge[]): string {
  return badges
    .map(
      ({ text, box, px, leader }) =>
        `<g transform="translate(${n(box.x)} ${n(box.y)}) rotate(${n((box.angle * 180) / Math.PI)})">` +
        `<rect x="${n(-box.width / 2)}" y="${n(-box.height / 2)}" width="${n(box.width)}" height="${n(box.height)}" rx="${EDGE_LABEL_PADDING_PX}" fill="${HIGHLIGHT.labelOutline}" fill-opacity="0.9"` +
        (leader ? ` stroke="${leader.color}" stroke-width="${n(leaderWidth(px))}"/>` : '/>') +
        `<text x="0" y="0" text-anchor="middle" dominant-baseline="central" font-family="${LABEL_FONT_FAMILY}" font-style="italic" font-size="${n(px)}" fill="${HIGHLIGHT.edgeLabel}">${escapeText(text)}</text></g>`,
    )
    .join('');
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
