// The layout worker: runs fcose on a headless Cytoscape copy of the graph and posts the node positions back.
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutReply, LayoutRequest } from './layoutProtocol';
import { mulberry32 } from './seededRandom';

cytoscape.use(fcose);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges, options, seed } = event.data;
  let reply: LayoutReply = { kind: 'started' };
  (self as unknown as Worker).postMessage(reply);
  try {
    // fcose draws all its randomness from Math.random; this worker does nothing else, so seed it for good.
    Math.random = mulberry32(seed);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
      elements: [
        ...nodes.map((node) => ({ group: 'nodes' as const, data: { id: node.id, width: node.width, height: node.height, ...(node.parent ? { parent: node.parent } : {}) } })),
        ...edges.map(([id, source, target]) => ({ group: 'edges' as const, data: { id, source, target } })),
      ],
    });
    cy.layout({ ...options, animate: false, fit: false } as unknown as LayoutOptions).run();
    const ids: string[] = [];
    const positions = new Float64Array(nodes.length * 2);
    cy.nodes().forEach((node, index) => {
      ids.push(node.id());
      const { x, y } = node.position();
      positions[index * 2] = x;
      positions[index * 2 + 1] = y;
    });
    reply = { kind: 'done', ids, positions };
    (self as unknown as Worker).postMessage(reply, [positions.buffer]);
  } catch (error) {
    reply = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    (self as unknown as Worker).postMessage(reply);
  }
};
