// An extent of the graph: whether a segment touches it, against the slow, obvious answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contains, segmentTouches, type Extent } from '../../src/geometry/extent';
import type { Point } from '../../src/geometry/point';

const coordinate = fc.integer({ min: -100, max: 100 });
const point = fc.record({ x: coordinate, y: coordinate });
const box = fc
  .tuple(coordinate, coordinate, fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 80 }))
  .map(([x, y, w, h]): Extent => ({ x1: x, y1: y, x2: x + w, y2: y + h }));

/** The slow, obvious answer: walk along the segment in small steps. */
function sampledTouch(area: Extent, a: Point, b: Point): boolean {
  const steps = 4000;
  for (let step = 0; step <= steps; step++) {
    const t = step / steps;
    if (contains(area, { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t })) return true;
  }
  return false;
}

describe('segmentTouches', () => {
  it('agrees with walking along the segment', () => {
    fc.assert(
      fc.property(box, point, point, (area, a, b) => {
        // Sampling can miss a corner graze by a hair; only demand agreement when sampling finds a hit, or the clip says none.
        const clipped = segmentTouches(area, a, b);
        if (sampledTouch(area, a, b)) expect(clipped).toBe(true);
        if (!clipped) expect(sampledTouch(area, a, b)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('sees a long edge that crosses the box with both ends outside', () => {
    expect(segmentTouches({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x: -100, y: 5 }, { x: 100, y: 5 })).toBe(true);
    expect(segmentTouches({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x: -100, y: 50 }, { x: 100, y: 50 })).toBe(false);
  });
});
