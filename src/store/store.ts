// The one explorer store, combined from its slices; vanilla so state transitions are testable without React.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDatasetSlice } from './datasetSlice';
import { createFiltersSlice } from './filtersSlice';
import { createSelectionSlice } from './selectionSlice';
import type { ExplorerState } from './types';
import type { UrlState } from './urlState';
import { createViewSlice } from './viewSlice';

export type ExplorerStore = StoreApi<ExplorerState>;

export function createExplorerStore(): ExplorerStore {
  return createStore<ExplorerState>()((...args) => ({
    ...createDatasetSlice(...args),
    ...createSelectionSlice(...args),
    ...createFiltersSlice(...args),
    ...createViewSlice(...args),
  }));
}

/** Restore what a URL describes (on load and on back/forward). */
export function applyUrlState(store: ExplorerStore, url: UrlState): void {
  store.setState((state) => ({
    selection: url.selection,
    filters: url.filters,
    focusHops: url.focusHops,
    groupByAffiliation: url.groupByAffiliation,
    tableOpen: url.tableOpen,
    viewport: url.viewport,
    viewportRequest: state.viewportRequest + 1,
  }));
}
