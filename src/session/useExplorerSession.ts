// Starts an explorer session: one store, kept in step with the URL, opening the dataset the URL names (with its autosaved edits).
import { useEffect, useState } from 'react';
import { indexedDbDraftStorage, type DraftStorage } from './draftStorage';
import { createCurationSession, type CurationSession, type CurationSessionOptions } from './curationSession';
import { datasetUrlFrom, DEFAULT_DATASET_URL } from './datasetUrl';
import { DRAFT_PARAM, followSourceInUrl } from './sourceUrl';
import { fileProblem } from '../io/refusal';
import { readerFormatter } from '../i18n/readerFormatter';
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
    const stopSourceUrl = followSourceInUrl(store, new URL(DEFAULT_DATASET_URL, window.location.href).href);
    // A second open (the effect run again) cancels the first: openDatasetInto keeps one open at a time.
    void openFirst(store, session);
    return () => {
      stopSync();
      stopSourceUrl();
      session.stop();
    };
  }, [store, session]);
  return { store, session };
}

/** What the address names: a draft kept in this browser (?draft=), else ?data= or the bundled dataset. */
async function openFirst(store: ExplorerStore, session: CurationSession): Promise<void> {
  const draft = new URLSearchParams(window.location.search).get(DRAFT_PARAM);
  if (draft !== null && (await session.openDraft(draft))) return;
  await session.openUrl(datasetUrlFrom(window.location));
  // A link to a draft this browser does not hold (another browser's, or one discarded): said once the rest is open.
  if (draft !== null)
    store.getState().openingRefused(draft, [fileProblem(draft, readerFormatter().t('workbench.draftMissing'))]);
}
