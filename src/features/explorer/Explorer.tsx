// The explorer's frame once a dataset is loaded: the bar of controls, the graph with most of the window, the filters and
// legend on one side, the details on the other, and the relations table in a drawer under the graph.
import { useCallback, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { GraphCanvas } from '../../canvas/GraphCanvas';
import { GraphProvider } from '../../canvas/GraphContext';
import { useI18n } from '../../i18n/I18nProvider';
import { datasetKey } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';
import { CurationDrawer } from '../curation/CurationDrawer';
import { CurationToolbar } from '../curation/CurationToolbar';
import { DetailsPanel } from '../details/DetailsPanel';
import { ExportMenu } from '../export/ExportMenu';
import { FiltersPanel } from '../filters/FiltersPanel';
import { Legend } from '../legend/Legend';
import { SearchBox } from '../search/SearchBox';
import { SourcesView } from '../sources/SourcesView';
import { RelationTable } from '../table/RelationTable';
import { AsOfBadge } from '../timeline/AsOfBadge';
import { TimelineStrip } from '../timeline/TimelineStrip';
import { CanvasNotice } from './CanvasNotice';
import { Icon } from '../../ui/icons';
import { LinkNotice } from './LinkNotice';
import { PanelFrame } from './PanelFrame';
import { PanelToggle } from './PanelToggle';
import { Toolbar } from './Toolbar';
import { takesEscape, useDismiss } from '../../ui/useDismiss';
import { usePanelControls } from './usePanelControls';
import { VisibleSummary } from './VisibleSummary';
import './explorer.css';

export function Explorer() {
  const { t } = useI18n();
  const controls = usePanelControls();
  // On a narrow screen the view, export and curation controls fold behind one button.
  const [toolsOpen, setToolsOpen] = useState(false);
  const toolsId = useId();
  const toolsToggle = useRef<HTMLButtonElement>(null);
  const tools = useRef<HTMLDivElement>(null);
  const foldTools = useCallback(() => setToolsOpen(false), []);
  const toolsParts = useMemo(() => [toolsToggle, tools], []);
  // Pointing at the graph, or into a drawer a tool opened, folds the tools away.
  useDismiss(toolsOpen, toolsParts, foldTools);
  // The panels' contents render in a second, interruptible pass: the graph is drawn first, and a dataset with a
  // thousand documents does not hold the first frame back with a thousand filter checkboxes. The frame around them is
  // there from the start, so the canvas keeps its size. The table defers its rows itself.
  const panels = useDeferredValue(true, false);
  const datasetUrl = useExplorer(datasetKey);
  const { shown } = controls;
  return (
    <GraphProvider>
      <div
        className="explorer"
        data-filters={shown.filters ? 'shown' : 'hidden'}
        data-details={shown.details ? 'shown' : 'hidden'}
      >
        <section className="explorer__bar" aria-label={t('explorer.bar')}>
          <PanelToggle panel="filters" controls={controls} />
          <SearchBox />
          <button
            ref={toolsToggle}
            type="button"
            className="explorer__tools-toggle panel-toggle"
            aria-expanded={toolsOpen}
            aria-controls={toolsId}
            onClick={() => setToolsOpen(!toolsOpen)}
          >
            <Icon name="tools" />
            <span className="panel-toggle__label">{t('explorer.tools')}</span>
          </button>
          <div
            ref={tools}
            id={toolsId}
            className="explorer__tools"
            data-open={toolsOpen}
            onKeyDown={(event) => {
              if (!takesEscape(event)) return;
              foldTools();
              toolsToggle.current?.focus();
            }}
          >
            <Toolbar />
            <ExportMenu />
            <CurationToolbar />
          </div>
          <div className="explorer__bar-end">
            <PanelToggle panel="table" controls={controls} />
            <PanelToggle panel="details" controls={controls} />
          </div>
        </section>
        <PanelFrame panel="filters" controls={controls} className="explorer__filters">
          {panels && (
            <>
              <FiltersPanel />
              <SourcesView />
              <Legend />
            </>
          )}
        </PanelFrame>
        <main className="explorer__main">
          <div className="canvas-wrap">
            <GraphCanvas key={datasetUrl} />
            <CanvasNotice />
            <VisibleSummary />
            <AsOfBadge />
            <LinkNotice />
          </div>
          <TimelineStrip />
          <PanelFrame panel="table" controls={controls} className="explorer__table">
            <RelationTable />
          </PanelFrame>
        </main>
        <PanelFrame panel="details" controls={controls} className="explorer__details">
          {panels && <DetailsPanel />}
        </PanelFrame>
        <CurationDrawer />
      </div>
    </GraphProvider>
  );
}
