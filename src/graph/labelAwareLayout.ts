// Pure: what follows the force-directed layout: disconnected parts packed together, then actors moved apart until no
// actor or label (each at its size at the fitted zoom) overlaps another.
import type { CentredBox } from '../geometry/boxes';
import { LABEL_GAP_PX, LABEL_MARGIN_PX } from './labels';
import { removeOverlaps } from '../geometry/overlapRemoval';
import { componentsOf, packBoxes } from '../geometry/packing';
import { fitView, type View } from './viewFit';

export interface SettleItem {
  x: number;
  y: number;
  /** The shape, in graph units. */
  width: number;
  height: number;
  /** The label under the shape, in screen pixels (it keeps that size at any zoom). */
  label?: { width: number; height: number };
  /** Placed by the curator: never moved. */
  fixed?: boolean;
}

export interface SettleOptions {
  view: View;
  /** Room around the graph in the fitted view (screen pixels). */
  padding: number;
  /** The fitted view zooms in no further than this. */
  maxZoom: number;
  /** Pack disconnected parts (off when some actors are fixed or grouped: packing would move them). */
  pack: boolean;
  /** Rounds of "fit, then separate at the fitted zoom": more rounds for small graphs, where every label should fit. */
  rounds: number;
}

/** Space between packed parts, in screen pixels at the fitted zoom. */
const PART_GAP_PX = 24;
/** Labels are drawn up to 2^¼ above their target size (zoomLevels.ts): make room for the largest. */
const LABEL_GROWTH = 2 ** 0.25;

/**
 * Making room for labels spreads the graph, so the fit zooms out and shapes shrink on screen: the rounds stop before
 * the typical shape is drawn smaller than this (the label pass then shows the most important labels that fit).
 */
const SHAPE_MIN_PX = 9;

/** The zoom under which the typical (median) shape would be drawn smaller than SHAPE_MIN_PX. */
function zoomFloor(items: readonly SettleItem[]): number {
  const sizes = items.map((item) => Math.min(item.width, item.height)).sort((a, b) => a - b);
  const typical = sizes[Math.floor(sizes.length / 2)] ?? 1;
  return SHAPE_MIN_PX / Math.max(1, typical);
}

/** An actor's shape and label as one box in graph units at `zoom` (the label hangs under the shape). */
function boxAt(item: SettleItem, zoom: number): CentredBox & { offset: number } {
  if (!item.label) return { x: item.x, y: item.y, width: item.width, height: item.height, offset: 0 };
  const labelWidth = (item.label.width * LABEL_GROWTH) / zoom;
  const below = (LABEL_MARGIN_PX + item.label.height * LABEL_GROWTH) / zoom;
  const height = item.height + below;
  // The box's centre lies under the actor's by half the label's room.
  const offset = height / 2 - item.height / 2;
  return { x: item.x, y: item.y + offset, width: Math.max(item.width, labelWidth), height, offset };
}

function bounds(boxes: readonly CentredBox[]) {
  let x1 = Infinity;
  let x2 = -Infinity;
  let y1 = Infinity;
  let y2 = -Infinity;
  for (const box of boxes) {
    x1 = Math.min(x1, box.x - box.width / 2);
    x2 = Math.max(x2, box.x + box.width / 2);
    y1 = Math.min(y1, box.y - box.height / 2);
    y2 = Math.max(y2, box.y + box.height / 2);
  }
  return { x: (x1 + x2) / 2, y: (y1 + y2) / 2, width: x2 - x1, height: y2 - y1 };
}

/** Moves each disconnected part as a whole into rows shaped like the view. */
function packParts(items: SettleItem[], links: readonly (readonly [number, number])[], options: SettleOptions): void {
  const part = componentsOf(items.length, links);
  const partCount = Math.max(0, ...part) + 1;
  if (partCount < 2) return;
  const zoom = fitView(items, options.view, options.padding, options.maxZoom).zoom;
  const members: number[][] = Array.from({ length: partCount }, () => []);
  part.forEach((number, index) => members[number]!.push(index));
  const partBoxes = members.map((indices) => bounds(indices.map((index) => boxAt(items[index]!, zoom))));
  const centres = packBoxes(partBoxes, options.view.width / options.view.height, PART_GAP_PX / zoom);
  members.forEach((indices, number) => {
    const dx = centres[number]!.x - partBoxes[number]!.x;
    const dy = centres[number]!.y - partBoxes[number]!.y;
    for (const index of indices) {
      items[index]!.x += dx;
      items[index]!.y += dy;
    }
  });
}

/** A layout is stretched at most this much along one axis to take the view's shape. */
const STRETCH_MAX = 1.6;

/**
 * Stretches the layout along one axis towards the view's aspect ratio, so the graph fills the view: an affine map
 * keeps every crossing and every side of every angle as it was.
 */
function stretchToView(items: SettleItem[], view: View): void {
  const box = bounds(items);
  if (!(box.width > 0 && box.height > 0)) return;
  const wanted = view.width / view.height;
  const aspect = box.width / box.height;
  const sx = aspect < wanted ? Math.min(STRETCH_MAX, wanted / aspect) : 1;
  const sy = aspect > wanted ? Math.min(STRETCH_MAX, aspect / wanted) : 1;
  for (const item of items) {
    item.x = box.x + (item.x - box.x) * sx;
    item.y = box.y + (item.y - box.y) * sy;
  }
}

/**
 * Packs the parts (when allowed), then repeats: fit the view, and separate every actor's box (its shape and its
 * label at the fitted zoom) from the others. Separating spreads the graph, so the next fit zooms out a little and the
 * labels grow in graph units; it stops when the fit no longer shrinks (every label fits), when shapes would be drawn
 * too small, or after `rounds`. Each round
 * is linear in the actors (a grid), so the whole is bounded by rounds × the overlap removal's own bound.
 */
export function settleLayout(
  start: readonly SettleItem[],
  links: readonly (readonly [number, number])[],
  options: SettleOptions,
): { x: number; y: number }[] {
  const items = start.map((item) => ({ ...item }));
  if (options.pack) {
    packParts(items, links, options);
    stretchToView(items, options.view);
  }
  let zoom = fitView(items, options.view, options.padding, options.maxZoom).zoom;
  const floor = zoomFloor(items);
  for (let round = 0; round < options.rounds; round++) {
    const boxes = items.map((item) => ({ ...boxAt(item, Math.max(zoom, floor)), fixed: item.fixed }));
    const separated = removeOverlaps(boxes, { gap: LABEL_GAP_PX / zoom });
    separated.forEach((box, index) => {
      items[index]!.x = box.x;
      items[index]!.y = box.y - boxes[index]!.offset;
    });
    const next = fitView(items, options.view, options.padding, options.maxZoom).zoom;
    if (next >= zoom * 0.999 || next < floor) break;
    zoom = next;
  }
  return items.map(({ x, y }) => ({ x, y }));
}
