// Measures where the graph goes in an exported figure: the current view, the whole visible graph at zoom 1 with a
// margin, or the whole visible graph fitted into a box, each with the labels the figure will draw.
import type { BoundingBox12, BoundingBoxWH, Core } from 'cytoscape';
import type { GraphArea } from '../../export/figure/painter';
import { FIT_MAX_ZOOM } from '../../graph/layoutOptions';
import { fitView } from '../../graph/viewFit';
import type { LabelView } from '../labels/labelPass';
import { fitItemsOf } from '../layout/runLayout';

/** Cytoscape's measure of a collection: its extent and its size, in graph units. */
type ElementBounds = BoundingBox12 & BoundingBoxWH;
type Place = (view: LabelView) => void;

/** Room around the whole graph, so outlines and label halos are not cut. */
const PADDING = 12;
/** Room inside a fitted figure's box, so that a label placed beside an actor at the edge is not cut. */
const FIT_PADDING = 16;
/** Bounding boxes of a large graph take a while (labels, edge curves): measured this many elements at a time. */
const BOX_SLICE = 2000;
/** Labels of actors this far outside a view are still chosen (canvas/labels/labelPass.ts keeps 150 px): all of them here. */
const LABEL_ROOM = 400;

export function viewArea(cy: Core): GraphArea | null {
  if (cy.elements(':visible').length === 0) return null;
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

/** The visible elements' bounding box, labels included, in graph units; measured in slices on a large graph. */
async function visibleBounds(cy: Core, yieldToPage: () => Promise<void>) {
  const visible = cy.elements(':visible');
  const union = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (let start = 0; start < visible.length; start += BOX_SLICE) {
    const box: ElementBounds = visible.slice(start, start + BOX_SLICE).boundingBox();
    union.x1 = Math.min(union.x1, box.x1);
    union.y1 = Math.min(union.y1, box.y1);
    union.x2 = Math.max(union.x2, box.x2);
    union.y2 = Math.max(union.y2, box.y2);
    if (start + BOX_SLICE < visible.length) await yieldToPage();
  }
  return union;
}

/** The whole visible graph at zoom 1, its labels chosen for that zoom by `place`; null when nothing is visible. */
export async function wholeGraphArea(
  cy: Core,
  place: Place,
  yieldToPage: () => Promise<void>,
): Promise<GraphArea | null> {
  const nodes = cy.nodes(':visible');
  if (nodes.length === 0) return null;
  const shapes = nodes.boundingBox({ includeLabels: false });
  place({
    zoom: 1,
    pan: { x: LABEL_ROOM - shapes.x1, y: LABEL_ROOM - shapes.y1 },
    width: shapes.w + 2 * LABEL_ROOM,
    height: shapes.h + 2 * LABEL_ROOM,
  });
  return wholeArea(await visibleBounds(cy, yieldToPage));
}

/**
 * The whole visible graph fitted into `size` (CSS pixels) as the screen fits its first view (graph/viewFit.ts), then
 * its labels chosen at that zoom; where a label placed beside an actor still reaches past the box, the zoom is lowered
 * to bring it in and the labels chosen again (a few rounds at most), and the picture is centred in the box.
 */
export async function fittedGraphArea(
  cy: Core,
  size: { width: number; height: number },
  place: Place,
  yieldToPage: () => Promise<void>,
): Promise<GraphArea | null> {
  const nodes = cy.nodes(':visible');
  if (nodes.length === 0) return null;
  let { zoom, pan } = fitView(fitItemsOf(nodes), size, FIT_PADDING, FIT_MAX_ZOOM);
  let bounds = { x1: 0, y1: 0, x2: 0, y2: 0 };
  for (let round = 0; round < 4; round++) {
    place({ zoom, pan, ...size });
    bounds = await visibleBounds(cy, yieldToPage);
    const drawn = { width: (bounds.x2 - bounds.x1) * zoom, height: (bounds.y2 - bounds.y1) * zoom };
    const room = { width: size.width - 2 * PADDING, height: size.height - 2 * PADDING };
    const shrink = Math.min(1, room.width / drawn.width, room.height / drawn.height);
    if (!(shrink < 1)) break;
    zoom *= shrink * 0.99;
  }
  pan = {
    x: size.width / 2 - ((bounds.x1 + bounds.x2) / 2) * zoom,
    y: size.height / 2 - ((bounds.y1 + bounds.y2) / 2) * zoom,
  };
  return { width: size.width, height: size.height, transform: { x: pan.x, y: pan.y, zoom } };
}
