// Label-aware layout: turned boxes, labels placed on the first free side, parts packed, the fit with constant-size
// labels, and the settling that leaves every actor and label apart at the fitted zoom.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, enclosingBox, turnedBoxesOverlap, type CentredBox } from '../../src/geometry/boxes';
import { bundleLabel } from '../../src/graph/bundles';
import { settleLayout, type SettleItem } from '../../src/graph/labelAwareLayout';
import { placeLabelBoxes, type PlacementCandidate } from '../../src/geometry/labelPlacement';
import { ACTOR_LABEL_PX, actorLabelBox } from '../../src/graph/labels';
import { layoutTries, triedSeed } from '../../src/graph/layoutOptions';
import { componentsOf, packBoxes } from '../../src/geometry/packing';
import { distanceToSegment } from '../../src/geometry/extent';
import { fitView } from '../../src/graph/viewFit';
import { labelLevelFor, levelLength } from '../../src/graph/zoomLevels';

const box = fc.record({
  x: fc.integer({ min: -100, max: 100 }),
  y: fc.integer({ min: -100, max: 100 }),
  width: fc.integer({ min: 2, max: 60 }),
  height: fc.integer({ min: 2, max: 30 }),
});

describe('turnedBoxesOverlap', () => {
  it('agrees with the axis-aligned test at angle 0, and is symmetric', () => {
    fc.assert(
      fc.property(box, box, fc.integer({ min: 0, max: 5 }), (a, b, gap) => {
        expect(turnedBoxesOverlap(a, b, gap)).toBe(boxesOverlap(a, b, gap));
        expect(turnedBoxesOverlap({ ...a, angle: 0 }, b, gap)).toBe(turnedBoxesOverlap(b, { ...a, angle: 0 }, gap));
      }),
    );
  });

  it('a box turned a quarter turn is the box with its sides swapped; the enclosing box holds the turned one', () => {
    fc.assert(
      fc.property(box, box, fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }), (a, b, angle) => {
        const turned = { ...a, angle: Math.PI / 2 };
        const swapped = { ...a, width: a.height, height: a.width };
        expect(turnedBoxesOverlap(turned, b, 0.5)).toBe(boxesOverlap(swapped, b, 0.5));
        if (turnedBoxesOverlap({ ...a, angle }, b)) expect(boxesOverlap(enclosingBox({ ...a, angle }), b)).toBe(true);
      }),
    );
  });

  it('sees two thin diagonal labels side by side as apart though their enclosing boxes overlap', () => {
    const one = { x: 0, y: 0, width: 100, height: 10, angle: Math.PI / 4 };
    const other = { x: 20, y: -20, width: 100, height: 10, angle: Math.PI / 4 };
    expect(turnedBoxesOverlap(one, other)).toBe(false);
    expect(boxesOverlap(enclosingBox(one), enclosingBox(other))).toBe(true);
  });
});

