// Page layout: the header, then the explorer once the dataset is loaded, or what is happening until then.
import { Explorer } from './components/Explorer';
import { LoadStatusView } from './components/LoadStatusView';
import { StoreProvider, useExplorer } from './store/StoreProvider';
import { useExplorerSession } from './store/useExplorerSession';
import './app.css';

function Page() {
  const load = useExplorer((state) => state.load);
  const title = useExplorer((state) => state.checked?.dataset.title);
  return (
    <div className="page">
      <header className="page__header">
        <h1>{title ?? 'Geopolitical relations explorer'}</h1>
      </header>
      {load.phase === 'ready' ? <Explorer /> : <LoadStatusView load={load} />}
    </div>
  );
}

export function App() {
  const store = useExplorerSession();
  return (
    <StoreProvider store={store}>
      <Page />
    </StoreProvider>
  );
}
