// Store slice: the checked dataset on screen and the warnings its validation gave.
import type { CheckedDataset } from '../domain/model';
import type { Problem } from '../domain/problems';
import type { Selection, SliceCreator } from './types';

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
    set((state) => ({
      checked,
      warnings,
      // A selection restored from a URL may name something this dataset lacks.
      selection: selectionIn(state.selection, checked),
    })),
});

/** The selection if the dataset holds what it names, else nothing. */
export function selectionIn(selection: Selection, checked: CheckedDataset): Selection {
  if (selection === null) return null;
  const exists =
    selection.kind === 'actor' ? checked.actorsById.has(selection.id) : checked.relationIndexById.has(selection.id);
  return exists ? selection : null;
}
