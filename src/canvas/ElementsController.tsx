// Renderless: puts the dataset's elements and stylesheet into Cytoscape, then follows edits and the grouping toggle in place.
import type { Core, ElementDefinition } from 'cytoscape';
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
const sameVocabulary = (a: CheckedDataset, b: CheckedDataset) =>
  JSON.stringify([...a.relationTypes]) === JSON.stringify([...b.relationTypes]);

/** Actor ids with a curator-saved position. */
const savedPositions = (checked: CheckedDataset) =>
  new Set(checked.dataset.actors.filter((actor) => actor.position).map((actor) => actor.id));

export function ElementsController({ cy }: { cy: Core }) {
  const checked = useExplorer((state) => state.checked);
  const groupByAffiliation = useExplorer((state) => state.groupByAffiliation);
  // What is on the canvas: the dataset and grouping it was built from, its elements (whose classes the patch ignores) and
  // its saved positions, so an edit diffs against them instead of rebuilding them from the previous dataset.
  const loaded = useRef<{
    checked: CheckedDataset;
    groupByAffiliation: boolean;
    elements: ElementDefinition[];
    saved: ReadonlySet<string>;
  } | null>(null);

  useEffect(() => {
    if (checked === null) return;
    const overview = usesOverview(checked.dataset.actors.length + checked.dataset.relations.length);
    const previous = loaded.current;
    if (previous === null) {
      // The stylesheet first: elements are styled once as they are added, not again when it arrives.
      cy.style(buildStylesheet(checked.relationTypes.values()));
      // New edges join at the dash level the graph shows now; DashController changes it as the zoom does.
      const elements = datasetElements(checked, { groupByAffiliation, overview, dashLevel: appliedDashLevel(cy) });
      addElementsStyledInOrder(cy, elements);
      loaded.current = { checked, groupByAffiliation, elements, saved: savedPositions(checked) };
      return;
    }
    if (previous.checked === checked && previous.groupByAffiliation === groupByAffiliation) return;
    // A curation edit or the grouping toggle: change what changed, so everything else stays where the user sees it.
    if (!sameVocabulary(previous.checked, checked)) cy.style(buildStylesheet(checked.relationTypes.values()));
    const elements = datasetElements(checked, { groupByAffiliation, overview });
    const saved = savedPositions(checked);
    const patch = elementPatch(previous.elements, elements, { before: previous.saved, after: saved });
    if (!isEmptyPatch(patch)) patchElements(cy, patch, saved, appliedDashLevel(cy));
    loaded.current = { checked, groupByAffiliation, elements, saved };
  }, [cy, checked, groupByAffiliation]);

  return null;
}
