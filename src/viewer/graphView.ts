// The shared view's graph: Cytoscape with the explorer's own elements, stylesheet and label pass, at the positions the
// exported view had; the reader pans, zooms and clicks, and the filters and the selection toggle classes.
import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { onViewSettled } from '../canvas/controllers/viewSettle';
import { labelPass, screenView } from '../canvas/labels/labelPass';
import { labelTextWidth } from '../canvas/labels/textWidth';
import type { CheckedDataset } from '../domain/model';
import type { Visibility } from '../domain/query';
import { datasetElements, edgeIdOf } from '../graph/elements';
import { ACTOR_LABEL_PX, labelSize } from '../graph/labels';
import { rendererOptions } from '../graph/layoutOptions';
import { buildStylesheet, CLASSES } from '../graph/stylesheet';
import { fitView } from '../graph/viewFit';
import type { Selection } from '../domain/selection';

declare global {
  interface Window {
    /** With ?debug in the file's address: the graph, for end-to-end tests. */
    __sharedView?: { cy: Core };
  }
}

const FIT_PADDING = 24;
const FIT_MAX_ZOOM = 2;

export interface GraphView {
  cy: Core;
  /** Puts the dataset's actors and relations on the graph, which is made empty (see createGraphView). */
  addElements(): void;
  show(visibility: Visibility): void;
  select(selection: Selection): void;
  fit(): void;
  /** The graph as it is drawn now, as a PNG data URL (for printing). */
  picture(): string;
}

export function createGraphView(
  container: HTMLElement,
  checked: CheckedDataset,
  options: { edgeLabels: boolean; onSelect: (selection: Selection) => void; visibility: Visibility },
): GraphView {
  const elements = hiddenAsIn(datasetElements(checked, { groupByAffiliation: false }), options.visibility);
  // Made empty: Cytoscape draws the elements of its first frame into its layer textures in one go, and queues those
  // of later frames to be drawn a few at a time; the elements come with addElements(), after that first frame.
  const cy = cytoscape({
    container,
    ...rendererOptions(elements.length),
    style: buildStylesheet(checked.relationTypes.values()),
  });
  if (new URLSearchParams(window.location.search).has('debug')) window.__sharedView = { cy };

  let selection: Selection = null;
  const relabel = () => {
    const selected = new Set<string>();
    const emphasised = new Set<string>();
    const element = selectedElement(cy, selection);
    if (element) {
      selected.add(element.id());
      for (const id of neighbourIds(element)) emphasised.add(id);
    }
    labelPass(cy, screenView(cy), { selected, emphasised, edgeLabels: options.edgeLabels });
  };
  onViewSettled(cy, 'viewport', relabel);

  cy.on('tap', 'node', (event) => options.onSelect({ kind: 'actor', id: event.target.id() }));
  cy.on('tap', 'edge', (event) => options.onSelect({ kind: 'relation', id: String(event.target.data('relationId')) }));
  cy.on('tap', (event) => {
    if (event.target === cy) options.onSelect(null);
  });
  new ResizeObserver(() => {
    cy.resize();
    relabel();
  }).observe(container);

  const fit = () => {
    cy.resize();
    const nodes = cy.nodes(':visible');
    const widthOf = labelTextWidth();
    const items = nodes.map((node) => ({
      ...node.position(),
      width: node.width(),
      height: node.height(),
      label: labelSize(String(node.data('caption') ?? ''), ACTOR_LABEL_PX, widthOf),
    }));
    cy.viewport(fitView(items, { width: cy.width(), height: cy.height() }, FIT_PADDING, FIT_MAX_ZOOM));
    relabel();
  };

  return {
    cy,
    // The actors stay where the exported view had them (their elements' positions).
    addElements: () => void cy.add(elements),
    show(visibility) {
      cy.batch(() => {
        cy.nodes().forEach((node) => void node.toggleClass(CLASSES.hidden, !visibility.actorIds.has(node.id())));
        cy.edges().forEach(
          (edge) => void edge.toggleClass(CLASSES.hidden, !visibility.relationIds.has(String(edge.data('relationId')))),
        );
      });
      relabel();
    },
    select(next) {
      selection = next;
      cy.batch(() => {
        cy.elements().removeClass(`${CLASSES.selected} ${CLASSES.neighbour}`);
        const element = selectedElement(cy, next);
        if (!element) return;
        element.addClass(CLASSES.selected);
        for (const id of neighbourIds(element)) cy.getElementById(id).addClass(CLASSES.neighbour);
      });
      relabel();
    },
    fit,
    picture: () => cy.png({ full: true, scale: 2, bg: '#ffffff' }),
  };
}

/** The elements with the class that hides them where `visibility` does not show them, as show() would set it. */
function hiddenAsIn(elements: ElementDefinition[], visibility: Visibility): ElementDefinition[] {
  return elements.map((element) => {
    const shown =
      element.group === 'nodes'
        ? visibility.actorIds.has(String(element.data.id))
        : visibility.relationIds.has(String(element.data['relationId']));
    if (shown) return element;
    const { classes } = element;
    return {
      ...element,
      classes: Array.isArray(classes)
        ? [...classes, CLASSES.hidden]
        : [classes, CLASSES.hidden].filter(Boolean).join(' '),
    };
  });
}

function selectedElement(cy: Core, selection: Selection) {
  if (selection === null) return null;
  const element = cy.getElementById(selection.kind === 'actor' ? selection.id : edgeIdOf(selection.id));
  return element.nonempty() ? element : null;
}

/** An actor's relations and the actors at their other ends, or a relation's two actors. */
function neighbourIds(element: NodeSingular | EdgeSingular): string[] {
  if (element.isEdge()) return [element.source().id(), element.target().id()];
  const node = element as NodeSingular;
  return [...node.connectedEdges().map((edge) => edge.id()), ...node.neighborhood('node').map((other) => other.id())];
}
