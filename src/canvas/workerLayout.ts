// Runs fcose in a Web Worker on a copy of the graph, then moves the real nodes in one batch: the page stays responsive.
import type { Core } from 'cytoscape';
import type { LayoutReply, LayoutRequest } from './layoutProtocol';

export type LayoutOutcome = 'done' | 'stopped' | 'failed';

export interface RunningLayout {
  stop(): void;
  finished: Promise<LayoutOutcome>;
}

/** Labels sit under nodes: give each node room for a line of text, as nodeDimensionsIncludeLabels would on the page. */
const LABEL_ROOM = { width: 40, height: 22 };

function layoutRequest(cy: Core, options: Record<string, unknown>, seed: number): LayoutRequest {
  const nodes: LayoutRequest['nodes'] = [];
  cy.nodes().forEach((node) => {
    const parent = node.parent().first();
    nodes.push({ id: node.id(), width: node.width() + LABEL_ROOM.width, height: node.height() + LABEL_ROOM.height, ...(parent.length > 0 ? { parent: parent.id() } : {}) });
  });
  const edges: LayoutRequest['edges'] = [];
  cy.edges().forEach((edge) => {
    edges.push([edge.id(), edge.source().id(), edge.target().id()]);
  });
  return { nodes, edges, options: { ...options, nodeDimensionsIncludeLabels: false }, seed };
}

function applyPositions(cy: Core, ids: readonly string[], positions: Float64Array): void {
  cy.batch(() => {
    ids.forEach((id, index) => {
      const node = cy.getElementById(id);
      // A compound parent's position follows its children; setting it would move them again.
      if (node.length === 0 || node.isParent()) return;
      node.position({ x: positions[index * 2] ?? 0, y: positions[index * 2 + 1] ?? 0 });
    });
  });
}

export function startWorkerLayout(cy: Core, options: Record<string, unknown>, seed: number, onStarted: () => void): RunningLayout {
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
    if (event.data.kind === 'done' && !cy.destroyed()) applyPositions(cy, event.data.ids, event.data.positions);
    finish(event.data.kind === 'done' ? 'done' : 'failed');
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish('failed');
  };
  performance.mark('explorer:layout-start');
  worker.postMessage(layoutRequest(cy, options, seed));
  return { stop: () => finish('stopped'), finished };
}
