// Finds the explorer's one Cytoscape instance from its container, for exports started outside the canvas bridge.
import type { Core } from 'cytoscape';

/** The container GraphCanvas renders (its test id is part of the page's contract with the end-to-end tests). */
const CONTAINER_SELECTOR = '[data-testid="graph-canvas"]';

/**
 * Cytoscape records its instance on the container as `_cyreg.cy` (the registry its jQuery adapter reads), so the
 * export menu can reach the live graph without the canvas bridge handing it around.
 */
export function findGraphCanvas(root: ParentNode = document): Core | null {
  const container = root.querySelector(CONTAINER_SELECTOR) as (Element & { _cyreg?: { cy?: Core } }) | null;
  const cy = container?._cyreg?.cy;
  return cy && !cy.destroyed() ? cy : null;
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
