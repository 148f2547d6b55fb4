// Pure: where a cited figure's numbers go when the middle of their line is taken: along the line, else as a badge in
// the nearest free place with a leader line back to the line, as map labels do with callouts; placed by the screen's
// label placement (labelPlacement.ts).
import { enclosingBox, turnedBoxesOverlap, type CentredBox, type TurnedBox } from './boxes';
import { placeLabelBoxes, type PlacementCandidate } from './labelPlacement';
import { segmentsCross } from './crossings';
import { segmentTouches, type Extent } from './extent';
import type { Point } from './point';

/** A drawn line that carries a number (a relation's edge, or a bundle carrying its members'). */
export interface NumberedLine {
  id: string;
  /** The line as drawn, from its source to its target (screen pixels): two points, or more along a curve. */
  path: readonly Point[];
  /** The number label's size, its background's padding included. */
  size: { width: number; height: number };
}

export interface NumberRoom {
  /** What a number may not overlap: actors' shapes and every label already drawn, keyed by id. */
  obstacles: ReadonlyMap<string, CentredBox | TurnedBox>;
  /** Actors' shapes, which a leader line should not cross. */
  shapes: readonly CentredBox[];
  /** Every drawn line: a badge or a leader that lies across another line than its own is read less easily. */
  lines: ReadonlyMap<string, readonly Point[]>;
  /** The picture's extent (screen pixels from 0, 0): a number outside it would be cut off. */
  frame: { width: number; height: number };
  /** Room kept between a number and anything else. */
  gap: number;
}

/** A placed number: along its line (no leader), or an upright badge with a leader from a point of its line. */
export interface PlacedNumber {
  id: string;
  box: TurnedBox;
  leader?: { from: Point; to: Point };
}

/** Where along its line a number may sit, as a fraction of the line's length, in order of preference. */
export const ALONG = [0.5, 0.35, 0.65, 0.25, 0.75, 0.42, 0.58, 0.18, 0.82] as const;
/** The points of its line a badge's leader may start from: every twentieth of it, the middle first (a short line's
 * visible stretch between its actors and their labels may be small). */
export const ANCHORS = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9];
/** How far a badge may stand from its line, in label heights: close first, so that leaders stay short. */
export const DISTANCES = [0.5, 1, 1.75, 2.75, 4, 5.5, 7.5, 10] as const;
/** The directions a badge may stand in from its anchor: every 30°. */
const DIRECTIONS = Array.from({ length: 12 }, (_, index) => (index * Math.PI) / 6);

/** What a badge's place costs beyond its leader's length, in label heights. */
const COST = {
  /** A leader across an actor's shape: only where nothing else is free. */
  crossesShape: 1000,
  /** A leader across a label (it passes under the label's halo, but a reader may lose it there). */
  crossesLabel: 20,
  /** A badge over another drawn line: its number might be read as that line's. */
  coversLine: 8,
  /** A leader across another drawn line. */
  crossesLine: 2,
  /** Per unit of distance from the line's middle, as a fraction of its length. */
  offCentre: 2,
} as const;

/** The point at `fraction` of a path's length, and the direction of the path there. */
export function pointAlong(path: readonly Point[], fraction: number): { point: Point; angle: number } {
  const lengths = path.slice(1).map((point, index) => Math.hypot(point.x - path[index]!.x, point.y - path[index]!.y));
  const total = lengths.reduce((sum, length) => sum + length, 0);
  let remaining = Math.max(0, Math.min(1, fraction)) * total;
  for (let index = 0; index < lengths.length; index++) {
    const length = lengths[index]!;
    const from = path[index]!;
    const to = path[index + 1]!;
    if (remaining <= length || index === lengths.length - 1) {
      const t = length === 0 ? 0 : Math.min(1, remaining / length);
      return {
        point: { x: from.x + t * (to.x - from.x), y: from.y + t * (to.y - from.y) },
        angle: Math.atan2(to.y - from.y, to.x - from.x),
      };
    }
    remaining -= length;
  }
  const only = path[0] ?? { x: 0, y: 0 };
  return { point: only, angle: 0 };
}

/** Text along a line is kept upright, as Cytoscape's autorotate does. */
const upright = (angle: number) =>
  angle > Math.PI / 2 ? angle - Math.PI : angle <= -Math.PI / 2 ? angle + Math.PI : angle;

