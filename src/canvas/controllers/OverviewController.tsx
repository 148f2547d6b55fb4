// Renderless: on a large graph, the overview style from afar and the detailed one close up, only where the user looks.
import type { CollectionReturnValue, Core } from 'cytoscape';
import { useEffect } from 'react';
import { dashLevelFor } from '../../graph/dashes';
import { OVERVIEW_MAX_ZOOM, usesOverview } from '../../graph/layoutOptions';
import { contains, grow, segmentTouches, type Extent } from '../../geometry/extent';
import { CLASSES } from '../../graph/stylesheet';
import { useExplorer } from '../../store/StoreProvider';
import { giveDashLevel } from '../elements/dashLevels';
import { askToRelabel } from '../labels/relabel';

/** Graph units around the view: a node just outside it may have its label (at most 120 wide) inside. */
const LABEL_MARGIN = 150;

/** Pans settle before the newly uncovered part is detailed; crossing the zoom threshold details at once. */
const PAN_PAUSE_MS = 120;

/** The elements of `box` (graph units): nodes inside it, their groups, and edges with an end inside or crossing it. */
export function elementsIn(cy: Core, box: Extent): CollectionReturnValue {
  const nodes = cy.nodes().filter((node) => node.isChildless() && contains(box, node.position()));
  const edges = cy.edges().filter((edge) => {
    const source = edge.source().position();
    const target = edge.target().position();
    return contains(box, source) || contains(box, target) || segmentTouches(box, source, target);
  });
  return nodes.union(nodes.ancestors()).union(edges);
}

/**
 * Restyling every element of a large graph when the zoom crosses the threshold is one long task (docs/performance.md).
 * Only the elements in view (with a margin for labels) get the detailed class, and they lose it when the user zooms
 * out again: each change touches what is on screen, not the whole graph.
 */
export function overviewDetail(cy: Core) {
  // Elements an edit kept keep their class: start from what is detailed now (nothing, on a freshly drawn graph).
  let detailed = cy.elements(`.${CLASSES.detailed}`);
  return {
    /** True when an element gained or lost the detailed class: the labels must be chosen again. */
    refresh(zoom: number, extent: Extent): boolean {
      if (zoom < OVERVIEW_MAX_ZOOM) {
        if (detailed.empty()) return false;
        const back = detailed;
        detailed = cy.collection();
        cy.batch(() => back.removeClass(CLASSES.detailed));
        return true;
      }
      const fresh = elementsIn(cy, grow(extent, LABEL_MARGIN)).filter((element) => !element.hasClass(CLASSES.detailed));
      if (fresh.empty()) return false;
      detailed = detailed.union(fresh);
      cy.batch(() => {
        giveDashLevel(fresh.edges(), dashLevelFor(zoom));
        fresh.addClass(CLASSES.detailed);
      });
      return true;
    },
    detailed: () => detailed,
  };
}

export function OverviewController({ cy, elementCount }: { cy: Core; elementCount: number }) {
  // After an edit or a grouping change, start again from the elements as they are now.
  const checked = useExplorer((state) => state.checked);
  const groupByAffiliation = useExplorer((state) => state.groupByAffiliation);

  useEffect(() => {
    if (!usesOverview(elementCount) || checked === null) return;
    const detail = overviewDetail(cy);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasOverview = true;
    const refresh = () => {
      timer = undefined;
      wasOverview = cy.zoom() < OVERVIEW_MAX_ZOOM;
      // Only detailed elements are labelled: a part detailed after the view settled (a centring animation ends before
      // the pause) gets its labels now rather than at the next pan.
      if (detail.refresh(cy.zoom(), cy.extent())) askToRelabel(cy);
    };
    const onViewport = () => {
      clearTimeout(timer);
      const overview = cy.zoom() < OVERVIEW_MAX_ZOOM;
      if (overview !== wasOverview) refresh();
      else if (!overview) timer = setTimeout(refresh, PAN_PAUSE_MS);
    };
    refresh();
    cy.on('viewport', onViewport);
    return () => {
      clearTimeout(timer);
      cy.off('viewport', onViewport);
    };
  }, [cy, elementCount, checked, groupByAffiliation]);

  return null;
}
