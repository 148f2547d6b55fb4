// Test helper: render curation components with a store holding the sample dataset, a session with in-memory drafts and
// the test formatter.
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { memoryDraftStorage } from '../../src/session/draftStorage';
import { validateInPage } from '../../src/io/validateOffThread';
import { startCurationSession } from '../../src/session/curationSession';
import { StoreProvider } from '../../src/store/StoreProvider';
import { CurationSessionContext } from '../../src/session/CurationSessionContext';
import { checkedOf, createCuratedTestStore } from '../curation/sample';
import { WithI18n } from './testI18n';

afterEach(() => cleanup());

export function renderCurated(ui: ReactElement, options: { opened?: boolean } = {}) {
  const store = createCuratedTestStore();
  const storage = memoryDraftStorage();
  const session = startCurationSession(store, storage, { validate: validateInPage, autosaveDelayMs: 5 });
  if (options.opened !== false) store.getState().datasetOpened({ kind: 'file', name: 'sample.json' }, checkedOf(), []);
  const view = render(
    <WithI18n>
      <StoreProvider store={store}>
        <CurationSessionContext.Provider value={session}>{ui}</CurationSessionContext.Provider>
      </StoreProvider>
    </WithI18n>,
    // As in the app's development build (renderWithStore.tsx).
    { reactStrictMode: true },
  );
  return { store, storage, session, ...view };
}
