// React access to the curation state and the curation session (opening, drafts, discard) for the import and curation panels.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { TemporalState } from 'zundo';
import type { CurationSession } from './curationSession';
import type { CuratedState, CuratedStore } from '../store/curatedStore';
import type { TrackedState } from '../store/history';
import { useExplorerStore } from '../store/StoreProvider';

export const CurationSessionContext = createContext<CurationSession | null>(null);

export function useCurationSession(): CurationSession {
  const session = useContext(CurationSessionContext);
  if (session === null) throw new Error('useCurationSession needs a <CurationSessionContext.Provider> above it.');
  return session;
}

export function useCuratedStore(): CuratedStore {
  return useExplorerStore();
}

export function useCurated<T>(selector: (state: CuratedState) => T): T {
  return useStore(useCuratedStore(), selector);
}

export function useHistory<T>(selector: (state: TemporalState<TrackedState>) => T): T {
  return useStore(useCuratedStore().temporal, selector);
}
