// Typed access to the two canvas-renderer methods exports draw with (cytoscape-svg relies on the same ones).
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
