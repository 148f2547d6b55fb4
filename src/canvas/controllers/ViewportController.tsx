// Renderless: reports the user's pans and zooms to the store, and follows the store when its viewport changes for
// another reason (back/forward restoring a link's view).
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { useExplorerStore } from '../../store/StoreProvider';
import type { Viewport } from '../../store/types';
import { roundViewport } from '../../store/viewSlice';
import { applyViewport } from '../layout/runLayout';

/** Pans and zooms fire many events; the URL only needs the last one. */
const REPORT_DELAY_MS = 250;

const sameViewport = (a: Viewport, b: Viewport) => a.zoom === b.zoom && a.pan.x === b.pan.x && a.pan.y === b.pan.y;

export function ViewportController({ cy }: { cy: Core }) {
  const store = useExplorerStore();

  useEffect(() => {
    const shown = () => roundViewport({ zoom: cy.zoom(), pan: cy.pan() });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const report = () => {
      clearTimeout(timer);
      timer = setTimeout(() => store.getState().viewportChanged(shown()), REPORT_DELAY_MS);
    };
    // The canvas reports what it shows, so a viewport in the store that differs from it came from elsewhere. The
    // viewport present when the canvas starts is the first layout's to apply, once the elements are in.
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.viewport === previous.viewport) return;
      if (state.viewport === null) applyViewport(cy, null);
      else if (!sameViewport(state.viewport, shown())) applyViewport(cy, state.viewport);
    });
    cy.on('viewport', report);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      cy.off('viewport', report);
    };
  }, [cy, store]);

  return null;
}
