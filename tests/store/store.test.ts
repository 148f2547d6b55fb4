// Store actions and derived selections, without React.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import type { Filters } from '../../src/domain/query';
import { DEFAULT_FILTERS, filtersActive, withFilter } from '../../src/filters/filterTable';
import { allShown, onlyShown, shownAmong, toggled } from '../../src/store/filterTransitions';
import {
  selectFilterCounts,
  selectStatusCounts,
  selectVisibility,
  selectVisibleCounts,
  statusOptions,
} from '../../src/store/selectors';
import { createExplorerStore } from '../../src/store/store';
import { applyUrlState } from '../../src/session/urlSync';
import { decodeUrlState } from '../../src/session/urlState';
import { loadSmallFixture, withClaimStatuses } from '../graph/fixture';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

function readyStore() {
  const store = createExplorerStore();
  store.getState().datasetLoaded(checked, []);
  return store;
}

/** A filter changed from its current value and kept as the store keeps it (setFilter). */
const changed = <K extends keyof Filters>(filters: Filters, key: K, update: (value: Filters[K]) => Filters[K]) =>
  withFilter(filters, key, update(filters[key]));

describe('filter transitions', () => {
  it('toggle, all, none and only', () => {
    const hidden = changed(DEFAULT_FILTERS, 'hiddenTypes', (list) => toggled(list, 'strikes'));
    expect(hidden.hiddenTypes).toEqual(['strikes']);
    expect(changed(hidden, 'hiddenTypes', (list) => toggled(list, 'strikes')).hiddenTypes).toEqual([]);
    expect(changed(DEFAULT_FILTERS, 'hiddenKinds', () => allShown(['state', 'person'], false)).hiddenKinds).toEqual([
      'person',
      'state',
    ]);
    expect(changed(hidden, 'hiddenKinds', () => allShown(['state'], true)).hiddenKinds).toEqual([]);
    expect(changed(DEFAULT_FILTERS, 'hiddenTypes', () => onlyShown(['a', 'b', 'c'], 'b')).hiddenTypes).toEqual([
      'a',
      'c',
    ]);
    const someHidden = { ...DEFAULT_FILTERS, hiddenTypes: ['a', 'c'] };
    expect(changed(someHidden, 'hiddenTypes', (list) => shownAmong(list, ['c', 'd'], false)).hiddenTypes).toEqual([
      'a',
      'c',
      'd',
    ]);
    expect(changed(someHidden, 'hiddenTypes', (list) => shownAmong(list, ['c', 'd'], true)).hiddenTypes).toEqual(['a']);
    expect(filtersActive(DEFAULT_FILTERS)).toBe(false);
    expect(filtersActive(hidden)).toBe(true);
  });
});

describe('the claim status filter', () => {
  it('is active when it hides more than the denied relations, or shows them', () => {
    expect(filtersActive({ ...DEFAULT_FILTERS, hiddenStatuses: ['denied'] })).toBe(false);
    const shown = changed(DEFAULT_FILTERS, 'hiddenStatuses', (list) => toggled(list, 'denied'));
    expect(shown.hiddenStatuses).toEqual([]);
    expect(filtersActive(shown)).toBe(true);
    const more = changed(DEFAULT_FILTERS, 'hiddenStatuses', (list) => toggled(list, 'probable'));
    expect(more.hiddenStatuses).toEqual(['denied', 'probable']);
    expect(filtersActive(more)).toBe(true);
    expect(
      changed(DEFAULT_FILTERS, 'hiddenStatuses', () => onlyShown(['asserted', 'probable', 'denied'], 'denied')),
    ).toMatchObject({ hiddenStatuses: ['asserted', 'probable'] });
  });

  it('offers the statuses the dataset has, in their order, and counts the visible relations of each', async () => {
    const judged = await loadSmallFixture(withClaimStatuses);
    expect(statusOptions(judged).options).toEqual([
      { id: 'asserted', total: 6 },
      { id: 'probable', total: 1 },
      { id: 'possible', total: 1 },
      { id: 'contested', total: 1 },
      { id: 'denied', total: 1 },
    ]);
    expect(statusOptions(checked).ids).toEqual(['asserted']);
    const store = createExplorerStore();
    store.getState().datasetLoaded(judged, []);
    expect(Object.fromEntries(selectStatusCounts(store.getState()))).toEqual({
      asserted: 6,
      probable: 1,
      possible: 1,
      contested: 1,
      denied: 0,
    });
    store.getState().setFilter('hiddenStatuses', (hidden) => toggled(hidden, 'denied'));
    expect(selectStatusCounts(store.getState()).get('denied')).toBe(1);
    expect(selectVisibility(store.getState())?.relationIds.has('r4')).toBe(true);
    store.getState().setFilter('hiddenTypes', (hidden) => toggled(hidden, 'meets'));
    expect(selectStatusCounts(store.getState()).get('possible')).toBe(0);
  });
});

