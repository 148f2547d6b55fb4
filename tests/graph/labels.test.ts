// Labels: a constant size on screen at every zoom, names broken into lines, boxes beside shapes and along edges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../src/geometry/boxes';
import {
  ACTOR_LABEL_PX,
  actorLabelBox,
  captionOf,
  edgeLabelBox,
  LABEL_SIDES,
  labelPriority,
  labelSize,
  uprightAngle,
} from '../../src/graph/labels';
import {
  LABEL_LEVELS,
  labelLevelClass,
  labelLevelFor,
  labelLevelOf,
  levelLength,
  MAX_ZOOM,
  MIN_ZOOM,
} from '../../src/graph/zoomLevels';

describe('label zoom levels', () => {
  it('keep a label between its target size and 2^¼ more on screen, at any zoom of the explorer', () => {
    fc.assert(
      fc.property(
        fc.double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true }),
        fc.integer({ min: 8, max: 20 }),
        (zoom, px) => {
          const onScreen = levelLength(labelLevelFor(zoom), px) * zoom;
          expect(onScreen).toBeGreaterThanOrEqual(px * (1 - 1e-9));
          expect(onScreen).toBeLessThanOrEqual(px * 2 ** 0.25 * (1 + 1e-9));
        },
      ),
    );
  });

  it('number levels from the maximum zoom down, within range, and read a level back from its class', () => {
    expect(labelLevelFor(MAX_ZOOM)).toBe(0);
    expect(labelLevelFor(MIN_ZOOM)).toBeLessThan(LABEL_LEVELS);
    expect(labelLevelFor(1)).toBeGreaterThan(labelLevelFor(2));
    expect(labelLevelFor(0)).toBe(LABEL_LEVELS - 1);
    expect(labelLevelFor(Number.NaN)).toBe(LABEL_LEVELS - 1);
    for (let level = 0; level < LABEL_LEVELS; level++)
      expect(labelLevelOf(['detailed', labelLevelClass(level), 'labelled'])).toBe(level);
    expect(labelLevelOf(['detailed'])).toBe(labelLevelFor(1));
  });
});

describe('captionOf', () => {
  it('breaks long names at spaces into lines of about 18 characters, and keeps every word', () => {
    expect(captionOf('Iran')).toBe('Iran');
    expect(captionOf('Institute for National Security Studies')).toBe('Institute for\nNational Security\nStudies');
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Z-]{1,25}$/), { minLength: 1, maxLength: 8 }), (words) => {
        const caption = captionOf(words.join(' '));
        expect(caption.split(/\s+/)).toEqual(words);
        for (const line of caption.split('\n')) expect(line.length <= 18 || !line.includes(' ')).toBe(true);
      }),
    );
  });
});

describe('label boxes', () => {
  const widthOf = (line: string) => line.length * 0.5;

  it('measures the widest line, one font size per line', () => {
    expect(labelSize('ab\nabcd', 10, widthOf)).toEqual({ width: 20, height: 20 });
  });

  it('puts an actor label beside its shape on each side, never over it', () => {
    fc.assert(
      fc.property(
        fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }),
        fc.integer({ min: 4, max: 60 }),
        fc.record({ width: fc.integer({ min: 1, max: 200 }), height: fc.integer({ min: 1, max: 40 }) }),
        (centre, size, label) => {
          const shape = { ...centre, width: size, height: size };
          const boxes = LABEL_SIDES.map((side) => actorLabelBox(shape, label, side));
          for (const box of boxes) expect(boxesOverlap(box, shape)).toBe(false);
          expect(boxes[0]!.y).toBeGreaterThan(shape.y);
          expect(boxes[1]!.x).toBeGreaterThan(shape.x);
        },
      ),
    );
  });

  it('turns an edge label along the edge, kept upright', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (dx, dy) => {
          fc.pre(dx !== 0 || dy !== 0);
          const angle = uprightAngle({ x: 0, y: 0 }, { x: dx, y: dy });
          expect(angle).toBeGreaterThan(-Math.PI / 2 - 1e-9);
          expect(angle).toBeLessThanOrEqual(Math.PI / 2 + 1e-9);
          // Either direction gives the same angle, except on a vertical line, whose two ends of the range (±π/2) are
          // the same line (a label's box turned by π is the same box): rounding may pick either end there.
          const reversed = uprightAngle({ x: dx, y: dy }, { x: 0, y: 0 });
          const vertical = Math.abs(Math.abs(angle) - Math.PI / 2) < 1e-9;
          if (vertical) expect(Math.abs(Math.abs(reversed) - Math.PI / 2)).toBeLessThan(1e-9);
          else expect(reversed).toBeCloseTo(angle, 9);
        },
      ),
    );
    const box = edgeLabelBox({ x: 5, y: 6 }, 0.3, { width: 40, height: 12 });
    expect(box).toMatchObject({ x: 5, y: 6, angle: 0.3 });
    expect(box.width).toBeGreaterThan(40);
  });

  it('ranks the selection, then what is emphasised, then actors by degree, then relations', () => {
    const rank = (selected: boolean, emphasised: boolean, degree: number, kind: 'actor' | 'edge') =>
      labelPriority({ selected, emphasised, degree }, kind);
    expect(rank(true, false, 0, 'edge')).toBeGreaterThan(rank(false, true, 500, 'actor'));
    expect(rank(false, true, 0, 'edge')).toBeGreaterThan(rank(false, false, 900, 'actor'));
    expect(rank(false, false, 3, 'actor')).toBeGreaterThan(rank(false, false, 2, 'actor'));
    expect(rank(false, false, 0, 'actor')).toBeGreaterThan(rank(false, false, 50, 'edge'));
    expect(ACTOR_LABEL_PX).toBeGreaterThanOrEqual(12);
  });
});
