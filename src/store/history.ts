// Undo and redo of curation edits (zundo): the history tracks the checked dataset and its warnings, nothing else.
import type { StoreApi } from 'zustand';
import type { TemporalState, ZundoOptions } from 'zundo';
import type { CheckedDataset } from '../domain/model';
import type { Problem } from '../domain/problems';

export interface TrackedState {
  checked: CheckedDataset | null;
  warnings: Problem[];
}

export type HistoryApi = StoreApi<TemporalState<TrackedState>>;

/** Enough to walk back a curation session; each step holds a whole checked dataset. */
const HISTORY_LIMIT = 100;

export function historyOptions<State extends TrackedState>(): ZundoOptions<State, TrackedState> {
  return {
    partialize: (state) => ({ checked: state.checked, warnings: state.warnings }),
    // Only a new dataset is a step: selections, filters and the view never enter the history.
    equality: (past, current) => past.checked === current.checked,
    limit: HISTORY_LIMIT,
  };
}

/**
 * The history behind a slice's store api. Inside a slice zundo types `temporal` as unknown (the tracked state is only
 * known once the store is combined), so this is the one place that names its type.
 */
export function historyOf(api: { temporal: unknown }): HistoryApi {
  return api.temporal as HistoryApi;
}
