// React access to the explorer store: a provider and the selector hook components read through.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { TemporalState } from 'zundo';
import type { TrackedState } from './history';
import type { ExplorerStore } from './store';
import type { ExplorerState } from './types';

const StoreContext = createContext<ExplorerStore | null>(null);

export function StoreProvider({ store, children }: { store: ExplorerStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useExplorerStore(): ExplorerStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useExplorer needs a <StoreProvider> above it.');
  return store;
}

/** Read the store through a selector; wrap computed selections in useShallow. */
export function useExplorer<T>(selector: (state: ExplorerState) => T): T {
  return useStore(useExplorerStore(), selector);
}

/** Read the undo/redo history of curation edits through a selector. */
export function useHistory<T>(selector: (state: TemporalState<TrackedState>) => T): T {
  return useStore(useExplorerStore().temporal, selector);
}
