// Pure geometry for level of detail: which nodes and edges fall in (or cross) an extent of the graph.
import type { Point } from './point';

/** An axis-aligned area by its corners: x1, y1 the least, x2, y2 the greatest. */
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function grow(box: Extent, margin: number): Extent {
  return { x1: box.x1 - margin, y1: box.y1 - margin, x2: box.x2 + margin, y2: box.y2 + margin };
}

export function contains(box: Extent, point: Point): boolean {
  return point.x >= box.x1 && point.x <= box.x2 && point.y >= box.y1 && point.y <= box.y2;
}

/** Whether the segment a–b touches the box (Liang–Barsky clipping). */
export function segmentTouches(box: Extent, a: Point, b: Point): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let low = 0;
  let high = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const t = q / p;
    if (p < 0) {
      if (t > high) return false;
      if (t > low) low = t;
    } else {
      if (t < low) return false;
      if (t < high) high = t;
    }
    return true;
  };
  return (
    clip(-dx, a.x - box.x1) &&
    clip(dx, box.x2 - a.x) &&
    clip(-dy, a.y - box.y1) &&
    clip(dy, box.y2 - a.y) &&
    low <= high
  );
}

/** The distance from a point to the segment a–b. */
export function distanceToSegment(point: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / lengthSquared));
  return Math.hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy));
}
