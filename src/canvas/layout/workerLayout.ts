// Runs fcose in a Web Worker on a copy of the graph, then moves the real nodes in one batch: the page stays responsive.
import type { Core } from 'cytoscape';
import { applyCopyPositions, layoutCopyOf } from './layoutCopy';
import type { LayoutReply } from './layoutProtocol';

export type LayoutOutcome = 'done' | 'stopped' | 'failed';

export interface RunningLayout {
  stop(): void;
  finished: Promise<LayoutOutcome>;
}

export function startWorkerLayout(
  cy: Core,
  options: Record<string, unknown>,
  seed: number,
  onStarted: () => void,
): RunningLayout {
  const { request, realIds } = layoutCopyOf(cy, options, seed);
  const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  let settle: (outcome: LayoutOutcome) => void = () => {};
  const finished = new Promise<LayoutOutcome>((resolve) => (settle = resolve));
  let over = false;
  const finish = (outcome: LayoutOutcome) => {
    if (over) return;
    over = true;
    worker.terminate();
    performance.mark('explorer:layout-end');
    settle(outcome);
  };
  worker.onmessage = (event: MessageEvent<LayoutReply>) => {
    if (over) return;
    if (event.data.kind === 'started') {
      onStarted();
      return;
    }
    if (event.data.kind === 'done' && !cy.destroyed())
      applyCopyPositions(cy, realIds, event.data.ids, event.data.positions);
    finish(event.data.kind === 'done' ? 'done' : 'failed');
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish('failed');
  };
  performance.mark('explorer:layout-start');
  worker.postMessage(request);
  return { stop: () => finish('stopped'), finished };
}
