// Renderless: on a large graph, switches between the overview style (zoomed out) and the detailed one (zoomed in).
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { usesOverview, OVERVIEW_MAX_ZOOM } from '../graph/layoutOptions';
import { CLASSES } from '../graph/stylesheet';

export function OverviewController({ cy, elementCount }: { cy: Core; elementCount: number }) {
  useEffect(() => {
    if (!usesOverview(elementCount)) return;
    // The elements start in the overview style (graph/elements.ts); restyling them all costs a slow frame, so only on crossing.
    let overview = true;
    const onZoom = () => {
      const wanted = cy.zoom() < OVERVIEW_MAX_ZOOM;
      if (wanted === overview) return;
      overview = wanted;
      cy.batch(() => cy.elements().toggleClass(CLASSES.overview, wanted));
    };
    onZoom();
    cy.on('zoom', onZoom);
    return () => {
      cy.off('zoom', onZoom);
    };
  }, [cy, elementCount]);

  return null;
}
