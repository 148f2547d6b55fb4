// Adds a dataset's elements to Cytoscape in the order that styles them cheapest: actors first, then their edges.
import type { Core, ElementDefinition } from 'cytoscape';

/**
 * Every style property that differs from Cytoscape's default makes it mark the element's connected edges for restyling
 * and fire bounds triggers. A node gets ~17 such properties, so styling nodes whose edges already exist walks every
 * edge ~17 times: styling the nodes before the edges are added skips that (docs/performance.md has the measured gain).
 */
export function addElementsStyledInOrder(cy: Core, elements: readonly ElementDefinition[]): void {
  cy.batch(() => cy.add(elements.filter((element) => element.group === 'nodes')));
  cy.nodes().forEach((node) => void node.numericStyle('width'));
  cy.batch(() => cy.add(elements.filter((element) => element.group !== 'nodes')));
}