const asBounds = (box: CentredBox): Extent => ({
  x1: box.x - box.width / 2,
  y1: box.y - box.height / 2,
  x2: box.x + box.width / 2,
  y2: box.y + box.height / 2,
});

/**
 * Room beyond which two extents are surely apart: the exact tests below are asked only about extents closer than this,
 * so that a rounding in theirs can never be skipped (screen pixels; their roundings are some 1e-13 of a pixel).
 */
const SLACK = 1e-6;

const apart = (a: Extent, b: Extent) =>
  a.x2 < b.x1 - SLACK || b.x2 < a.x1 - SLACK || a.y2 < b.y1 - SLACK || b.y2 < a.y1 - SLACK;

const segmentExtent = (a: Point, b: Point): Extent => ({
  x1: Math.min(a.x, b.x),
  y1: Math.min(a.y, b.y),
  x2: Math.max(a.x, b.x),
  y2: Math.max(a.y, b.y),
});

/** A drawn line with its extent and each segment's, measured once for the many boxes and leaders asked about it. */
interface MeasuredPath {
  points: readonly Point[];
  extent: Extent;
  segments: Extent[];
}

function measuredPath(points: readonly Point[]): MeasuredPath {
  const segments = points.slice(1).map((point, index) => segmentExtent(points[index]!, point));
  const extent = segments.reduce<Extent>(
    (all, segment) => ({
      x1: Math.min(all.x1, segment.x1),
      y1: Math.min(all.y1, segment.y1),
      x2: Math.max(all.x2, segment.x2),
      y2: Math.max(all.y2, segment.y2),
    }),
    { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity },
  );
  return { points, extent, segments };
}

/** Whether a line touches a box (given by its extent): each segment whose extent comes near the box, exactly. */
function pathTouches(path: MeasuredPath, box: Extent): boolean {
  if (apart(path.extent, box)) return false;
  const { points, segments } = path;
  for (let index = 0; index < segments.length; index++)
    if (!apart(segments[index]!, box) && segmentTouches(box, points[index]!, points[index + 1]!)) return true;
  return false;
}

/** Whether the segment a–b (its extent given) crosses a line, touching its ends aside. */
function crossesPath(path: MeasuredPath, a: Point, b: Point, extent: Extent): boolean {
  if (apart(path.extent, extent)) return false;
  const { points, segments } = path;
  for (let index = 0; index < segments.length; index++)
    if (!apart(segments[index]!, extent) && segmentsCross(points[index]!, points[index + 1]!, a, b)) return true;
  return false;
}

/** A room's obstacles, shapes and lines with their extents, measured once for all the lines placed in it. */
interface MeasuredRoom {
  room: NumberRoom;
  labels: (CentredBox | TurnedBox)[];
  /** Each obstacle's upright extent, as a leader is tested against it. */
  labelExtents: Extent[];
  shapeExtents: Extent[];
  lines: { id: string; path: MeasuredPath }[];
}

const measuredRoom = (room: NumberRoom): MeasuredRoom => {
  const labels = [...room.obstacles.values()];
  return {
    room,
    labels,
    labelExtents: labels.map((label) => asBounds(enclosingBox({ angle: 0, ...label }))),
    shapeExtents: room.shapes.map(asBounds),
    lines: [...room.lines].map(([id, points]) => ({ id, path: measuredPath(points) })),
  };
};

interface Candidate {
  box: TurnedBox;
  leader?: { from: Point; to: Point };
  cost: number;
}

/** Every place a line's number may go, cheapest first: along the line, then badges ever farther from it. */
export function numberCandidates(line: NumberedLine, room: NumberRoom): Candidate[] {
  return candidatesIn(line, measuredRoom(room), () => true);
}

/**
 * The places of numberCandidates that `keep` accepts, in the same order: the test is made before a place's cost is
 * worked out, the costly part, and the sort is stable, so that leaving a place out first or after sorting is the same.
 */
