// The bridge: creates ONE Cytoscape instance on a div React owns, destroys it on unmount, mounts the controllers and
// publishes the graph's commands and painter to the panels around it.
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { edgeIdOf } from '../graph/elements';
import { rendererOptions } from '../graph/layoutOptions';
import { useI18n } from '../i18n/I18nProvider';
import { useExplorer, useExplorerStore } from '../store/StoreProvider';
import { BundleController } from './controllers/BundleController';
import { DashController } from './controllers/DashController';
import { DragController } from './controllers/DragController';
import { EventsController } from './controllers/EventsController';
import { exposeForDebugging } from './exposeForDebugging';
import { usePublishGraph, type GraphHandle } from './GraphContext';
import { GraphDataController } from './controllers/GraphDataController';
import { graphPainter } from './figure/graphPainter';
import { HoverTooltip } from './controllers/HoverTooltip';
import { LabelController } from './controllers/LabelController';
import { LayoutController } from './controllers/LayoutController';
import { OverviewController } from './controllers/OverviewController';
import { PathController } from './controllers/PathController';
import { ResizeController } from './controllers/ResizeController';
import { applyViewport } from './layout/runLayout';
import { SelectionController } from './controllers/SelectionController';
import { ViewportController } from './controllers/ViewportController';

/** How long centring on an element takes: long enough to see where the view goes. */
const CENTRE_MS = 300;

function graphHandle(cy: Core, relayout: () => void): GraphHandle {
  return {
    commands: {
      centreOn(target) {
        // After the commit that shows the selection (focus may reveal it), not before.
        requestAnimationFrame(() => {
          if (cy.destroyed()) return;
          const element = cy.getElementById(target.kind === 'actor' ? target.id : edgeIdOf(target.id));
          if (element.length === 0 || !element.visible()) return;
          // The shape, not its label: the label pass may move a label to another side once the view settles.
          const box = element.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
          const zoom = Math.max(cy.zoom(), 1);
          const pan = {
            x: cy.width() / 2 - ((box.x1 + box.x2) / 2) * zoom,
            y: cy.height() / 2 - ((box.y1 + box.y2) / 2) * zoom,
          };
          cy.stop();
          cy.animate({ zoom, pan }, { duration: CENTRE_MS });
        });
      },
      fit: () => applyViewport(cy, null),
      relayout,
    },
    painter: graphPainter(cy),
  };
}

export function GraphCanvas() {
  const store = useExplorerStore();
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [layoutGeneration, setLayoutGeneration] = useState(0);
  const elementCount = useExplorer((state) =>
    state.checked ? state.checked.dataset.actors.length + state.checked.dataset.relations.length : 0,
  );

  useEffect(() => {
    const checked = store.getState().checked;
    const elementCount = checked ? checked.dataset.actors.length + checked.dataset.relations.length : 0;
    const instance = cytoscape({ container: container.current, ...rendererOptions(elementCount) });
    setCy(instance);
    const unexpose = exposeForDebugging(instance, store);
    return () => {
      unexpose();
      setCy(null);
      instance.destroy();
    };
  }, [store]);

  const handle = useMemo(() => (cy ? graphHandle(cy, () => setLayoutGeneration((n) => n + 1)) : null), [cy]);
  usePublishGraph(handle);

  return (
    <>
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph-canvas"
        role="img"
        aria-label={t('canvas.label')}
      />
      {cy && (
        // GraphDataController puts the elements in during the layout-effect phase; the others, whatever their order,
        // run in the passive phase after it.
        <>
          <GraphDataController cy={cy} />
          <LayoutController cy={cy} generation={layoutGeneration} />
          <SelectionController cy={cy} />
          <PathController cy={cy} />
          <ViewportController cy={cy} />
          <EventsController cy={cy} />
          <OverviewController cy={cy} elementCount={elementCount} />
          <DashController cy={cy} />
          <DragController cy={cy} />
          <ResizeController cy={cy} />
          <BundleController cy={cy} />
          <LabelController cy={cy} />
          <HoverTooltip cy={cy} />
        </>
      )}
    </>
  );
}
