// Starts an explorer session: one store, kept in step with the URL, opening the dataset the URL names (with its autosaved edits).
import { useEffect, useState } from 'react';
import { indexedDbDraftStorage } from './draftStorage';
import { startCurationSession, type CurationSession } from './curationSession';
import { datasetUrlFrom, DEFAULT_DATASET_URL } from './datasetUrl';
import { DRAFT_PARAM, followSourceInUrl } from './sourceUrl';
import { fileProblem } from '../io/refusal';
import { ioWords } from '../io/ioWords';
import { createExplorerStore, type ExplorerStore } from '../store/store';
import { startUrlSync } from './urlSync';

export function useExplorerSession(): { store: ExplorerStore; session: CurationSession } {
  const [store] = useState(createExplorerStore);
  const [session] = useState(() => startCurationSession(store, indexedDbDraftStorage()));
  useEffect(() => {
    const stopSync = startUrlSync(store);
    const stopSourceUrl = followSourceInUrl(store, new URL(DEFAULT_DATASET_URL, window.location.href).href);
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
    store.getState().openingRefused(draft, [fileProblem(draft, ioWords().t('workbench.draftMissing'))]);
}
