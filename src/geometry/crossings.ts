// Pure: how many pairs of relations cross when drawn as straight lines, a plain measure of a layout's tangle.
import type { Point } from './point';

/** Which side of the line a→b the point c lies on: >0 left, <0 right, 0 on it. */
const orientation = (a: Point, b: Point, c: Point) => (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);

/** True when segments pq and rs cross at a point inside both (touching at an end or lying on one line is not crossing). */
export function segmentsCross(p: Point, q: Point, r: Point, s: Point): boolean {
  const o1 = orientation(p, q, r);
  const o2 = orientation(p, q, s);
  const o3 = orientation(r, s, p);
  const o4 = orientation(r, s, q);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/**
 * Counts crossing pairs among `edges` (pairs of node ids) drawn straight between `positions`. Edges that share an
 * actor never count (they meet at it); an edge with an unplaced end is skipped. Quadratic in the edges, with a bounding
 * box test first: meant for reports and small graphs, not for every frame.
 */
export function countCrossings(
  edges: readonly (readonly [string, string])[],
  positions: ReadonlyMap<string, Point>,
): number {
  const segments: { a: string; b: string; p: Point; q: Point; x1: number; x2: number; y1: number; y2: number }[] = [];
  for (const [a, b] of edges) {
    const p = positions.get(a);
    const q = positions.get(b);
    if (!p || !q || a === b) continue;
    segments.push({
      a,
      b,
      p,
      q,
      x1: Math.min(p.x, q.x),
      x2: Math.max(p.x, q.x),
      y1: Math.min(p.y, q.y),
      y2: Math.max(p.y, q.y),
    });
  }
  let crossings = 0;
  for (let i = 0; i < segments.length; i++) {
    const one = segments[i]!;
    for (let j = i + 1; j < segments.length; j++) {
      const other = segments[j]!;
      if (one.a === other.a || one.a === other.b || one.b === other.a || one.b === other.b) continue;
      if (one.x2 < other.x1 || other.x2 < one.x1 || one.y2 < other.y1 || other.y2 < one.y1) continue;
      if (segmentsCross(one.p, one.q, other.p, other.q)) crossings++;
    }
  }
  return crossings;
}
