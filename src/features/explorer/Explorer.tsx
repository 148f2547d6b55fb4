// The explorer's page regions once a dataset is loaded: controls, canvas, details, filters, legend and table.
import { GraphCanvas } from '../../canvas/GraphCanvas';
import { GraphProvider } from '../../canvas/GraphContext';
import { useDeferredValue } from 'react';
import { datasetKey } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';
import { CanvasNotice } from './CanvasNotice';
import { CurationDrawer } from '../curation/CurationDrawer';
import { CurationToolbar } from '../curation/CurationToolbar';
import { DetailsPanel } from '../details/DetailsPanel';
import { ExportMenu } from '../export/ExportMenu';
import { FiltersPanel } from '../filters/FiltersPanel';
import { Legend } from '../legend/Legend';
import { RelationTable } from '../table/RelationTable';
import { SearchBox } from '../search/SearchBox';
import { Toolbar } from './Toolbar';
import { VisibleSummary } from './VisibleSummary';

export function Explorer() {
  const tableOpen = useExplorer((state) => state.tableOpen);
  // The panels beside the canvas (fixed-width columns, so the canvas keeps its size) render in a second,
  // interruptible pass: the graph is drawn first, and a dataset with a thousand documents does not hold the first
  // frame back with a thousand filter checkboxes. The table defers its rows itself.
  const panels = useDeferredValue(true, false);
  const datasetUrl = useExplorer(datasetKey);
  return (
    <GraphProvider>
      <div className="explorer">
        <div className="explorer__controls">
          <SearchBox />
          <Toolbar />
          <VisibleSummary />
          <ExportMenu />
          <CurationToolbar />
        </div>
        <aside className="explorer__side">
          {panels && (
            <>
              <FiltersPanel />
              <Legend />
            </>
          )}
        </aside>
        <main className="explorer__main">
          <div className="canvas-wrap">
            <GraphCanvas key={datasetUrl} />
            <CanvasNotice />
          </div>
          {tableOpen && <RelationTable />}
        </main>
        <aside className="explorer__details">{panels && <DetailsPanel />}</aside>
        <CurationDrawer />
      </div>
    </GraphProvider>
  );
}
