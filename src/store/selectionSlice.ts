// Store slice: the selected actor or relation.
import type { Selection } from '../domain/selection';
import type { SliceCreator } from './types';

export interface SelectionSlice {
  selection: Selection;
  select(selection: Selection): void;
  clearSelection(): void;
}

export const sameSelection = (a: Selection, b: Selection) =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  selection: null,
  // Returning the state itself when nothing changes leaves it as it is: subscribers (URL sync, autosave) stay asleep.
  select: (selection) => set((state) => (sameSelection(state.selection, selection) ? state : { selection })),
  clearSelection: () => set((state) => (state.selection === null ? state : { selection: null })),
});
