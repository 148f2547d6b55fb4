// The explorer's page regions once a dataset is loaded: controls, canvas, details, filters, legend and table.
import { GraphCanvas } from '../canvas/GraphCanvas';
import { useExplorer } from '../store/StoreProvider';
import { CanvasNotice } from './CanvasNotice';
import { CurationDrawer } from './CurationDrawer';
import { CurationToolbar } from './CurationToolbar';
import { DetailsPanel } from './DetailsPanel';
import { ExportMenu } from './ExportMenu';
import { FiltersPanel } from './FiltersPanel';
import { GraphTooltip } from './GraphTooltip';
import { Legend } from './Legend';
import { RelationTable } from './RelationTable';
import { SearchBox } from './SearchBox';
import { Toolbar } from './Toolbar';
import { VisibleSummary } from './VisibleSummary';

export function Explorer() {
  const tableOpen = useExplorer((state) => state.tableOpen);
  const datasetUrl = useExplorer((state) => (state.load.phase === 'ready' ? state.load.url : ''));
  return (
    <div className="explorer">
      <div className="explorer__controls">
        <SearchBox />
        <Toolbar />
        <VisibleSummary />
        <ExportMenu />
        <CurationToolbar />
      </div>
      <aside className="explorer__side">
        <FiltersPanel />
        <Legend />
      </aside>
      <main className="explorer__main">
        <div className="canvas-wrap">
          <GraphCanvas key={datasetUrl} />
          <GraphTooltip />
          <CanvasNotice />
        </div>
        {tableOpen && <RelationTable />}
      </main>
      <aside className="explorer__details">
        <DetailsPanel />
      </aside>
      <CurationDrawer />
    </div>
  );
}