function candidatesIn(line: NumberedLine, measured: MeasuredRoom, keep: (box: TurnedBox) => boolean): Candidate[] {
  const { room, labels, labelExtents, shapeExtents } = measured;
  const { size, path } = line;
  const height = size.height;
  const withinFrame = (box: TurnedBox) => {
    const bounds = asBounds(enclosingBox(box));
    return bounds.x1 >= 0 && bounds.y1 >= 0 && bounds.x2 <= room.frame.width && bounds.y2 <= room.frame.height;
  };
  // A leader must start on the line where it is seen: not under an actor or a label (its dot included).
  const clearing = height / 6;
  const free = (point: Point) =>
    !labels.some((obstacle) => turnedBoxesOverlap({ ...point, width: 2 * clearing, height: 2 * clearing }, obstacle));
  const otherLines = measured.lines.filter(({ id }) => id !== line.id).map((other) => other.path);
  const candidates: Candidate[] = [];
  ALONG.forEach((fraction, rank) => {
    const { point, angle } = pointAlong(path, fraction);
    const box = { ...point, ...size, angle: upright(angle) };
    if (!withinFrame(box) || !keep(box)) return;
    // Preferred in ALONG's order, and before any badge: a number on its own line needs no leader.
    candidates.push({ box, cost: -1000 + rank });
  });
  for (const fraction of ANCHORS) {
    const { point: anchor } = pointAlong(path, fraction);
    if (!free(anchor)) continue;
    for (const distance of DISTANCES) {
      for (const direction of DIRECTIONS) {
        const ux = Math.cos(direction);
        const uy = Math.sin(direction);
        // The badge's nearest side stands `distance` label heights from the anchor, in this direction.
        const reach = Math.min(
          Math.abs(ux) > 1e-9 ? size.width / 2 / Math.abs(ux) : Infinity,
          Math.abs(uy) > 1e-9 ? size.height / 2 / Math.abs(uy) : Infinity,
        );
        const gapPx = distance * height;
        const centre = { x: anchor.x + ux * (gapPx + reach), y: anchor.y + uy * (gapPx + reach) };
        const box = { ...centre, ...size, angle: 0 };
        if (!withinFrame(box) || !keep(box)) continue;
        const to = { x: anchor.x + ux * gapPx, y: anchor.y + uy * gapPx };
        const leader = { from: anchor, to };
        const reached = segmentExtent(anchor, to);
        const across = (extent: Extent) => !apart(extent, reached) && segmentTouches(extent, anchor, to);
        const boxExtent = asBounds(box);
        let lines = 0;
        for (const other of otherLines) {
          if (pathTouches(other, boxExtent)) lines++;
          if (crossesPath(other, anchor, to, reached)) lines++;
        }
        const cost =
          gapPx / height +
          COST.offCentre * Math.abs(fraction - 0.5) +
          (shapeExtents.some(across) ? COST.crossesShape : 0) +
          (labelExtents.some(across) ? COST.crossesLabel : 0) +
          COST.crossesLine * lines;
        candidates.push({ box, leader, cost });
      }
    }
  }
  return candidates.sort((a, b) => a.cost - b.cost);
}

/**
 * Places each line's number: the line with the fewest free places first, each at its cheapest place that overlaps no
 * obstacle and no number placed before it. Returns the placed numbers and the ids of the lines that found no place.
 */
export function placeNumbers(
  lines: readonly NumberedLine[],
  room: NumberRoom,
): { placed: PlacedNumber[]; left: string[] } {
  const measured = measuredRoom(room);
  const { labels: obstacles } = measured;
  const clear = (box: TurnedBox) => !obstacles.some((obstacle) => turnedBoxesOverlap(box, obstacle, room.gap));
  const options = new Map<string, Candidate[]>();
  const candidates: PlacementCandidate[] = lines.map((line) => {
    const found = candidatesIn(line, measured, clear);
    options.set(line.id, found);
    // The most constrained first: a line with few places takes one before others crowd it out.
    return { id: line.id, boxes: found.map((candidate) => candidate.box), priority: -found.length };
  });
  const chosen = placeLabelBoxes(candidates, room.obstacles, room.gap);
  const placed: PlacedNumber[] = [];
  const left: string[] = [];
  for (const line of lines) {
    const index = chosen.get(line.id);
    const candidate = index === undefined ? undefined : options.get(line.id)?.[index];
    if (!candidate) {
      left.push(line.id);
      continue;
    }
    placed.push({ id: line.id, box: candidate.box, ...(candidate.leader && { leader: candidate.leader }) });
  }
  return { placed, left };
}
