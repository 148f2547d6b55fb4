// The explorer store's shape: the slices' state and actions, combined.
import type { StateCreator } from 'zustand';
import type { CurationSlice } from './curationSlice';
import type { DatasetSlice } from './datasetSlice';
import type { DialogSlice } from './dialogSlice';
import type { FiltersSlice } from './filtersSlice';
import type { ImportSlice } from './importSlice';
import type { LinkNoticeSlice } from './linkNoticeSlice';
import type { PathSlice } from './pathSlice';
import type { SelectionSlice } from './selectionSlice';
import type { SuggestionSlice } from './suggestionSlice';
import type { ViewSlice } from './viewSlice';

export type ExplorerState = DatasetSlice &
  SelectionSlice &
  FiltersSlice &
  ViewSlice &
  PathSlice &
  LinkNoticeSlice &
  CurationSlice &
  ImportSlice &
  DialogSlice &
  SuggestionSlice;
/** Every slice is written against the combined store with its undo/redo middleware (zundo's temporal). */
export type SliceCreator<Slice> = StateCreator<ExplorerState, [['temporal', unknown]], [], Slice>;

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}