describe('placeLabelBoxes', () => {
  it('puts a label on the first of its sides that is free, and leaves out one with no free side', () => {
    const shapes = new Map<string, CentredBox>([
      ['a', { x: 0, y: 0, width: 20, height: 20 }],
      ['b', { x: 0, y: 34, width: 20, height: 20 }],
      ['c', { x: 300, y: 0, width: 20, height: 20 }],
    ]);
    const size = { width: 60, height: 12 };
    const sides = (id: string) =>
      (['bottom', 'right', 'top', 'left'] as const).map((side) => actorLabelBox(shapes.get(id)!, size, side));
    const placed = placeLabelBoxes(
      [
        { id: 'a', boxes: sides('a'), priority: 2, ownShape: 'a' },
        { id: 'b', boxes: sides('b'), priority: 1, ownShape: 'b' },
        { id: 'c', boxes: sides('c'), priority: 0, ownShape: 'c' },
      ],
      shapes,
      2,
    );
    expect(placed.get('a')).toBe(1);
    expect(placed.get('b')).toBe(0);
    expect(placed.get('c')).toBe(0);
    const crowded = placeLabelBoxes([{ id: 'x', boxes: [{ x: 0, y: 0, width: 50, height: 50 }], priority: 9 }], shapes);
    expect(crowded.size).toBe(0);
  });

  it('never leaves two placed labels, turned or not, overlapping', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(box, fc.double({ min: -1.5, max: 1.5, noNaN: true }), fc.nat(50)), { maxLength: 30 }),
        (entries) => {
          const candidates = entries.map(([label, angle, priority], index) => ({
            id: `l${index}`,
            boxes: [
              { ...label, angle },
              { ...label, x: label.x + 70 },
            ],
            priority,
          }));
          const placed = placeLabelBoxes(candidates, new Map(), 1);
          const boxes = [...placed].map(
            ([id, index]) => candidates.find((candidate) => candidate.id === id)!.boxes[index]!,
          );
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++)
              expect(turnedBoxesOverlap(boxes[i]!, boxes[j]!, 0.99)).toBe(false);
        },
      ),
    );
  });

  it('places what comparing every pair places, with shapes a few pixels wide under labels dozens wide', () => {
    const point = fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 300 }) });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(point, fc.integer({ min: 2, max: 6 }), fc.integer({ min: 20, max: 90 })), { maxLength: 60 }),
        fc.array(fc.tuple(point, fc.double({ min: -1.5, max: 1.5, noNaN: true })), { maxLength: 40 }),
        (actors, edges) => {
          const shapes = new Map(
            actors.map(([at, size], index) => [`a${index}`, { ...at, width: size, height: size }]),
          );
          const candidates: PlacementCandidate[] = [
            ...actors.map(([at, size, width], index) => ({
              id: `a${index}`,
              ownShape: `a${index}`,
              priority: index % 3,
              boxes: (['bottom', 'right', 'top', 'left'] as const).map((side) =>
                actorLabelBox({ ...at, width: size, height: size }, { width, height: 12 }, side),
              ),
            })),
            ...edges.map(([at, angle], index) => ({
              id: `e${index}`,
              priority: 0,
              boxes: [{ ...at, width: 40, height: 10, angle }],
            })),
          ];
          // The greedy rule itself, every pair compared: the grids must find the same.
          const expected = new Map<string, number>();
          const taken: CentredBox[] = [];
          const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
          for (const candidate of ordered) {
            const chosen = candidate.boxes.findIndex(
              (label) =>
                ![...shapes].some(([id, shape]) => id !== candidate.ownShape && turnedBoxesOverlap(label, shape, 2)) &&
                !taken.some((other) => turnedBoxesOverlap(label, other, 2)),
            );
            if (chosen < 0) continue;
            taken.push(candidate.boxes[chosen]!);
            expected.set(candidate.id, chosen);
          }
          expect(placeLabelBoxes(candidates, shapes, 2)).toEqual(expected);
        },
      ),
    );
  });
});

describe('componentsOf and packBoxes', () => {
  it('numbers connected parts in order of their first member', () => {
    expect(
      componentsOf(6, [
        [4, 5],
        [0, 2],
        [2, 4],
      ]),
    ).toEqual([0, 1, 0, 2, 0, 0]);
    expect(componentsOf(3, [[0, 9]])).toEqual([0, 1, 2]);
  });

  it('packs boxes without overlap, in rows near the wanted shape', () => {
    fc.assert(
      fc.property(
        fc.array(box, { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        (boxes, aspect) => {
          const centres = packBoxes(boxes, aspect, 4);
          const packed = boxes.map((one, index) => ({ ...one, ...centres[index]! }));
          for (let i = 0; i < packed.length; i++)
            for (let j = i + 1; j < packed.length; j++) expect(boxesOverlap(packed[i]!, packed[j]!, 3.99)).toBe(false);
        },
      ),
    );
    const squares = Array.from({ length: 16 }, () => ({ x: 0, y: 0, width: 10, height: 10 }));
    const rows = new Set(packBoxes(squares, 1, 0).map((centre) => centre.y));
    expect(rows.size).toBe(4);
  });
});

describe('fitView', () => {
  it('keeps every shape and label inside the view with its padding, as large as allowed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }) }), {
          minLength: 1,
          maxLength: 20,
        }),
        (points) => {
          const items = points.map((point) => ({ ...point, width: 30, height: 30, label: { width: 80, height: 14 } }));
          const view = { width: 1000, height: 700 };
          const { zoom, pan } = fitView(items, view, 40, 1.5);
          expect(zoom).toBeLessThanOrEqual(1.5);
          for (const item of items) {
            const x = item.x * zoom + pan.x;
            const y = item.y * zoom + pan.y;
            const halfWidth = Math.max(15 * zoom, 40 * 2 ** 0.25);
            expect(x - halfWidth).toBeGreaterThanOrEqual(39.9);
            expect(x + halfWidth).toBeLessThanOrEqual(960.1);
            expect(y - 15 * zoom).toBeGreaterThanOrEqual(39.9);
            expect(y + 15 * zoom + 3 + 14 * 2 ** 0.25).toBeLessThanOrEqual(660.1);
          }
        },
      ),
    );
  });
});

