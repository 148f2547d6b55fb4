// Layout geometry: crossings counted, overlaps removed, labels placed without collisions, parallel relations bundled.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, type CentredBox } from '../../src/geometry/boxes';
import { bundleLabel, bundlesOf, pairKey } from '../../src/graph/bundles';
import { countCrossings, segmentsCross } from '../../src/geometry/crossings';
import { placeLabels } from '../../src/geometry/labelPlacement';
import { removeOverlaps } from '../../src/geometry/overlapRemoval';

const at = (entries: [string, number, number][]) => new Map(entries.map(([id, x, y]) => [id, { x, y }]));

describe('countCrossings', () => {
  it('counts an X once, and never edges that meet at an actor or run side by side', () => {
    const square = at([
      ['a', 0, 0],
      ['b', 10, 10],
      ['c', 0, 10],
      ['d', 10, 0],
    ]);
    expect(
      countCrossings(
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        square,
      ),
    ).toBe(1);
    expect(
      countCrossings(
        [
          ['a', 'b'],
          ['a', 'c'],
          ['a', 'd'],
        ],
        square,
      ),
    ).toBe(0);
    expect(
      countCrossings(
        [
          ['a', 'c'],
          ['d', 'b'],
        ],
        square,
      ),
    ).toBe(0);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 4, y: 0 }, { x: 2, y: 0 }, { x: 6, y: 0 })).toBe(false);
  });

  it('skips edges whose ends are not placed', () => {
    expect(countCrossings([['a', 'z']], at([['a', 0, 0]]))).toBe(0);
  });

  it('does not change when the picture is moved or scaled', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 })), {
          minLength: 2,
          maxLength: 12,
        }),
        fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 20 }),
        fc.integer({ min: 1, max: 7 }),
        (points, pairs, factor) => {
          const ids = points.map((_, index) => `n${index}`);
          const edges = pairs
            .map(([a, b]) => [ids[a % ids.length]!, ids[b % ids.length]!] as [string, string])
            .filter(([a, b]) => a !== b);
          const positions = new Map(points.map(([x, y], index) => [ids[index]!, { x, y }]));
          const moved = new Map(
            points.map(([x, y], index) => [ids[index]!, { x: x * factor + 13, y: y * factor - 7 }]),
          );
          const count = countCrossings(edges, positions);
          expect(countCrossings(edges, moved)).toBe(count);
          expect(count).toBeLessThanOrEqual((edges.length * (edges.length - 1)) / 2);
        },
      ),
    );
  });
});

const boxArbitrary = fc.record({
  x: fc.integer({ min: 0, max: 200 }),
  y: fc.integer({ min: 0, max: 200 }),
  width: fc.integer({ min: 4, max: 60 }),
  height: fc.integer({ min: 4, max: 30 }),
});

describe('removeOverlaps', () => {
  it('leaves no two boxes overlapping, and moves nothing that did not overlap', () => {
    fc.assert(
      fc.property(fc.array(boxArbitrary, { minLength: 1, maxLength: 40 }), (boxes) => {
        const result = removeOverlaps(boxes, { gap: 2, maxRounds: 500 });
        for (let i = 0; i < result.length; i++)
          for (let j = i + 1; j < result.length; j++) expect(boxesOverlap(result[i]!, result[j]!, 1.99)).toBe(false);
        const apart = boxes.every((box, i) => boxes.every((other, j) => i === j || !boxesOverlap(box, other, 2)));
        if (apart) expect(result.map(({ x, y }) => [x, y])).toEqual(boxes.map(({ x, y }) => [x, y]));
      }),
    );
  });

  it('never moves a fixed box, and gives the same result on every run', () => {
    const boxes = [
      { x: 0, y: 0, width: 40, height: 20, fixed: true },
      { x: 5, y: 3, width: 40, height: 20 },
      { x: 5, y: 3, width: 40, height: 20 },
    ];
    const result = removeOverlaps(boxes);
    expect(result[0]).toMatchObject({ x: 0, y: 0 });
    expect(removeOverlaps(boxes)).toEqual(result);
    expect(boxesOverlap(result[1]!, result[2]!)).toBe(false);
  });
});

describe('placeLabels', () => {
  it('never shows a label over another shown label or over another actor, and always shows the first that fits', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(boxArbitrary, fc.nat(100)), { minLength: 1, maxLength: 40 }), (entries) => {
        const shapes = new Map<string, CentredBox>(
          entries.map(([box], index) => [`a${index}`, { x: box.x, y: box.y, width: 10, height: 10 }]),
        );
        const candidates = entries.map(([box, priority], index) => ({
          id: `a${index}`,
          priority,
          label: { x: box.x, y: box.y + 5 + box.height / 2, width: box.width, height: box.height },
        }));
        const shown = placeLabels(candidates, shapes);
        const shownCandidates = candidates.filter((candidate) => shown.has(candidate.id));
        for (const one of shownCandidates) {
          for (const other of shownCandidates)
            if (other !== one) expect(boxesOverlap(one.label, other.label, 1.99)).toBe(false);
          for (const [id, shape] of shapes) if (id !== one.id) expect(boxesOverlap(one.label, shape, 1.99)).toBe(false);
        }
        const best = [...candidates]
          .sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id))
          .find((candidate) =>
            [...shapes].every(([id, shape]) => id === candidate.id || !boxesOverlap(candidate.label, shape, 2)),
          );
        if (best) expect(shown.has(best.id)).toBe(true);
      }),
    );
  });

  it('prefers the more important of two colliding labels', () => {
    const shapes = new Map<string, CentredBox>([
      ['a', { x: 0, y: 0, width: 10, height: 10 }],
      ['b', { x: 100, y: 0, width: 10, height: 10 }],
    ]);
    const label = { x: 50, y: 20, width: 60, height: 12 };
    const shown = placeLabels(
      [
        { id: 'a', priority: 1, label },
        { id: 'b', priority: 5, label },
      ],
      shapes,
    );
    expect([...shown]).toEqual(['b']);
  });
});

describe('bundlesOf', () => {
  const relations = [
    { id: 'r1', type: 'ally', source: 'russia', target: 'iran' },
    { id: 'r2', type: 'meets', source: 'iran', target: 'russia' },
    { id: 'r3', type: 'meets', source: 'russia', target: 'iran' },
    { id: 'r4', type: 'strikes', source: 'israel', target: 'iran' },
  ];

  it('bundles two or more relations between the same pair, whatever their direction', () => {
    const bundles = bundlesOf(relations);
    expect([...bundles.keys()]).toEqual([pairKey('russia', 'iran')]);
    const bundle = bundles.get('iran|russia')!;
    expect(bundle.ends).toEqual(['iran', 'russia']);
    expect(bundle.relationIds).toEqual(['r1', 'r2', 'r3']);
    expect(bundle.types).toEqual([
      { type: 'ally', count: 1 },
      { type: 'meets', count: 2 },
    ]);
  });

  it('labels a bundle with its types in the order asked, counting repeats', () => {
    const vocabulary = ['strikes', 'meets', 'ally'];
    const bundle = bundlesOf(relations, { typeOrder: (type) => vocabulary.indexOf(type) }).get('iran|russia')!;
    expect(bundleLabel(bundle, (type) => type)).toBe('meets ×2 · ally');
    expect(bundleLabel(bundlesOf(relations).get('iran|russia')!, (type) => type)).toBe('ally · meets ×2');
    expect(bundleLabel({ types: [{ type: 'ally', count: 1 }] }, (type) => type.toUpperCase())).toBe('ALLY');
  });
});
