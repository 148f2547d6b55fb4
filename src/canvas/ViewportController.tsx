// Renderless: moves the canvas to a requested viewport (a restored URL, "fit"), and reports the user's pans and zooms.
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { roundViewport } from '../session/urlState';
import { useExplorer, useExplorerStore } from '../store/StoreProvider';
import { applyViewport } from './runLayout';

/** Pans and zooms fire many events; the URL only needs the last one. */
const REPORT_DELAY_MS = 250;

export function ViewportController({ cy }: { cy: Core }) {
  const store = useExplorerStore();
  const viewportRequest = useExplorer((state) => state.viewportRequest);
  // A request made before the canvas existed (the URL read at start-up) is the layout's to apply, once the elements
  // are in: applying it here as well measured every element twice on the way to the first frame.
  const applied = useRef(viewportRequest);

  useEffect(() => {
    if (viewportRequest === applied.current) return;
    applied.current = viewportRequest;
    applyViewport(cy, store.getState().viewport);
  }, [cy, store, viewportRequest]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const report = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => store.getState().viewportChanged(roundViewport({ zoom: cy.zoom(), pan: cy.pan() })),
        REPORT_DELAY_MS,
      );
    };
    cy.on('viewport', report);
    return () => {
      clearTimeout(timer);
      cy.off('viewport', report);
    };
  }, [cy, store]);

  return null;
}
