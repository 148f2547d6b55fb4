// Renderless: puts the dataset's elements and stylesheet into Cytoscape, and moves people in or out of their group.
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { CheckedDataset } from '../domain/model';
import { affiliationParents, datasetElements } from '../graph/elements';
import { usesOverview } from '../graph/layoutOptions';
import { buildStylesheet } from '../graph/stylesheet';
import { useExplorer } from '../store/StoreProvider';
import { addElementsStyledInOrder } from './addElements';
import { appliedDashLevel } from './dashLevels';

export function ElementsController({ cy }: { cy: Core }) {
  const checked = useExplorer((state) => state.checked);
  const groupByAffiliation = useExplorer((state) => state.groupByAffiliation);
  const loaded = useRef<CheckedDataset | null>(null);

  useEffect(() => {
    if (checked === null) return;
    if (loaded.current !== checked) {
      // The stylesheet first: elements are styled once as they are added, not again when it arrives.
      cy.style(buildStylesheet(checked.relationTypes.values()));
      // New edges join at the dash level the graph shows now; DashController changes it as the zoom does.
      const elements = datasetElements(checked, {
        groupByAffiliation,
        overview: usesOverview(checked.dataset.actors.length + checked.dataset.relations.length),
        dashLevel: appliedDashLevel(cy),
      });
      cy.batch(() => cy.elements().remove());
      addElementsStyledInOrder(cy, elements);
      loaded.current = checked;
      return;
    }
    // Grouping changed: move people rather than rebuilding.
    const parents = groupByAffiliation ? affiliationParents(checked.dataset.actors, checked.actorsById) : new Map<string, string>();
    cy.batch(() => {
      for (const actor of checked.dataset.actors) {
        const node = cy.getElementById(actor.id);
        const wanted = parents.get(actor.id) ?? null;
        const current = node.parent().first();
        const currentId = current.length > 0 ? current.id() : null;
        if (node.length > 0 && currentId !== wanted) node.move({ parent: wanted });
      }
    });
  }, [cy, checked, groupByAffiliation]);

  return null;
}
