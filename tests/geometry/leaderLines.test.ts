// A cited figure's numbers: along their line where it is free, else a badge nearby with a leader back to the line; never
// over an actor, a label or another number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { turnedBoxesOverlap, type CentredBox, type TurnedBox } from '../../src/geometry/boxes';
import {
  numberCandidates,
  placeNumbers,
  pointAlong,
  type NumberedLine,
  type NumberRoom,
} from '../../src/geometry/leaderLines';
import { distanceToSegment } from '../../src/geometry/extent';
import type { Point } from '../../src/geometry/point';

const SIZE = { width: 20, height: 16 };

const room = (over: Partial<NumberRoom> = {}): NumberRoom => ({
  obstacles: new Map(),
  shapes: [],
  lines: new Map(),
  frame: { width: 400, height: 300 },
  gap: 3,
  ...over,
});

const line = (id: string, path: Point[]): NumberedLine => ({ id, path, size: SIZE });

const distanceToPath = (point: Point, path: readonly Point[]) =>
  Math.min(...path.slice(1).map((to, index) => distanceToSegment(point, path[index]!, to)));

/** Whether a point lies on the border of an upright box. */
const onBorder = (point: Point, box: CentredBox) => {
  const dx = Math.abs(point.x - box.x) - box.width / 2;
  const dy = Math.abs(point.y - box.y) - box.height / 2;
  return (Math.abs(dx) < 1e-6 && dy <= 1e-6) || (Math.abs(dy) < 1e-6 && dx <= 1e-6);
};

describe('pointAlong', () => {
  it('finds the point at a fraction of a path’s length, and the direction there', () => {
    const path = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
    ];
    expect(pointAlong(path, 0.25)).toEqual({ point: { x: 50, y: 0 }, angle: 0 });
    expect(pointAlong(path, 0.75)).toEqual({ point: { x: 100, y: 50 }, angle: Math.PI / 2 });
    expect(pointAlong(path, 1).point).toEqual({ x: 100, y: 100 });
  });
});

describe('numberCandidates', () => {
  const path = [
    { x: 100, y: 150 },
    { x: 300, y: 150 },
  ];

  it('offers the line’s middle first, then other points along it, then badges, the nearest first', () => {
    const candidates = numberCandidates(line('a', path), room());
    expect(candidates[0]).toEqual({ box: { x: 200, y: 150, ...SIZE, angle: 0 }, cost: expect.any(Number) });
    expect(candidates[1]!.box.x).toBe(170);
    const badges = candidates.filter((candidate) => candidate.leader);
    expect(badges.length).toBeGreaterThan(100);
    const lengths = badges.map(({ leader }) =>
      Math.hypot(leader!.to.x - leader!.from.x, leader!.to.y - leader!.from.y),
    );
    // The first badge stands half a label height from the line's middle.
    expect(lengths[0]).toBeCloseTo(SIZE.height / 2);
    expect(badges[0]!.leader!.from).toEqual({ x: 200, y: 150 });
    for (const badge of badges) {
      expect(distanceToPath(badge.leader!.from, path)).toBeLessThan(1e-6);
      expect(onBorder(badge.leader!.to, badge.box)).toBe(true);
    }
  });

  it('keeps every candidate inside the picture, and puts leaders across an actor last', () => {
    const actor = { x: 200, y: 120, width: 30, height: 30 };
    const candidates = numberCandidates(line('a', path), room({ shapes: [actor], frame: { width: 400, height: 190 } }));
    for (const { box } of candidates) {
      expect(box.y + box.height / 2).toBeLessThanOrEqual(190);
      expect(box.y - box.height / 2).toBeGreaterThanOrEqual(0);
    }
    // A badge straight above the middle would need a leader through the actor: cheaper places come first.
    const above = candidates.findIndex(
      ({ leader }) => leader && leader.from.x === 200 && leader.to.x === 200 && leader.to.y < 120,
    );
    const clear = candidates.filter((candidate) => candidate.leader && candidate.cost < 1000).length;
    expect(above).toBeGreaterThan(clear);
  });
});

