// Runs the deterministic fcose layout on a Cytoscape instance, then fits or restores the viewport.
import cytoscape, { type Core } from 'cytoscape';
import { applyCopyPositions, computeLayout, layoutCopyOf } from './layoutCopy';
import type { CheckedDataset } from '../domain/model';
import { hashString } from '../graph/elements';
import { fcoseOptions } from '../graph/layoutOptions';
import type { Viewport } from '../store/types';
import { withSeededRandom } from './seededRandom';

/** The seed of a dataset's layout: the same dataset gives the same picture on every load. */
export const layoutSeed = (checked: CheckedDataset) => hashString(checked.dataset.id);

/** On the page, synchronously: for small graphs (see layoutPlan); fcose must be registered (loadLayoutExtension). */
export function runLayout(cy: Core, checked: CheckedDataset): void {
  if (cy.nodes().length === 0) return;
  const { request, realIds } = layoutCopyOf(
    cy,
    { ...fcoseOptions(checked, { animate: false }), fit: false },
    layoutSeed(checked),
  );
  const { ids, positions } = withSeededRandom(request.seed, () => computeLayout(cytoscape, request));
  applyCopyPositions(cy, realIds, ids, positions);
}

/**
 * Restore a saved viewport, or fit the visible actors. Edges lie between their actors, so fitting the nodes frames the
 * same picture, and it needs only the nodes' styles: at start-up the edges are then styled once, at the first frame,
 * with the dash level of the fitted zoom (DashController), instead of once for the fit and again for the new level.
 */
export function applyViewport(cy: Core, viewport: Viewport | null): void {
  if (viewport) {
    cy.viewport({ zoom: viewport.zoom, pan: { ...viewport.pan } });
    return;
  }
  const visible = cy.nodes(':visible');
  if (visible.length > 0) cy.fit(visible, 40);
  // A lone node would be fitted at maximum zoom: keep labels at their normal size.
  if (cy.zoom() > 1.5) cy.zoom({ level: 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}
