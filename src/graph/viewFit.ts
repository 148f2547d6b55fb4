// Pure: the zoom and pan that fit actors and their labels into a view, labels being a constant size on screen.
import { LABEL_MARGIN_PX } from './labels';
import { MIN_ZOOM } from './zoomLevels';

/** An actor as the fit sees it: its centre and shape in graph units, its label (drawn under it) in screen pixels. */
export interface FitItem {
  x: number;
  y: number;
  width: number;
  height: number;
  label?: { width: number; height: number };
}

export interface View {
  width: number;
  height: number;
}

/** Labels are drawn up to 2^¼ larger than their target (zoomLevels.ts): fit them at their largest. */
const LABEL_GROWTH = 2 ** 0.25;

/** The extent on screen at `zoom`, before panning. */
function extentAt(items: readonly FitItem[], zoom: number) {
  let x1 = Infinity;
  let x2 = -Infinity;
  let y1 = Infinity;
  let y2 = -Infinity;
  for (const item of items) {
    const halfWidth = Math.max((item.width / 2) * zoom, ((item.label?.width ?? 0) * LABEL_GROWTH) / 2);
    const below = item.label ? LABEL_MARGIN_PX + item.label.height * LABEL_GROWTH : 0;
    x1 = Math.min(x1, item.x * zoom - halfWidth);
    x2 = Math.max(x2, item.x * zoom + halfWidth);
    y1 = Math.min(y1, item.y * zoom - (item.height / 2) * zoom);
    y2 = Math.max(y2, item.y * zoom + (item.height / 2) * zoom + below);
  }
  return { x1, x2, y1, y2 };
}

/**
 * The largest zoom (up to `maxZoom`) at which every item and its label lies inside the view less `padding`, found by
 * bisection (the extent grows with the zoom), and the pan that centres them. Linear per step, 40 steps.
 */
export function fitView(
  items: readonly FitItem[],
  view: View,
  padding: number,
  maxZoom: number,
): { zoom: number; pan: { x: number; y: number } } {
  if (items.length === 0) return { zoom: 1, pan: { x: view.width / 2, y: view.height / 2 } };
  const room = { width: Math.max(1, view.width - 2 * padding), height: Math.max(1, view.height - 2 * padding) };
  const fits = (zoom: number) => {
    const box = extentAt(items, zoom);
    return box.x2 - box.x1 <= room.width && box.y2 - box.y1 <= room.height;
  };
  let zoom = maxZoom;
  if (!fits(maxZoom)) {
    let low = MIN_ZOOM;
    let high = maxZoom;
    for (let step = 0; step < 40; step++) {
      const middle = (low + high) / 2;
      if (fits(middle)) low = middle;
      else high = middle;
    }
    zoom = low;
  }
  const box = extentAt(items, zoom);
  return { zoom, pan: { x: (view.width - (box.x1 + box.x2)) / 2, y: (view.height - (box.y1 + box.y2)) / 2 } };
}
