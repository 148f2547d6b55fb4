// Store slice: the selected actor or relation, the hovered element, and requests to centre the selection.
import type { Selection, SliceCreator } from './types';

export interface Hover {
  kind: 'actor' | 'relation';
  id: string;
  /** Rendered position on the canvas, for the tooltip. */
  x: number;
  y: number;
}

export interface SelectionSlice {
  selection: Selection;
  hover: Hover | null;
  /** Bumped when the canvas should centre the selection (search, table, panel), not on canvas clicks. */
  centreRequest: number;
  select(selection: Selection, options?: { centre?: boolean }): void;
  clearSelection(): void;
  setHover(hover: Hover | null): void;
}

export const sameSelection = (a: Selection, b: Selection) =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  selection: null,
  hover: null,
  centreRequest: 0,
  select: (selection, options) =>
    set((state) => ({
      selection: sameSelection(state.selection, selection) ? state.selection : selection,
      centreRequest: options?.centre && selection !== null ? state.centreRequest + 1 : state.centreRequest,
    })),
  clearSelection: () => set((state) => (state.selection === null ? {} : { selection: null })),
  setHover: (hover) => set({ hover }),
});
