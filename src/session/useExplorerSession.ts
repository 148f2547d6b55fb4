// Starts an explorer session: one store, kept in step with the URL, opening the dataset the URL names (with its autosaved edits).
import { useEffect, useState } from 'react';
import { indexedDbDraftStorage } from './draftStorage';
import { startCurationSession, type CurationSession } from './curationSession';
import { datasetUrlFrom } from './datasetUrl';
import { createExplorerStore, type ExplorerStore } from '../store/store';
import { startUrlSync } from './urlSync';

export function useExplorerSession(): { store: ExplorerStore; session: CurationSession } {
  const [store] = useState(createExplorerStore);
  const [session] = useState(() => startCurationSession(store, indexedDbDraftStorage()));
  useEffect(() => {
    const stopSync = startUrlSync(store);
    void session.openUrl(datasetUrlFrom(window.location));
    return () => {
      stopSync();
      session.stop();
    };
  }, [store, session]);
  return { store, session };
}
