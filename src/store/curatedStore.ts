// The store type curation code works with: the explorer's store, which holds the curation and import slices and the undo/redo history.
import type { ExplorerStore } from './store';
import type { ExplorerState } from './types';

export type CuratedState = ExplorerState;
export type CuratedStore = ExplorerStore;
