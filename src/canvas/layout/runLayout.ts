// Runs the deterministic fcose layout on a Cytoscape instance, then fits or restores the viewport.
import cytoscape, { type Core, type NodeCollection } from 'cytoscape';
import { applyCopyPositions, computeLayout, layoutCopyOf } from './layoutCopy';
import type { CheckedDataset } from '../../domain/model';
import { hashString } from '../../graph/elements';
import { ACTOR_LABEL_PX, labelSize } from '../../graph/labels';
import { FIT_MAX_ZOOM, FIT_PADDING, fcoseOptions } from '../../graph/layoutOptions';
import { fitView, type FitItem } from '../../graph/viewFit';
import type { Viewport } from '../../store/types';
import { labelTextWidth } from '../labels/textWidth';

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
  const { ids, positions } = computeLayout(cytoscape, request);
  applyCopyPositions(cy, realIds, ids, positions);
}

/** Past this many actors the fit leaves labels out: most are not drawn from afar, and measuring them all costs. */
const FIT_LABELS_MAX_ACTORS = 2000;

/** What the fit frames: each visible actor with its label at its size on screen, each group by its box. */
export function fitItemsOf(visible: NodeCollection): FitItem[] {
  const withLabels = visible.length <= FIT_LABELS_MAX_ACTORS;
  const widthOf = labelTextWidth();
  const items: FitItem[] = [];
  visible.forEach((node) => {
    if (node.isParent()) {
      const box = node.boundingBox({ includeLabels: false });
      items.push({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2, width: box.w, height: box.h });
      return;
    }
    const { x, y } = node.position();
    const caption = withLabels ? String(node.data('caption') ?? '') : '';
    items.push({
      x,
      y,
      width: node.width(),
      height: node.height(),
      ...(caption ? { label: labelSize(caption, ACTOR_LABEL_PX, widthOf) } : {}),
    });
  });
  return items;
}

/**
 * Restore a saved viewport, or fit the visible actors and their labels (drawn at a constant size on screen, so the fit
 * solves for the zoom: graph/viewFit.ts). Edges lie between their actors, so fitting the nodes frames the same picture,
 * and it needs only the nodes' styles: at start-up the edges are then styled once, at the first frame, with the dash
 * level of the fitted zoom (DashController), instead of once for the fit and again for the new level.
 */
export function applyViewport(cy: Core, viewport: Viewport | null): void {
  if (viewport) {
    cy.viewport({ zoom: viewport.zoom, pan: { ...viewport.pan } });
    return;
  }
  const visible = cy.nodes(':visible');
  if (visible.length === 0) return;
  if (!(cy.width() > 0 && cy.height() > 0)) {
    cy.fit(visible, FIT_PADDING);
    return;
  }
  const items = fitItemsOf(visible);
  cy.viewport(fitView(items, { width: cy.width(), height: cy.height() }, FIT_PADDING, FIT_MAX_ZOOM));
}
