// Page layout: the header with the open-dataset controls, notices and import status, then the explorer once a dataset is on screen.
import { DraftsNotice } from './features/import/DraftsNotice';
import { DropZone } from './features/import/DropZone';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { Explorer } from './features/explorer/Explorer';
import { ImportControls } from './features/import/ImportControls';
import { ImportStatusPanel } from './features/import/ImportStatusPanel';
import { WarningsNotice } from './features/import/WarningsNotice';
import { datasetKey } from './store/selectors';
import { StoreProvider, useExplorer } from './store/StoreProvider';
import { CurationSessionContext } from './session/CurationSessionContext';
import { useExplorerSession } from './session/useExplorerSession';
import { lazy, Suspense, useEffect, useState } from 'react';
import { readerFormatter } from './i18n/readerFormatter';
import { prepareWhenIdle } from './i18n/prepareWhenIdle';
import { I18nProvider, useI18n } from './i18n/I18nProvider';
import './app.css';

const WorkbenchDialogs = lazy(() =>
  import('./features/workbench/WorkbenchDialogs').then((module) => ({ default: module.WorkbenchDialogs })),
);

function Page() {
  const { t } = useI18n();
  const hasDataset = useExplorer((state) => state.checked !== null);
  const key = useExplorer(datasetKey);
  const title = useExplorer((state) => state.checked?.dataset.title);
  const dialogOpen = useExplorer((state) => state.dialog !== null);
  return (
    <div className="page">
      <header className="page__header">
        <h1>{title ?? t('app.title')}</h1>
        <ImportControls />
      </header>
      <DraftsNotice />
      <ImportStatusPanel />
      <WarningsNotice />
      {hasDataset && (
        // Keyed by the dataset, so opening another one gets a fresh chance after a crash.
        <ErrorBoundary key={key} what={t('app.region.explorer')}>
          <Explorer />
        </ErrorBoundary>
      )}
      <DropZone />
      {dialogOpen && (
        <ErrorBoundary what={t('app.region.dialog')}>
          <Suspense fallback={null}>
            <WorkbenchDialogs />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}

export function App() {
  const { store, session } = useExplorerSession();
  // The reader's locale and language, read once from the browser.
  const [formatter] = useState(readerFormatter);
  // Screen readers pronounce the page in the language its words are in.
  useEffect(() => {
    document.documentElement.lang = formatter.language;
  }, [formatter]);
  // The first click would otherwise parse the words of the panel it opens: parse them while the page is idle.
  useEffect(() => prepareWhenIdle(formatter), [formatter]);
  return (
    <I18nProvider formatter={formatter}>
      <StoreProvider store={store}>
        <CurationSessionContext.Provider value={session}>
          <Page />
        </CurationSessionContext.Provider>
      </StoreProvider>
    </I18nProvider>
  );
}
