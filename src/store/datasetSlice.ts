// Store slice: the checked dataset on screen and the warnings its validation gave.
import type { CheckedDataset } from '../domain/model';
import type { Problem } from '../domain/problems';
import { keepKnownIds } from './knownIds';
import type { Selection } from '../domain/selection';
import type { SliceCreator } from './types';

export interface DatasetSlice {
  checked: CheckedDataset | null;
  /** Warnings from the validation of the dataset on screen (they never block it). */
  warnings: Problem[];
  datasetLoaded(checked: CheckedDataset, warnings: Problem[]): void;
}

export const createDatasetSlice: SliceCreator<DatasetSlice> = (set) => ({
  checked: null,
  warnings: [],
  datasetLoaded: (checked, warnings) =>
    set((state) => {
      // A link restored before the dataset arrived may name what this dataset lacks: left out, and said so when
      // the dataset is new (an edit that deletes a chosen actor just lets it go).
      const kept = keepKnownIds(state, checked);
      const fresh = state.checked === null || state.checked.dataset.id !== checked.dataset.id;
      return {
        checked,
        warnings,
        selection: kept.selection,
        path: kept.path,
        filters: kept.filters,
        ...(fresh && kept.ignored.length > 0 && { ignoredLinkParts: [...state.ignoredLinkParts, ...kept.ignored] }),
      };
    }),
});

/** The selection if the dataset holds what it names, else nothing. */
export function selectionIn(selection: Selection, checked: CheckedDataset): Selection {
  if (selection === null) return null;
  const exists =
    selection.kind === 'actor' ? checked.actorsById.has(selection.id) : checked.relationIndexById.has(selection.id);
  return exists ? selection : null;
}
