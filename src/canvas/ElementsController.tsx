// Renderless: puts the dataset's elements and stylesheet into Cytoscape, then follows edits and the grouping toggle in place.
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { CheckedDataset } from '../domain/model';
import { datasetElements } from '../graph/elements';
import { elementPatch, isEmptyPatch } from '../graph/elementPatch';
import { usesOverview } from '../graph/layoutOptions';
import { buildStylesheet } from '../graph/stylesheet';
import { useExplorer } from '../store/StoreProvider';
import { addElementsStyledInOrder } from './addElements';
import { appliedDashLevel } from './dashLevels';
import { patchElements } from './patchElements';

/** Edits rebuild the vocabulary map; only a changed vocabulary needs a new stylesheet (which restyles every element). */
const sameVocabulary = (a: CheckedDataset, b: CheckedDataset) => JSON.stringify([...a.relationTypes]) === JSON.stringify([...b.relationTypes]);

/** Actor ids with a curator-saved position. */
const savedPositions = (checked: CheckedDataset) => new Set(checked.dataset.actors.filter((actor) => actor.position).map((actor) => actor.id));

export function ElementsController({ cy }: { cy: Core }) {
  const checked = useExplorer((state) => state.checked);
  const groupByAffiliation = useExplorer((state) => state.groupByAffiliation);
  const loaded = useRef<{ checked: CheckedDataset; groupByAffiliation: boolean } | null>(null);

  useEffect(() => {
    if (checked === null) return;
    const overview = usesOverview(checked.dataset.actors.length + checked.dataset.relations.length);
    const previous = loaded.current;
    loaded.current = { checked, groupByAffiliation };
    if (previous === null) {
      // The stylesheet first: elements are styled once as they are added, not again when it arrives.
      cy.style(buildStylesheet(checked.relationTypes.values()));
      // New edges join at the dash level the graph shows now; DashController changes it as the zoom does.
      addElementsStyledInOrder(cy, datasetElements(checked, { groupByAffiliation, overview, dashLevel: appliedDashLevel(cy) }));
      return;
    }
    if (previous.checked === checked && previous.groupByAffiliation === groupByAffiliation) return;
    // A curation edit or the grouping toggle: change what changed, so everything else stays where the user sees it.
    if (!sameVocabulary(previous.checked, checked)) cy.style(buildStylesheet(checked.relationTypes.values()));
    const savedAfter = savedPositions(checked);
    const patch = elementPatch(
      datasetElements(previous.checked, { groupByAffiliation: previous.groupByAffiliation }),
      datasetElements(checked, { groupByAffiliation, overview }),
      { before: savedPositions(previous.checked), after: savedAfter },
    );
    if (!isEmptyPatch(patch)) patchElements(cy, patch, savedAfter, appliedDashLevel(cy));
  }, [cy, checked, groupByAffiliation]);

  return null;
}
