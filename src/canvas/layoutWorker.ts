// The layout worker: runs fcose on a headless copy of the graph (index ids, see layoutCopy.ts) and posts the positions back.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { computeLayout } from './layoutCopy';
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
    const { ids, positions } = computeLayout(cytoscape, { nodes, edges, options, seed });
    reply = { kind: 'done', ids, positions };
    (self as unknown as Worker).postMessage(reply, [positions.buffer]);
  } catch (error) {
    reply = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    (self as unknown as Worker).postMessage(reply);
  }
};
