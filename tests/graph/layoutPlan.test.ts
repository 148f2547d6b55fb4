// Which layout a dataset gets (saved positions, fcose on the page, fcose in a worker), and when the overview style applies.
import { describe, expect, it } from 'vitest';
import {
  fcoseOptionsFor,
  INLINE_LAYOUT_MAX_ACTORS,
  layoutPlan,
  OVERVIEW_MIN_ELEMENTS,
  usesOverview,
} from '../../src/graph/layoutOptions';

const actors = (count: number, positioned: (index: number) => boolean) =>
  Array.from({ length: count }, (_, index) => ({
    id: `a${index}`,
    ...(positioned(index) ? { position: { x: index, y: 0 } } : {}),
  }));

describe('layoutPlan', () => {
  it('keeps saved positions when every actor has one, whatever the size', () => {
    expect(layoutPlan(actors(5, () => true))).toBe('saved');
    expect(layoutPlan(actors(10_000, () => true))).toBe('saved');
  });

  it('lays small graphs out on the page and large ones in a worker', () => {
    expect(layoutPlan(actors(INLINE_LAYOUT_MAX_ACTORS, () => false))).toBe('inline');
    expect(layoutPlan(actors(INLINE_LAYOUT_MAX_ACTORS + 1, (index) => index === 0))).toBe('worker');
    expect(layoutPlan([])).toBe('inline');
  });
});

describe('fcoseOptionsFor', () => {
  it('fixes the actors that have a saved position', () => {
    const options = fcoseOptionsFor(
      actors(3, (index) => index === 1),
      { animate: false },
    );
    expect(options.fixedNodeConstraint).toEqual([{ nodeId: 'a1', position: { x: 1, y: 0 } }]);
  });
});

describe('usesOverview', () => {
  it('applies only to very large graphs', () => {
    expect(usesOverview(4_000)).toBe(false);
    expect(usesOverview(OVERVIEW_MIN_ELEMENTS)).toBe(true);
  });
});