describe('placeNumbers', () => {
  it('puts a number on its line where the middle is free, and next to it with a leader where it is not', () => {
    const path = [
      { x: 100, y: 150 },
      { x: 300, y: 150 },
    ];
    const free = placeNumbers([line('a', path)], room());
    expect(free.placed).toEqual([{ id: 'a', box: { x: 200, y: 150, ...SIZE, angle: 0 } }]);
    // Labels along the line, with gaps too narrow for the number: it stands beside the line, its leader from a gap.
    const labels = new Map(
      [0, 1, 2, 3, 4].map((index) => [`label ${index}`, { x: 100 + index * 50, y: 150, width: 20, height: 14 }]),
    );
    const crowded = placeNumbers([line('a', path)], room({ obstacles: labels }));
    expect(crowded.left).toEqual([]);
    const [badge] = crowded.placed;
    expect(badge!.leader).toBeDefined();
    for (const label of labels.values()) expect(turnedBoxesOverlap(badge!.box, label, 3)).toBe(false);
    expect(badge!.leader!.from).toEqual({ x: 180, y: 150 });
    // With no gap at all, no leader may start under a label: the number is left out.
    const wall = new Map([['label', { x: 200, y: 150, width: 220, height: 14 }]]);
    expect(placeNumbers([line('a', path)], room({ obstacles: wall })).left).toEqual(['a']);
  });

  it('says which lines found no room', () => {
    const path = [
      { x: 10, y: 10 },
      { x: 30, y: 10 },
    ];
    const wall = new Map([['all', { x: 200, y: 150, width: 400, height: 300 }]]);
    expect(placeNumbers([line('a', path)], room({ obstacles: wall }))).toEqual({ placed: [], left: ['a'] });
  });

  const point = fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 300 }) });
  const obstacle = fc.record({
    x: fc.integer({ min: 0, max: 400 }),
    y: fc.integer({ min: 0, max: 300 }),
    width: fc.integer({ min: 4, max: 80 }),
    height: fc.integer({ min: 4, max: 30 }),
  });

  it('never lets a number overlap another number or an obstacle, and starts every leader on its own line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(point, point), { minLength: 1, maxLength: 25 }),
        fc.array(obstacle, { maxLength: 20 }),
        fc.array(fc.record({ width: fc.integer({ min: 8, max: 40 }), height: fc.integer({ min: 10, max: 16 }) }), {
          minLength: 25,
          maxLength: 25,
        }),
        (ends, boxes, sizes) => {
          const lines = ends.map(([from, to], index) => ({ id: `e${index}`, path: [from, to], size: sizes[index]! }));
          const shapes = boxes.slice(0, 8);
          const obstacles = new Map<string, CentredBox>(boxes.map((box, index) => [`o${index}`, box]));
          const result = placeNumbers(
            lines,
            room({ obstacles, shapes, lines: new Map(lines.map((item) => [item.id, item.path])) }),
          );
          expect(result.placed.length + result.left.length).toBe(lines.length);
          const placed: TurnedBox[] = result.placed.map((number) => number.box);
          placed.forEach((box, index) => {
            for (const other of placed.slice(index + 1)) expect(turnedBoxesOverlap(box, other)).toBe(false);
            for (const other of obstacles.values()) expect(turnedBoxesOverlap(box, other)).toBe(false);
          });
          for (const number of result.placed) {
            const own = lines.find((item) => item.id === number.id)!;
            expect(number.box.width).toBe(own.size.width);
            if (number.leader) {
              expect(distanceToPath(number.leader.from, own.path)).toBeLessThan(1e-6);
              expect(onBorder(number.leader.to, number.box)).toBe(true);
            } else {
              expect(distanceToPath(number.box, own.path)).toBeLessThan(1e-6);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
    // Sixty placements take some 10 s on a quiet machine and twice that on a busy one; the limit is not a speed check.
  }, 60_000);
});
