// The one explorer store, combined from its slices; vanilla so state transitions are testable without React.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { temporal } from 'zundo';
import { createCurationSlice } from './curationSlice';
import { createDatasetSlice } from './datasetSlice';
import { createDialogSlice } from './dialogSlice';
import { createFiltersSlice } from './filtersSlice';
import { historyOptions, type HistoryApi } from './history';
import { createImportSlice } from './importSlice';
import { createLinkNoticeSlice } from './linkNoticeSlice';
import { createPathSlice } from './pathSlice';
import { createSelectionSlice } from './selectionSlice';
import { createSuggestionSlice } from './suggestionSlice';
import type { ExplorerState } from './types';
import { createViewSlice } from './viewSlice';

/** With `temporal`: the undo/redo history of curation edits (history.ts). */
export type ExplorerStore = StoreApi<ExplorerState> & { temporal: HistoryApi };

export function createExplorerStore(): ExplorerStore {
  return createStore<ExplorerState>()(
    temporal(
      (...args) => ({
        ...createDatasetSlice(...args),
        ...createSelectionSlice(...args),
        ...createFiltersSlice(...args),
        ...createViewSlice(...args),
        ...createPathSlice(...args),
        ...createLinkNoticeSlice(...args),
        ...createCurationSlice(...args),
        ...createImportSlice(...args),
        ...createDialogSlice(...args),
        ...createSuggestionSlice(...args),
      }),
      historyOptions<ExplorerState>(),
    ),
  );
}
