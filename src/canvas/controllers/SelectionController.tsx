// Renderless: marks the selected element and its neighbours.
import type { Core, CollectionReturnValue } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { edgeIdOf } from '../../graph/elements';
import { CLASSES } from '../../graph/stylesheet';
import { useExplorer } from '../../store/StoreProvider';
import type { Selection } from '../../domain/selection';

export function elementOf(cy: Core, selection: Selection) {
  if (selection === null) return cy.collection();
  return cy.getElementById(selection.kind === 'actor' ? selection.id : edgeIdOf(selection.id));
}

export function SelectionController({ cy }: { cy: Core }) {
  const selection = useExplorer((state) => state.selection);
  const checked = useExplorer((state) => state.checked);
  const groupByAffiliation = useExplorer((state) => state.groupByAffiliation);
  const marked = useRef<{ chosen: CollectionReturnValue; neighbours: CollectionReturnValue } | null>(null);

  useEffect(() => {
    cy.batch(() => {
      // Elements may have been replaced (grouping moves them): clear by class as well as by reference.
      marked.current?.chosen.removeClass(CLASSES.selected);
      marked.current?.neighbours.removeClass(CLASSES.neighbour);
      const chosen = elementOf(cy, selection);
      const neighbours = chosen
        .nodes()
        .connectedEdges()
        .union(chosen.nodes().neighborhood('node'))
        .union(chosen.edges().connectedNodes());
      chosen.addClass(CLASSES.selected);
      neighbours.addClass(CLASSES.neighbour);
      marked.current = { chosen, neighbours };
    });
  }, [cy, selection, checked, groupByAffiliation]);

  return null;
}
