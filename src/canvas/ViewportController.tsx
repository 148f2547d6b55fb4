// Renderless: moves the canvas to a requested viewport (a restored URL, "fit"), and reports the user's pans and zooms.
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { roundViewport } from '../store/urlState';
import { useExplorer, useExplorerStore } from '../store/StoreProvider';
import { applyViewport } from './runLayout';

/** Pans and zooms fire many events; the URL only needs the last one. */
const REPORT_DELAY_MS = 250;

export function ViewportController({ cy }: { cy: Core }) {
  const store = useExplorerStore();
  const viewportRequest = useExplorer((state) => state.viewportRequest);

  useEffect(() => {
    if (viewportRequest > 0) applyViewport(cy, store.getState().viewport);
  }, [cy, store, viewportRequest]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const report = () => {
      clearTimeout(timer);
      timer = setTimeout(() => store.getState().viewportChanged(roundViewport({ zoom: cy.zoom(), pan: cy.pan() })), REPORT_DELAY_MS);
    };
    cy.on('viewport', report);
    return () => {
      clearTimeout(timer);
      cy.off('viewport', report);
    };
  }, [cy, store]);

  return null;
}
