// Page layout: the header with the open-dataset controls, import status, then the explorer once a dataset is on screen.
// First: zod must be configured before any schema is built (the CSP forbids the eval its fast path needs).
import './io/zodWithoutEval';
import { DraftsNotice } from './features/import/DraftsNotice';
import { DropZone } from './features/import/DropZone';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { Explorer } from './features/explorer/Explorer';
import { ImportControls } from './features/import/ImportControls';
import { ImportStatusPanel } from './features/import/ImportStatusPanel';
import { LoadStatusView } from './features/import/LoadStatusView';
import { StoreProvider, useExplorer } from './store/StoreProvider';
import { CurationSessionContext } from './session/useCurated';
import { useExplorerSession } from './session/useExplorerSession';
import './app.css';

function Page() {
  const load = useExplorer((state) => state.load);
  const title = useExplorer((state) => state.checked?.dataset.title);
  const refused = useExplorer((state) => state.importStatus.phase === 'refused');
  return (
    <div className="page">
      <header className="page__header">
        <h1>{title ?? 'Geopolitical relations explorer'}</h1>
        <ImportControls />
      </header>
      <DraftsNotice />
      <ImportStatusPanel />
      {load.phase === 'ready' ? (
        // Keyed by the dataset, so opening another one gets a fresh chance after a crash.
        <ErrorBoundary key={load.url} what="the explorer">
          <Explorer />
        </ErrorBoundary>
      ) : (
        !refused && <LoadStatusView load={load} />
      )}
      <DropZone />
    </div>
  );
}

export function App() {
  const { store, session } = useExplorerSession();
  return (
    <StoreProvider store={store}>
      <CurationSessionContext.Provider value={session}>
        <Page />
      </CurationSessionContext.Provider>
    </StoreProvider>
  );
}
