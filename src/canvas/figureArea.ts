// Measures where the graph goes in an exported figure: the current view, or the whole visible graph with a margin.
import type { BoundingBox12, BoundingBoxWH, Core } from 'cytoscape';
import type { GraphArea, ImageArea } from '../export/figure/painter';

type Box = BoundingBox12 & BoundingBoxWH;

/** Room around the whole graph, so outlines and label halos are not cut. */
const PADDING = 12;
/** Bounding boxes of a large graph take a while (labels, edge curves): measured this many elements at a time. */
const BOX_SLICE = 2000;

function viewArea(cy: Core): GraphArea {
  const pan = cy.pan();
  return {
    width: Math.max(1, Math.round(cy.width())),
    height: Math.max(1, Math.round(cy.height())),
    transform: { x: pan.x, y: pan.y, zoom: cy.zoom() },
  };
}

function wholeArea(box: { x1: number; y1: number; x2: number; y2: number }): GraphArea | null {
  const w = box.x2 - box.x1;
  const h = box.y2 - box.y1;
  if (!Number.isFinite(w) || !Number.isFinite(h)) return null;
  return {
    width: Math.ceil(w) + 2 * PADDING,
    height: Math.ceil(h) + 2 * PADDING,
    transform: { x: PADDING - box.x1, y: PADDING - box.y1, zoom: 1 },
    bounds: { x1: box.x1, y1: box.y1, w, h },
  };
}

/** null when nothing is visible (an export would be an empty picture); a large graph is measured in slices. */
export async function graphAreaInSlices(
  cy: Core,
  area: ImageArea,
  yieldToPage: () => Promise<void>,
): Promise<GraphArea | null> {
  const visible = cy.elements(':visible');
  if (visible.length === 0) return null;
  if (area === 'view') return viewArea(cy);
  const union = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (let start = 0; start < visible.length; start += BOX_SLICE) {
    const box: Box = visible.slice(start, start + BOX_SLICE).boundingBox();
    union.x1 = Math.min(union.x1, box.x1);
    union.y1 = Math.min(union.y1, box.y1);
    union.x2 = Math.max(union.x2, box.x2);
    union.y2 = Math.max(union.y2, box.y2);
    if (start + BOX_SLICE < visible.length) await yieldToPage();
  }
  return wholeArea(union);
}
