// The explorer's one live Cytoscape instance, published by GraphCanvas for work started outside the bridge (exports).
import type { Core } from 'cytoscape';

let current: Core | null = null;

/** Called by GraphCanvas when it creates its instance; the returned function withdraws it on unmount. */
export function publishGraph(cy: Core): () => void {
  current = cy;
  return () => {
    if (current === cy) current = null;
  };
}

export function liveGraph(): Core | null {
  return current && !current.destroyed() ? current : null;
}

/** Where each visible actor sits on the canvas, in graph coordinates (for the GEXF export). */
export function visibleNodePositions(cy: Core): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  cy.nodes(':visible').forEach((node) => {
    const { x, y } = node.position();
    positions.set(node.id(), { x, y });
  });
  return positions;
}

/** Node positions of the current layout, or none when the graph is not on the page. */
export function currentNodePositions(): Map<string, { x: number; y: number }> | undefined {
  const cy = liveGraph();
  return cy ? visibleNodePositions(cy) : undefined;
}
