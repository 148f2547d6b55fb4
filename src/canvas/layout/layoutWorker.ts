// The layout worker: runs fcose on a headless copy of the graph (index ids, see layoutCopy.ts) and posts the positions back.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { computeLayout } from './layoutCopy';
import type { LayoutReply, LayoutRequest } from './layoutProtocol';

cytoscape.use(fcose);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  let reply: LayoutReply = { kind: 'started' };
  (self as unknown as Worker).postMessage(reply);
  try {
    // Each fcose run is seeded inside computeLayout, so the worker gives the page's picture.
    const { ids, positions } = computeLayout(cytoscape, event.data);
    reply = { kind: 'done', ids, positions };
    (self as unknown as Worker).postMessage(reply, [positions.buffer]);
  } catch (error) {
    reply = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    (self as unknown as Worker).postMessage(reply);
  }
};
