// The bridge: creates ONE Cytoscape instance on a div React owns, destroys it on unmount, and mounts the controllers.
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { rendererOptions } from '../graph/layoutOptions';
import { useExplorer, useExplorerStore } from '../store/StoreProvider';
import { DashController } from './DashController';
import { ElementsController } from './ElementsController';
import { EventsController } from './EventsController';
import { exposeForDebugging } from './exposeForDebugging';
import { LayoutController } from './LayoutController';
import { OverviewController } from './OverviewController';
import { publishGraph } from './liveGraph';
import { SelectionController } from './SelectionController';
import { ViewportController } from './ViewportController';
import { VisibilityController } from './VisibilityController';

export function GraphCanvas() {
  const store = useExplorerStore();
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const elementCount = useExplorer((state) =>
    state.checked ? state.checked.dataset.actors.length + state.checked.dataset.relations.length : 0,
  );

  useEffect(() => {
    const checked = store.getState().checked;
    const elementCount = checked ? checked.dataset.actors.length + checked.dataset.relations.length : 0;
    const instance = cytoscape({ container: container.current, ...rendererOptions(elementCount) });
    setCy(instance);
    const unexpose = exposeForDebugging(instance, store);
    const unpublish = publishGraph(instance);
    return () => {
      unexpose();
      unpublish();
      setCy(null);
      instance.destroy();
    };
  }, [store]);

  return (
    <>
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph-canvas"
        role="img"
        aria-label="Relation graph. The table of relations below offers the same content by keyboard."
      />
      {cy && (
        // Order matters: effects run in this order within a commit (elements before visibility before layout).
        <>
          <ElementsController cy={cy} />
          <VisibilityController cy={cy} />
          <LayoutController cy={cy} />
          <SelectionController cy={cy} />
          <ViewportController cy={cy} />
          <EventsController cy={cy} />
          <OverviewController cy={cy} elementCount={elementCount} />
          <DashController cy={cy} />
        </>
      )}
    </>
  );
}
