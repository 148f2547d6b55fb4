// Draws the visible graph into an export canvas in time slices, so a large graph shows progress and the page keeps responding.
import type { Core } from 'cytoscape';
import type { GraphArea } from '../../export/figure/painter';
import type { PageBox } from '../../export/figure/primitives';
import { withDashesForZoom } from '../elements/dashLevels';
import { elementPainter } from './rendererAccess';

/** Work per slice before handing the main thread back to the page (input, paint, progress bar). */
const SLICE_MS = 12;
const BATCH = 64;

export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Paints the graph into `box` (figure CSS pixels; the context is already scaled to the export scale), clipped to it.
 * Element by element through the canvas renderer when it allows; otherwise one cy.png() image, drawn in.
 */
export function paintGraph(
  cy: Core,
  ctx: CanvasRenderingContext2D,
  area: GraphArea,
  box: PageBox,
  scale: number,
  onProgress: (fraction: number) => void,
): Promise<void> {
  return withDashesForZoom(cy, area.transform.zoom, () => drawClipped(cy, ctx, area, box, scale, onProgress));
}

async function drawClipped(
  cy: Core,
  ctx: CanvasRenderingContext2D,
  area: GraphArea,
  box: PageBox,
  scale: number,
  onProgress: (fraction: number) => void,
): Promise<void> {
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.x, box.y, box.width, box.height);
  ctx.clip();
  try {
    const painter = elementPainter(cy);
    if (painter) {
      ctx.translate(box.x + area.transform.x, box.y + area.transform.y);
      ctx.scale(area.transform.zoom, area.transform.zoom);
      const elements = painter.zSortedElements();
      let next = 0;
      while (next < elements.length) {
        const started = performance.now();
        while (next < elements.length && performance.now() - started < SLICE_MS) {
          const end = Math.min(next + BATCH, elements.length);
          painter.draw(ctx, elements.slice(next, end));
          next = end;
        }
        onProgress(next / elements.length);
        if (next < elements.length) await yieldToPage();
      }
    } else {
      await drawWithPng(cy, ctx, area, box, scale);
      onProgress(1);
    }
  } finally {
    ctx.restore();
  }
}

/** The public route: Cytoscape renders (and encodes) the whole graph alone; the image is decoded and drawn in place. */
async function drawWithPng(
  cy: Core,
  ctx: CanvasRenderingContext2D,
  area: GraphArea,
  box: PageBox,
  scale: number,
): Promise<void> {
  const { zoom } = area.transform;
  const bounds = cy.elements().boundingBox();
  const blob = await cy.png({ output: 'blob-promise', full: true, scale: scale * zoom });
  const image = await createImageBitmap(blob);
  try {
    const x = box.x + area.transform.x + bounds.x1 * zoom;
    const y = box.y + area.transform.y + bounds.y1 * zoom;
    ctx.drawImage(image, x, y, image.width / scale, image.height / scale);
  } finally {
    image.close();
  }
}
