// Lays the graph out when the dataset loads, the grouping changes or the user asks: saved positions, fcose on the page, or fcose in a worker.
import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import { fcoseOptionsFor, layoutPlan } from '../../graph/layoutOptions';
import { useExplorer, useExplorerStore } from '../../store/StoreProvider';
import { layoutExtensionReady, loadLayoutExtension } from '../layout/extensions';
import { LayoutProgress } from './LayoutProgress';
import { applyViewport, layoutSeed, runLayout } from '../layout/runLayout';
import { startWorkerLayout } from '../layout/workerLayout';

// Fetch fcose while the dataset is still being validated, so a small graph is laid out in the same frame it is drawn.
void loadLayoutExtension();

interface Running {
  actors: number;
  startedAt: number;
  stop(): void;
}

/**
 * `generation` counts the user's requests to lay the graph out afresh (the canvas's relayout command): the first layout
 * restores the viewport a link names, a requested one fits the result into the view.
 */
export function LayoutController({ cy, generation }: { cy: Core; generation: number }) {
  const store = useExplorerStore();
  // The dataset is laid out when it arrives, not after each curation edit (ElementsController places what an edit adds):
  // the effect reads it from the store rather than re-running, and stopping a running layout, whenever it changes.
  const hasDataset = useExplorer((state) => state.checked !== null);
  const groupByAffiliation = useExplorer((state) => state.groupByAffiliation);
  const [running, setRunning] = useState<Running | null>(null);

  useEffect(() => {
    const checked = store.getState().checked;
    if (!hasDataset || checked === null) return;
    const viewport = generation === 0 ? store.getState().viewport : null;
    const plan = layoutPlan(checked.dataset.actors);
    if (plan === 'saved') {
      applyViewport(cy, viewport);
      return;
    }
    if (plan === 'inline') {
      let cancelled = false;
      const run = () => {
        if (cancelled || cy.destroyed()) return;
        runLayout(cy, checked);
        applyViewport(cy, viewport);
      };
      if (layoutExtensionReady()) run();
      else void loadLayoutExtension().then(run);
      return () => {
        cancelled = true;
      };
    }
    // Large graph: draw it now where it starts, lay it out off the page, then move every node in one batch.
    applyViewport(cy, viewport);
    const options = fcoseOptionsFor(checked.dataset.actors, { animate: false });
    const job = startWorkerLayout(cy, options, layoutSeed(checked), () =>
      setRunning({ actors: checked.dataset.actors.length, startedAt: performance.now(), stop: job.stop }),
    );
    void job.finished.then((outcome) => {
      if (outcome === 'done' && !cy.destroyed()) applyViewport(cy, viewport);
      setRunning((current) => (current?.stop === job.stop ? null : current));
    });
    return () => job.stop();
  }, [cy, store, hasDataset, groupByAffiliation, generation]);

  return running ? (
    <LayoutProgress actors={running.actors} startedAt={running.startedAt} onStop={running.stop} />
  ) : null;
}
