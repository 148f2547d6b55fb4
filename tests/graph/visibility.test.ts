// Canvas visibility: compound groups stay as context when filtered away but holding a visible member.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import { applyFilters } from '../../src/domain/query';
import { DEFAULT_FILTERS } from '../../src/filters/filterTable';
import { affiliationParents } from '../../src/graph/elements';
import { canvasVisibility } from '../../src/graph/visibility';
import { loadSmallFixture } from './fixture';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

describe('canvasVisibility', () => {
  it('maps visible relations to edge ids', () => {
    const visible = applyFilters(checked, { ...DEFAULT_FILTERS, hiddenTypes: ['member-of'] });
    const shown = canvasVisibility(checked, visible, new Map());
    expect(shown.edges.has('rel:r1')).toBe(true);
    expect(shown.edges.has('rel:r7')).toBe(false);
    expect(shown.contextOnly.size).toBe(0);
  });

  it('keeps a filtered-away group as context while a member shows', () => {
    const visible = applyFilters(checked, { ...DEFAULT_FILTERS, hiddenKinds: ['state'] });
    const parents = affiliationParents(checked.dataset.actors, checked.actorsById);
    const shown = canvasVisibility(checked, visible, parents);
    expect(shown.nodes.has('borduria')).toBe(true);
    expect([...shown.contextOnly].sort()).toEqual(['borduria', 'syldavia']);
    // Without grouping the states are simply hidden.
    expect(canvasVisibility(checked, visible, new Map()).nodes.has('borduria')).toBe(false);
  });
});

describe('canvasVisibility when grouping', () => {
  it('hides the edge between a person and the group it sits in', () => {
    const visible = applyFilters(checked, DEFAULT_FILTERS);
    const parents = affiliationParents(checked.dataset.actors, checked.actorsById);
    const shown = canvasVisibility(checked, visible, parents);
    expect(shown.edges.has('rel:r7')).toBe(false);
    expect(shown.edges.has('rel:r3')).toBe(true);
  });
});
