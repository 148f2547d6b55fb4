// Applies a curation edit to the live graph in place (graph/elementPatch.ts): what was drawn stays where it is.
import type { Core, NodeSingular } from 'cytoscape';
import { hashString } from '../../graph/elements';
import type { ElementPatch } from '../../graph/elementPatch';
import { giveDashLevel } from './dashLevels';

const STRUCTURAL_KEYS = new Set(['id', 'parent', 'source', 'target']);

/** How far from its neighbours' centre a new actor lands, in graph units: near them, not on top of them. */
const NEW_ACTOR_OFFSET = 60;

/** Near the actors it is related to, or in the middle of the view; a fixed angle per id, so it is the same every time. */
function placeNewActor(cy: Core, node: NodeSingular, placed: ReadonlySet<string>): { x: number; y: number } {
  const anchors = node.neighborhood('node').filter((other) => placed.has(other.id()));
  let centre: { x: number; y: number };
  if (anchors.length > 0) {
    let x = 0;
    let y = 0;
    anchors.forEach((anchor) => {
      x += anchor.position('x');
      y += anchor.position('y');
    });
    centre = { x: x / anchors.length, y: y / anchors.length };
  } else {
    const view = cy.extent();
    centre = { x: (view.x1 + view.x2) / 2, y: (view.y1 + view.y2) / 2 };
  }
  const angle = (hashString(node.id()) / 0x100000000) * 2 * Math.PI;
  return {
    x: Math.round(centre.x + NEW_ACTOR_OFFSET * Math.cos(angle)),
    y: Math.round(centre.y + NEW_ACTOR_OFFSET * Math.sin(angle)),
  };
}

/** `savedAfter`: actor ids with a curator-saved position, which new actors keep. `dashLevel`: the level the graph shows. */
export function patchElements(cy: Core, patch: ElementPatch, savedAfter: ReadonlySet<string>, dashLevel: number): void {
  cy.batch(() => {
    const placed = new Set(cy.nodes().map((node) => node.id()));
    // New actors first, so people can move into a group that arrives with the same change (an undone deletion).
    const addedNodes = cy.add(patch.add.filter((element) => element.group === 'nodes'));
    // Out of a group before the group can go: removing a parent removes what it contains.
    for (const { id, parent } of patch.reparent) cy.getElementById(id).move({ parent });
    const removed = cy.collection();
    for (const id of patch.remove) removed.merge(cy.getElementById(id));
    removed.remove();
    const updated = cy.collection();
    for (const { id, data } of patch.update) {
      const element = cy.getElementById(id);
      // Ids and ends are fixed once an element exists (changing them is a remove and add, the group a reparent).
      const { id: _id, parent: _parent, source: _source, target: _target, ...changeable } = data;
      const stale = Object.keys(element.data()).filter((key) => !(key in changeable) && !STRUCTURAL_KEYS.has(key));
      if (stale.length > 0) element.removeData(stale.join(' '));
      element.data(changeable);
      updated.merge(element);
    }
    for (const { id, position } of patch.reposition) cy.getElementById(id).position(position);
    // Edges last: a re-attached edge was removed above, and every end now exists.
    const addedEdges = cy.add(patch.add.filter((element) => element.group !== 'nodes'));
    addedNodes.forEach((node) => {
      if (!savedAfter.has(node.id())) node.position(placeNewActor(cy, node, placed));
    });
    // An edge whose type changed may have become dashed or solid: it takes the graph's level like a new one.
    giveDashLevel(addedEdges.union(updated.edges()), dashLevel);
  });
}
