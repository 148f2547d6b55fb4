// The benchmark's middle page: bare Cytoscape drawing the explorer's own elements, stylesheet and level of detail,
// with no React and no store, so the explorer's cost splits into the style's and its own.
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { addElementsStyledInOrder } from '../../src/canvas/elements/addElements';
import { applyBundles } from '../../src/canvas/elements/bundleCanvas';
import { labelPass, screenView, type LabelEmphasis } from '../../src/canvas/labels/labelPass';
import { onViewSettled } from '../../src/canvas/controllers/viewSettle';
import { applyDashLevel, giveDashLevel } from '../../src/canvas/elements/dashLevels';
import { applyViewport } from '../../src/canvas/layout/runLayout';
import type { CheckedDataset, Dataset } from '../../src/domain/model';
import { relationVocabulary } from '../../src/domain/relationTypes';
import { dashLevelFor } from '../../src/graph/dashes';
import { bundleElements, bundleIndexOf, type BundleIndex } from '../../src/graph/bundleView';
import { datasetElements } from '../../src/graph/elements';
import { OVERVIEW_MAX_ZOOM, rendererOptions, usesOverview } from '../../src/graph/layoutOptions';
import { contains, grow, segmentTouches, type Extent } from '../../src/geometry/extent';
import { buildStylesheet, CLASSES } from '../../src/graph/stylesheet';
import { relationTypesOf } from './elements';
import { graph, loadDataset, panel, params, showFailure, showTypeFilters } from './page';

// The explorer's timing policies (canvas/controllers/OverviewController, canvas/controllers/DashController), restated here: they are
// module-private there, and their components come with React and the store.
const LABEL_MARGIN = 150;
const PAN_PAUSE_MS = 120;
const GESTURE_PAUSE_MS = 200;

/**
 * What datasetElements reads of a checked dataset. The harness's datasets are valid by construction, and the
 * validation (quotes, documents) is part of the explorer's load, not of the frame this page is compared on.
 */
function drawable(dataset: Dataset): CheckedDataset {
  return {
    dataset,
    documentTexts: new Map(),
    anchors: [],
    relationTypes: relationVocabulary(dataset.relationTypes?.map((type) => ({ ...type, description: type.label }))),
    actorsById: new Map(dataset.actors.map((actor) => [actor.id, actor])),
    relationIndexById: new Map(dataset.relations.map((relation, index) => [relation.id, index])),
    documentsById: new Map(),
  };
}

