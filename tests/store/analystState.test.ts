// The paths' two ends, the analyst filters' actions, and a link's unknown ids left out and said, in the store.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import { OUTLET_VOICE } from '../../src/domain/speakers';
import { applyUrlState } from '../../src/session/urlSync';
import { decodeUrlState } from '../../src/session/urlState';
import { filtersActive } from '../../src/filters/filterTable';
import { toggled } from '../../src/store/filterTransitions';
import { createExplorerStore } from '../../src/store/store';
import { loadSmallFixture } from '../graph/fixture';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

describe('analyst state', () => {
  it('keeps a path between two different actors only', () => {
    const store = createExplorerStore();
    store.getState().setPath({ from: 'a', to: 'a' });
    expect(store.getState().path).toBeNull();
    store.getState().setPath({ from: 'a', to: 'b' });
    const path = store.getState().path;
    store.getState().setPath({ from: 'a', to: 'b' });
    expect(store.getState().path).toBe(path);
  });

  it('sets the analyst filters, each making the filters active, and resets them', () => {
    const store = createExplorerStore();
    const actions = store.getState();
    actions.setFilter('asOf', '2021');
    actions.setFilter('speakers', (speakers) => toggled(speakers, 'zvi-magen'));
    actions.setFilter('speakers', (speakers) => toggled(speakers, OUTLET_VOICE));
    actions.setFilter('minSources', 2.5);
    expect(store.getState().filters).toMatchObject({
      asOf: '2021',
      speakers: [OUTLET_VOICE, 'zvi-magen'],
      minSources: 1,
    });
    actions.setFilter('minSources', 3);
    expect(store.getState().filters.minSources).toBe(3);
    actions.setFilter('speakers', (speakers) => toggled(speakers, 'zvi-magen'));
    expect(store.getState().filters.speakers).toEqual([OUTLET_VOICE]);
    expect(filtersActive(store.getState().filters)).toBe(true);
    actions.resetFilters();
    expect(filtersActive(store.getState().filters)).toBe(false);
  });

  it('leaves out the ids a link names that the dataset lacks, once it opens, and says so', () => {
    const store = createExplorerStore();
    const actor = checked.dataset.actors[0]?.id as string;
    applyUrlState(store, decodeUrlState(`?actor=nobody&speaker=${actor}&speaker=ghost&path=${actor},nowhere`));
    expect(store.getState().ignoredLinkParts).toEqual([]);
    store.getState().datasetLoaded(checked, []);
    const state = store.getState();
    expect(state.selection).toBeNull();
    expect(state.path).toBeNull();
    expect(state.filters.speakers).toEqual([actor]);
    expect(state.ignoredLinkParts).toEqual([
      { key: 'actor', value: 'nobody', reason: 'unknown-actor' },
      { key: 'path', value: 'nowhere', reason: 'unknown-actor' },
      { key: 'speaker', value: 'ghost', reason: 'unknown-actor' },
    ]);
    state.dismissLinkNotice();
    expect(store.getState().ignoredLinkParts).toEqual([]);
    // Back/forward to a link naming what the dataset on screen lacks: left out at once.
    applyUrlState(store, decodeUrlState('?speaker=ghost'));
    expect(store.getState().filters.speakers).toEqual([]);
    expect(store.getState().ignoredLinkParts).toHaveLength(1);
  });
});
