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
export const HISTORY_LIMIT = 100;

export function historyOptions<State extends TrackedState>(): ZundoOptions<State, TrackedState> {
  return {
    partialize: (state) => ({ checked: state.checked, warnings: state.warnings }),
    // Only a new dataset is a step: selections, filters and the view never enter the history.
    equality: (past, current) => past.checked === current.checked,
    limit: HISTORY_LIMIT,
  };
}

/** The history behind a store built with temporal(); zundo types it as `unknown` inside the slices. */
export function historyOf(api: unknown): HistoryApi {
  const history = (api as { temporal?: HistoryApi }).temporal;
  if (!history) throw new Error('the explorer store was built without the temporal (undo/redo) middleware');
  return history;
}
