// Renderless: keeps dashed edges' patterns their on-screen size as the zoom changes (graph/dashes.ts).
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { dashLevelFor } from '../graph/dashes';
import { OVERVIEW_MAX_ZOOM, usesOverview } from '../graph/layoutOptions';
import { applyDashLevel } from './dashLevels';

/** While the user wheels or pinches, restyling at every halving would stall the gesture: wait until it pauses. */
const GESTURE_PAUSE_MS = 200;

export function DashController({ cy, elementCount }: { cy: Core; elementCount: number }) {
  useEffect(() => {
    const overview = usesOverview(elementCount);
    let lastInput = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      timer = undefined;
      // The overview style draws every edge solid: nothing to rescale until the user zooms in past it.
      if (overview && cy.zoom() < OVERVIEW_MAX_ZOOM) return;
      applyDashLevel(cy, dashLevelFor(cy.zoom()));
    };
    const onZoom = () => {
      clearTimeout(timer);
      // Programmatic zooms (fit, centring, a restored URL) apply at once, so the next frame is drawn right.
      if (performance.now() - lastInput > GESTURE_PAUSE_MS) apply();
      else timer = setTimeout(apply, GESTURE_PAUSE_MS);
    };
    const onInput = () => {
      lastInput = performance.now();
    };
    const container = cy.container();
    const inputs = ['wheel', 'touchmove', 'pointerdown'] as const;
    for (const type of inputs) container?.addEventListener(type, onInput, { capture: true, passive: true });
    apply();
    cy.on('zoom', onZoom);
    return () => {
      clearTimeout(timer);
      cy.off('zoom', onZoom);
      for (const type of inputs) container?.removeEventListener(type, onInput, { capture: true });
    };
  }, [cy, elementCount]);

  return null;
}