describe('explorer store', () => {
  it('loads a dataset and keeps a selection only when it exists', () => {
    const store = createExplorerStore();
    store.getState().select({ kind: 'actor', id: 'nobody' });
    store.getState().datasetLoaded(checked, []);
    expect(store.getState().selection).toBeNull();
    store.getState().select({ kind: 'relation', id: 'r1' });
    store.getState().datasetLoaded(checked, []);
    expect(store.getState().selection).toEqual({ kind: 'relation', id: 'r1' });
  });

  it('selects and clears, keeping the same state for the same selection', () => {
    const store = readyStore();
    store.getState().select({ kind: 'actor', id: 'atlantis' });
    const selected = store.getState();
    store.getState().select({ kind: 'actor', id: 'atlantis' });
    expect(store.getState()).toBe(selected);
    store.getState().clearSelection();
    expect(store.getState().selection).toBeNull();
  });

  it('derives visibility once per change and counts what is visible', () => {
    const store = readyStore();
    const first = selectVisibility(store.getState());
    expect(selectVisibility(store.getState())).toBe(first);
    // Selecting without focus does not recompute.
    store.getState().select({ kind: 'actor', id: 'atlantis' });
    expect(selectVisibility(store.getState())).toBe(first);
    store.getState().setFilter('hiddenTypes', (hidden) => toggled(hidden, 'member-of'));
    const second = selectVisibility(store.getState());
    expect(second).not.toBe(first);
    expect(second?.relationIds.size).toBe(7);
    expect(selectVisibleCounts(store.getState()).get('member-of')).toBeUndefined();
    expect(selectVisibleCounts(store.getState()).get('strikes')).toBe(1);
    expect(selectFilterCounts(store.getState()).documents.get('rivals')).toBe(2);
  });

  it('focuses on the selection', () => {
    const store = readyStore();
    store.getState().setFocusHops(1);
    expect(selectVisibility(store.getState())?.actorIds.size).toBe(10);
    store.getState().select({ kind: 'relation', id: 'r1' });
    expect([...(selectVisibility(store.getState())?.actorIds ?? [])].sort()).toEqual([
      'atlantis',
      'borduria',
      'kurvi-tasch',
      'syldavia',
      'zorrino-front',
    ]);
  });

  it('applies a URL state, viewport included', () => {
    const store = readyStore();
    applyUrlState(store, decodeUrlState('?relation=r2&hide-kind=person&view=2,5,6&table=closed'));
    const state = store.getState();
    expect(state.selection).toEqual({ kind: 'relation', id: 'r2' });
    expect(state.filters.hiddenKinds).toEqual(['person']);
    expect(state.panels).toEqual({ filters: 'auto', details: 'auto', table: 'closed' });
    expect(state.viewport).toEqual({ zoom: 2, pan: { x: 5, y: 6 } });
  });
});