/** The level of detail of a large graph: the detailed class on what is in view once zoomed in, as in the explorer. */
function followLevelOfDetail(cy: Core): void {
  let detailed = cy.collection();
  const inView = (box: Extent) => {
    const nodes = cy.nodes().filter((node) => node.isChildless() && contains(box, node.position()));
    const edges = cy.edges().filter((edge) => {
      const source = edge.source().position();
      const target = edge.target().position();
      return contains(box, source) || contains(box, target) || segmentTouches(box, source, target);
    });
    return nodes.union(nodes.ancestors()).union(edges);
  };
  const refresh = () => {
    const zoom = cy.zoom();
    if (zoom < OVERVIEW_MAX_ZOOM) {
      if (detailed.empty()) return;
      const back = detailed;
      detailed = cy.collection();
      cy.batch(() => back.removeClass(CLASSES.detailed));
      return;
    }
    const fresh = inView(grow(cy.extent(), LABEL_MARGIN)).filter((element) => !element.hasClass(CLASSES.detailed));
    if (fresh.empty()) return;
    detailed = detailed.union(fresh);
    cy.batch(() => {
      giveDashLevel(fresh.edges(), dashLevelFor(zoom));
      fresh.addClass(CLASSES.detailed);
    });
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wasOverview = true;
  const refreshNow = () => {
    timer = undefined;
    wasOverview = cy.zoom() < OVERVIEW_MAX_ZOOM;
    refresh();
  };
  refreshNow();
  cy.on('viewport', () => {
    clearTimeout(timer);
    const overview = cy.zoom() < OVERVIEW_MAX_ZOOM;
    if (overview !== wasOverview) refreshNow();
    else if (!overview) timer = setTimeout(refreshNow, PAN_PAUSE_MS);
  });
}

/** Dashes keep their size on screen: at once for programmatic zooms, after a pause during wheel gestures. */
function followDashLevel(cy: Core): void {
  let lastInput = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const apply = () => {
    timer = undefined;
    applyDashLevel(cy, dashLevelFor(cy.zoom()));
  };
  for (const type of ['wheel', 'touchmove', 'pointerdown'] as const)
    graph.addEventListener(type, () => (lastInput = performance.now()), { capture: true, passive: true });
  apply();
  cy.on('zoom', () => {
    clearTimeout(timer);
    if (performance.now() - lastInput > GESTURE_PAUSE_MS) apply();
    else timer = setTimeout(apply, GESTURE_PAUSE_MS);
  });
}

/**
 * The explorer's labels (canvas/controllers/LabelController): chosen for the view when it settles, the selection changes or a
 * filter does, by the same label pass. Returns the pass, for the selection and the filters to call.
 */
function followLabels(cy: Core, edgeLabels: boolean): (emphasis?: LabelEmphasis) => void {
  let current: LabelEmphasis = { selected: new Set(), emphasised: new Set(), edgeLabels };
  const pass = (emphasis: LabelEmphasis = current) => {
    current = { ...emphasis, edgeLabels };
    labelPass(cy, screenView(cy), current);
  };
  // The explorer's LabelController first runs in a passive effect, which lands after the first frame: so here.
  cy.one('render', () => setTimeout(() => pass()));
  onViewSettled(cy, 'viewport', () => pass());
  return pass;
}

/** The explorer's bundles of parallel relations: collapsed unless fewer than two of their relations are shown. */
function showBundles(cy: Core, index: BundleIndex): () => void {
  const show = () =>
    applyBundles(
      cy,
      index,
      new Set(
        cy
          .edges()
          .filter((edge) => !edge.data('bundle') && !edge.hasClass(CLASSES.hidden))
          .map((edge) => edge.id()),
      ),
    );
  show();
  return show;
}

/** The explorer's selection marks: the chosen element and its neighbourhood, by class, then its labels. */
function followSelection(cy: Core, relabel: (emphasis: LabelEmphasis) => void): void {
  let marked = { chosen: cy.collection(), neighbours: cy.collection() };
  const select = (chosen: ReturnType<Core['collection']>) =>
    cy.batch(() => {
      marked.chosen.removeClass(CLASSES.selected);
      marked.neighbours.removeClass(CLASSES.neighbour);
      const neighbours = chosen
        .nodes()
        .connectedEdges()
        .union(chosen.nodes().neighborhood('node'))
        .union(chosen.edges().connectedNodes());
      chosen.addClass(CLASSES.selected);
      neighbours.addClass(CLASSES.neighbour);
      marked = { chosen, neighbours };
      relabel({
        selected: new Set(chosen.map((element) => element.id())),
        emphasised: new Set(neighbours.map((element) => element.id())),
        edgeLabels: true,
      });
    });
  cy.on('tap', (event: EventObject) => {
    if (event.target !== cy) return;
    select(cy.collection());
    panel.textContent = '';
  });
  cy.on('tap', 'node, edge', (event: EventObject) => {
    select(cy.collection().union(event.target));
    panel.textContent = String(event.target.data('label'));
  });
}

async function main() {
  const { dataset, positions } = await loadDataset<Dataset>();
  // The explorer's positions (saved, or its layout's when the harness captured them) become saved positions here.
  const placed: Dataset = positions
    ? {
        ...dataset,
        actors: dataset.actors.map((actor) => ({ ...actor, position: positions[actor.id] ?? actor.position })),
      }
    : dataset;
  const checked = drawable(placed);
  const elementCount = placed.actors.length + placed.relations.length;
  const overview = usesOverview(elementCount);
  const bundles = bundleIndexOf(checked);
  const elements = [
    ...datasetElements(checked, { groupByAffiliation: false, overview }),
    ...bundleElements(bundles, { overview }),
  ];
  performance.mark('bench:loaded');
  const cy = cytoscape({ container: graph, ...rendererOptions(elementCount) });
  cy.style(buildStylesheet(checked.relationTypes.values()));
  addElementsStyledInOrder(cy, elements);
  applyViewport(cy, null);
  if (usesOverview(elementCount)) followLevelOfDetail(cy);
  followDashLevel(cy);
  const rebundle = showBundles(cy, bundles);
  // ?labels=off leaves the label pass out, to measure what the labels cost.
  const relabel = params.get('labels') === 'off' ? () => {} : followLabels(cy, params.get('labels') !== 'actors');
  followSelection(cy, relabel);
  // As in the explorer: a filter toggles the class in one batch, then the bundles follow, and the labels after the
  // frame that shows the filter.
  showTypeFilters(cy, relationTypesOf(placed), CLASSES.hidden, () => {
    rebundle();
    requestAnimationFrame(() => setTimeout(() => relabel()));
  });
  window.__bare = { cy };
}

main().catch(showFailure);
