// Renderless: puts the dataset's elements and stylesheet into Cytoscape and follows edits and the grouping toggle in
// place, then shows and hides elements by toggling a class (never removing them), changing only what changed.
import type { Core, ElementDefinition, SingularElementArgument } from 'cytoscape';
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { CheckedDataset } from '../../domain/model';
import { bundleElements, bundleIndexOf } from '../../graph/bundleView';
import { affiliationParents, datasetElements } from '../../graph/elements';
import { elementPatch, isEmptyPatch } from '../../graph/elementPatch';
import { usesOverview } from '../../graph/layoutOptions';
import { buildStylesheet, CLASSES } from '../../graph/stylesheet';
import { canvasVisibility, type CanvasVisibility } from '../../graph/visibility';
import { selectVisibility } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';
import { addElementsStyledInOrder } from '../elements/addElements';
import { applyBundles } from '../elements/bundleCanvas';
import { appliedDashLevel } from '../elements/dashLevels';
import { patchElements } from '../elements/patchElements';

/** Edits rebuild the vocabulary map; only a changed vocabulary needs a new stylesheet (which restyles every element). */
const sameVocabulary = (a: CheckedDataset, b: CheckedDataset) =>
  JSON.stringify([...a.relationTypes]) === JSON.stringify([...b.relationTypes]);

/** Actor ids with a curator-saved position. */
const savedPositions = (checked: CheckedDataset) =>
  new Set(checked.dataset.actors.filter((actor) => actor.position).map((actor) => actor.id));

interface Loaded {
  checked: CheckedDataset;
  groupByAffiliation: boolean;
  /** The elements on the canvas (an edit diffs against them) and the saved positions they were built with. */
  elements: ElementDefinition[];
  saved: ReadonlySet<string>;
}

/** The dataset's actors and relations, and a bundle edge for each pair of actors with several relations. */
function elementsOf(checked: CheckedDataset, options: Parameters<typeof datasetElements>[1]): ElementDefinition[] {
  return [...datasetElements(checked, options), ...bundleElements(bundleIndexOf(checked), options)];
}

/** Puts the dataset on the canvas, or changes only what an edit or the grouping changed. */
function loadElements(cy: Core, previous: Loaded | null, checked: CheckedDataset, groupByAffiliation: boolean): Loaded {
  const overview = usesOverview(checked.dataset.actors.length + checked.dataset.relations.length);
  if (previous === null) {
    // The stylesheet first: elements are styled once as they are added, not again when it arrives.
    cy.style(buildStylesheet(checked.relationTypes.values()));
    // New edges join at the dash level the graph shows now; DashController changes it as the zoom does.
    const elements = elementsOf(checked, { groupByAffiliation, overview, dashLevel: appliedDashLevel(cy) });
    addElementsStyledInOrder(cy, elements);
    return { checked, groupByAffiliation, elements, saved: savedPositions(checked) };
  }
  if (previous.checked === checked && previous.groupByAffiliation === groupByAffiliation) return previous;
  // A curation edit or the grouping toggle: change what changed, so everything else stays where the user sees it.
  if (!sameVocabulary(previous.checked, checked)) cy.style(buildStylesheet(checked.relationTypes.values()));
  const elements = elementsOf(checked, { groupByAffiliation, overview });
  const saved = savedPositions(checked);
  const patch = elementPatch(previous.elements, elements, { before: previous.saved, after: saved });
  if (!isEmptyPatch(patch)) patchElements(cy, patch, saved, appliedDashLevel(cy));
  return { checked, groupByAffiliation, elements, saved };
}

function setClass(element: SingularElementArgument, className: string, on: boolean) {
  if (element.hasClass(className) !== on) element.toggleClass(className, on);
}

function toggle(cy: Core, ids: Iterable<string>, className: string, on: boolean) {
  for (const id of ids) cy.getElementById(id).toggleClass(className, on);
}

function difference(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const result: string[] = [];
  for (const id of a) if (!b.has(id)) result.push(id);
  return result;
}

/** Shows what `shown` says: every element after the elements changed, only the differences after a filter. */
function applyVisibility(cy: Core, shown: CanvasVisibility, previous: CanvasVisibility | null): void {
  cy.batch(() => {
    if (previous === null) {
      // Every element is checked, but toggleClass (which builds collections per call) runs only where the class is wrong.
      cy.nodes().forEach((node) => {
        setClass(node, CLASSES.hidden, !shown.nodes.has(node.id()));
        setClass(node, CLASSES.contextOnly, shown.contextOnly.has(node.id()));
      });
      // Bundle edges follow their members (bundleCanvas.ts), after this.
      cy.edges().forEach((edge) => {
        if (!edge.data('bundle')) setClass(edge, CLASSES.hidden, !shown.edges.has(edge.id()));
      });
      return;
    }
    toggle(cy, difference(previous.nodes, shown.nodes), CLASSES.hidden, true);
    toggle(cy, difference(shown.nodes, previous.nodes), CLASSES.hidden, false);
    toggle(cy, difference(previous.edges, shown.edges), CLASSES.hidden, true);
    toggle(cy, difference(shown.edges, previous.edges), CLASSES.hidden, false);
    toggle(cy, difference(previous.contextOnly, shown.contextOnly), CLASSES.contextOnly, false);
    toggle(cy, difference(shown.contextOnly, previous.contextOnly), CLASSES.contextOnly, true);
  });
}

/**
 * Runs in the layout-effect phase, before every other controller's (passive) effects: whatever their order, they find
 * the graph's elements in place and shown as the filters say.
 */
export function GraphDataController({ cy }: { cy: Core }) {
  const checked = useExplorer((state) => state.checked);
  const groupByAffiliation = useExplorer((state) => state.groupByAffiliation);
  const visibility = useExplorer(selectVisibility);
  const parents = useMemo(
    () =>
      checked && groupByAffiliation
        ? affiliationParents(checked.dataset.actors, checked.actorsById)
        : new Map<string, string>(),
    [checked, groupByAffiliation],
  );
  const loaded = useRef<Loaded | null>(null);
  const shownNow = useRef<{ elements: Loaded; parents: ReadonlyMap<string, string>; shown: CanvasVisibility } | null>(
    null,
  );

  useLayoutEffect(() => {
    if (checked === null || visibility === null) return;
    const elements = loadElements(cy, loaded.current, checked, groupByAffiliation);
    loaded.current = elements;
    const shown = canvasVisibility(checked, visibility, parents);
    const previous = shownNow.current;
    // New elements (another dataset, an edit, a regrouping) are checked one by one; a filter changes only differences.
    const sameElements = previous !== null && previous.elements === elements && previous.parents === parents;
    applyVisibility(cy, shown, sameElements ? previous.shown : null);
    applyBundles(cy, bundleIndexOf(checked), shown.edges);
    shownNow.current = { elements, parents, shown };
  }, [cy, checked, groupByAffiliation, parents, visibility]);

  return null;
}
