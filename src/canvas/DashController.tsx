// Renderless: keeps dashed edges' patterns their on-screen size as the zoom changes (graph/dashes.ts).
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { dashLevelFor } from '../graph/dashes';
import { applyDashLevel } from './dashLevels';

/** While the user wheels or pinches, restyling at every halving would stall the gesture: wait until it pauses. */
const GESTURE_PAUSE_MS = 200;

export function DashController({ cy }: { cy: Core }) {
  useEffect(() => {
    let lastInput = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      timer = undefined;
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
  }, [cy]);

  return null;
}
