// Typed access to canvas-renderer internals: the two methods exports draw with (cytoscape-svg relies on the same ones),
// and the renderer's own watch on its container's size.
import type { Core } from 'cytoscape';

/** Canvas-renderer internals: draw elements onto any 2D context, in z-order. */
export interface ElementPainter {
  /** The elements in drawing order. */
  zSortedElements(): readonly unknown[];
  /** Draws elements in graph coordinates onto the context's current transform. */
  draw(context: CanvasRenderingContext2D, elements: readonly unknown[]): void;
}

interface CanvasRendererInternals {
  getCachedZSortedEles?: () => ArrayLike<unknown>;
  drawElements?: (context: CanvasRenderingContext2D, elements: readonly unknown[]) => void;
}

/** null when the renderer lacks them (another renderer, a future Cytoscape): callers then fall back on cy.png(). */
export function elementPainter(cy: Core): ElementPainter | null {
  // renderer() is not in Cytoscape's type definitions.
  const renderer = (cy as unknown as { renderer?: () => CanvasRendererInternals | undefined }).renderer?.();
  const getSorted = renderer?.getCachedZSortedEles;
  const drawElements = renderer?.drawElements;
  if (!renderer || typeof getSorted !== 'function' || typeof drawElements !== 'function') return null;
  return {
    zSortedElements: () => Array.from(getSorted.call(renderer)),
    draw: (context, elements) => drawElements.call(renderer, context, elements),
  };
}

interface RendererWatch {
  resizeObserver?: { observe(target: Element): void; disconnect(): void };
  styleObserver?: { observe(target: Node, options: MutationObserverInit): void; disconnect(): void };
}

/**
 * Stops the renderer's own observers of its container (a ResizeObserver and a MutationObserver on its attributes, each
 * answering with a resize and a full redraw 100 ms later), for a caller that resizes the graph itself; returns what
 * restores them. Does nothing on a renderer without them.
 */
export function takeOverResizeWatch(cy: Core): () => void {
  const renderer = (cy as unknown as { renderer?: () => RendererWatch | undefined }).renderer?.();
  const container = cy.container();
  if (!renderer || !container) return () => {};
  const { resizeObserver, styleObserver } = renderer;
  resizeObserver?.disconnect();
  styleObserver?.disconnect();
  return () => {
    if (cy.destroyed()) return;
    resizeObserver?.observe(container);
    styleObserver?.observe(container, { attributes: true });
  };
}
