// Store slice: the loaded dataset and where loading stands (loading, ready, invalid, failed).
import type { CheckedDataset } from '../domain/model';
import type { Problem } from '../domain/validate';
import type { Selection, SliceCreator } from './types';

export type LoadStatus =
  | { phase: 'idle' }
  | { phase: 'loading'; url: string }
  | { phase: 'ready'; url: string }
  | { phase: 'invalid'; url: string; problems: Problem[] }
  | { phase: 'failed'; url: string; message: string };

export interface DatasetSlice {
  load: LoadStatus;
  checked: CheckedDataset | null;
  /** Warnings from validation of a dataset that loaded. */
  warnings: Problem[];
  startLoading(url: string): void;
  datasetLoaded(url: string, checked: CheckedDataset, warnings: Problem[]): void;
  datasetInvalid(url: string, problems: Problem[]): void;
  loadFailed(url: string, message: string): void;
}

export const createDatasetSlice: SliceCreator<DatasetSlice> = (set) => ({
  load: { phase: 'idle' },
  checked: null,
  warnings: [],
  startLoading: (url) => set({ load: { phase: 'loading', url } }),
  datasetLoaded: (url, checked, warnings) =>
    set((state) => ({
      load: { phase: 'ready', url },
      checked,
      warnings,
      // A selection restored from a URL may name something this dataset lacks.
      selection: selectionExists(state.selection, checked) ? state.selection : null,
    })),
  datasetInvalid: (url, problems) => set({ load: { phase: 'invalid', url, problems }, checked: null }),
  loadFailed: (url, message) => set({ load: { phase: 'failed', url, message }, checked: null }),
});

function selectionExists(selection: Selection, checked: CheckedDataset): boolean {
  if (selection === null) return true;
  if (selection.kind === 'actor') return checked.actorsById.has(selection.id);
  return checked.dataset.relations.some((relation) => relation.id === selection.id);
}
