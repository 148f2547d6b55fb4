// Starts an explorer session: one store, kept in step with the URL, opening the dataset the URL names (with its autosaved edits).
import { useEffect, useState } from 'react';
import { indexedDbDraftStorage, type DraftStorage } from './draftStorage';
import { createCurationSession, type CurationSession, type CurationSessionOptions } from './curationSession';
import { datasetUrlFrom } from './datasetUrl';
import { createExplorerStore, type ExplorerStore } from '../store/store';
import { startUrlSync } from './urlSync';

/** Where drafts go (IndexedDB unless given) and how the session validates and autosaves. */
export interface ExplorerSessionOptions extends CurationSessionOptions {
  storage?: DraftStorage;
}

/**
 * The store and the session are made while rendering, without effects; autosave, the URL sync and the first open start
 * in an effect and stop in its cleanup, so an unmount and remount (StrictMode's, or a hidden Activity shown again)
 * leaves them running.
 */
export function useExplorerSession(options: ExplorerSessionOptions = {}): {
  store: ExplorerStore;
  session: CurationSession;
} {
  const [store] = useState(createExplorerStore);
  const [session] = useState(() => createCurationSession(store, options.storage ?? indexedDbDraftStorage(), options));
  useEffect(() => {
    session.start();
    const stopSync = startUrlSync(store);
    // A second open (the effect run again) cancels the first: openDatasetInto keeps one open at a time.
    void session.openUrl(datasetUrlFrom(window.location));
    return () => {
      stopSync();
      session.stop();
    };
  }, [store, session]);
  return { store, session };
}
