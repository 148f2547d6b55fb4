// Renderless: when the canvas changes size (a panel opens or closes, the window is resized) the view keeps its centre,
// and the selected actor or relation stays in sight.
import type { Core } from 'cytoscape';
import { useEffect, useLayoutEffect } from 'react';
import { useExplorer, useExplorerStore } from '../../store/StoreProvider';
import { elementOf } from './SelectionController';
import { takeOverResizeWatch } from '../figure/rendererAccess';

/** How far inside the canvas's edge a selection brought back into sight lands, in screen pixels. */
const SIGHT_MARGIN = 24;

/** How far to move the view along one axis so that [low, high] lies inside [margin, size - margin] (or is centred). */
function shiftIntoSight(low: number, high: number, size: number): number {
  if (high - low > size - 2 * SIGHT_MARGIN) return size / 2 - (low + high) / 2;
  if (low < SIGHT_MARGIN) return SIGHT_MARGIN - low;
  if (high > size - SIGHT_MARGIN) return size - SIGHT_MARGIN - high;
  return 0;
}

/** A window being resized reports many sizes: the canvas follows once the sizes pause. */
const WINDOW_RESIZE_PAUSE_MS = 100;

/** Tells Cytoscape its container's size if it changed (measured as Cytoscape does: inside the padding). */
function resizeIfChanged(cy: Core): void {
  const container = cy.container();
  if (!container || cy.destroyed()) return;
  const style = getComputedStyle(container);
  const padding = (a: string, b: string) =>
    parseFloat(style.getPropertyValue(a)) + parseFloat(style.getPropertyValue(b));
  const width = container.clientWidth - padding('padding-left', 'padding-right');
  const height = container.clientHeight - padding('padding-top', 'padding-bottom');
  if (width !== cy.width() || height !== cy.height()) cy.resize();
}

export function ResizeController({ cy }: { cy: Core }) {
  const store = useExplorerStore();
  // What opens or closes a panel beside the graph: a selection (the details panel) and the user's panel choices.
  const hasSelection = useExplorer((state) => state.selection !== null);
  const panels = useExplorer((state) => state.panels);

  // Cytoscape watches its container itself and answers 100 ms later with a redraw at the new size, after the frame
  // that showed the panel. The explorer owns the watch: a panel that opens in a commit resizes the graph in that
  // commit, before the frame is drawn, so the frame is drawn once, at its final size and centre.
  useLayoutEffect(() => {
    resizeIfChanged(cy);
  }, [cy, hasSelection, panels]);

  useEffect(() => {
    // Without ResizeObserver (old browsers, jsdom) Cytoscape's own watch stays: it falls back on window resizes.
    if (typeof ResizeObserver === 'undefined') return;
    const stop = takeOverResizeWatch(cy);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => resizeIfChanged(cy), WINDOW_RESIZE_PAUSE_MS);
    });
    const container = cy.container();
    if (container) observer.observe(container);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
      stop();
    };
  }, [cy]);

  useEffect(() => {
    let size = { width: cy.width(), height: cy.height() };
    let frame = 0;
    /** Shifts not applied yet (a view still moving towards its target): they add up. */
    let pending = { x: 0, y: 0 };
    const keepInSight = (width: number, height: number) => {
      const selected = elementOf(cy, store.getState().selection);
      if (selected.empty() || !selected.visible()) return;
      const box = selected.renderedBoundingBox();
      const x = shiftIntoSight(box.x1, box.x2, width);
      const y = shiftIntoSight(box.y1, box.y2, height);
      if (x !== 0 || y !== 0) cy.panBy({ x, y });
    };
    const onResize = () => {
      const now = { width: cy.width(), height: cy.height() };
      const before = size;
      size = now;
      // The first report of an unchanged size, and a canvas folded away, leave the view alone.
      if (now.width === before.width && now.height === before.height) return;
      if (before.width === 0 || before.height === 0 || now.width === 0 || now.height === 0) return;
      pending = { x: pending.x + (now.width - before.width) / 2, y: pending.y + (now.height - before.height) / 2 };
      if (frame === 0) apply();
    };
    // A view moving towards a target (centring on a search hit) aimed at the old size: shift where it lands instead.
    const apply = () => {
      frame = 0;
      if (cy.destroyed()) return;
      if (cy.animated()) {
        frame = requestAnimationFrame(apply);
        return;
      }
      cy.panBy(pending);
      pending = { x: 0, y: 0 };
      keepInSight(size.width, size.height);
    };
    cy.on('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      cy.off('resize', onResize);
    };
  }, [cy, store]);

  return null;
}