describe('settleLayout', () => {
  const view = { width: 1000, height: 700 };
  const options = { view, padding: 40, maxZoom: 1.5, pack: true, rounds: 8 };

  it('leaves no actor or label over another at the fitted zoom, on a small crowded graph', () => {
    const items: SettleItem[] = Array.from({ length: 20 }, (_, index) => ({
      x: (index % 5) * 12,
      y: Math.floor(index / 5) * 9,
      width: 30,
      height: 30,
      label: { width: 70 + (index % 3) * 20, height: 14 },
    }));
    const links = items.slice(1).map((_, index) => [index, index + 1] as const);
    const settled = settleLayout(items, links, options);
    const placed = items.map((item, index) => ({ ...item, ...settled[index]! }));
    const { zoom, pan } = fitView(placed, view, 40, 1.5);
    const px = levelLength(labelLevelFor(zoom), ACTOR_LABEL_PX) / ACTOR_LABEL_PX;
    const onScreen = placed.map((item) => {
      const shape = { x: item.x * zoom + pan.x, y: item.y * zoom + pan.y, width: 30 * zoom, height: 30 * zoom };
      const label = actorLabelBox(
        shape,
        { width: item.label!.width * px * zoom, height: item.label!.height * px * zoom },
        'bottom',
      );
      return { shape, label };
    });
    for (let i = 0; i < onScreen.length; i++)
      for (let j = 0; j < onScreen.length; j++) {
        if (i === j) continue;
        expect(boxesOverlap(onScreen[i]!.label, onScreen[j]!.label)).toBe(false);
        expect(boxesOverlap(onScreen[i]!.label, onScreen[j]!.shape)).toBe(false);
      }
  });

  it('packs disconnected parts side by side, keeps fixed actors, and gives the same result every time', () => {
    const items: SettleItem[] = [
      { x: 0, y: 0, width: 20, height: 20 },
      { x: 50, y: 0, width: 20, height: 20 },
      { x: 5000, y: 4000, width: 20, height: 20 },
      { x: 5050, y: 4000, width: 20, height: 20 },
    ];
    const links = [
      [0, 1],
      [2, 3],
    ] as const;
    const settled = settleLayout(items, links, options);
    expect(settleLayout(items, links, options)).toEqual(settled);
    expect(Math.hypot(settled[2]!.x - settled[0]!.x, settled[2]!.y - settled[0]!.y)).toBeLessThan(400);
    const fixed = settleLayout(
      items.map((item) => ({ ...item, fixed: true })),
      links,
      { ...options, pack: false },
    );
    expect(fixed).toEqual(items.map(({ x, y }) => ({ x, y })));
  });
});

describe('layout tries and bundle labels', () => {
  it('tries several seeds on small graphs only, the first being the dataset seed', () => {
    expect(layoutTries(10)).toBeGreaterThan(1);
    expect(layoutTries(5000)).toBe(1);
    expect(triedSeed(42, 0)).toBe(42);
    expect(new Set([0, 1, 2, 3].map((attempt) => triedSeed(42, attempt))).size).toBe(4);
  });

  it('shortens a bundle label past its most types, counting the relations left out', () => {
    const types = [
      { type: 'ally', count: 1 },
      { type: 'meets', count: 2 },
      { type: 'visits', count: 3 },
      { type: 'rival', count: 1 },
    ];
    expect(bundleLabel({ types }, (type) => type, 3)).toBe('ally · meets ×2 · +4');
    expect(bundleLabel({ types: types.slice(0, 3) }, (type) => type, 3)).toBe('ally · meets ×2 · visits ×3');
  });

  it('measures the distance from a point to a segment', () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(distanceToSegment({ x: -3, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
    expect(distanceToSegment({ x: 1, y: 1 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBeCloseTo(Math.SQRT2);
  });
});
