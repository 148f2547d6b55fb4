// Renderless: actors the user drags stay where they are dropped, as a curation edit (their saved positions); undoing it
// puts them back where they were drawn. Shift-drag on the background (or shift-click) gathers actors to move together.
import type { Core, EventObject, NodeCollection, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { CheckedDataset, Position } from '../../domain/model';
import { useExplorer, useExplorerStore } from '../../store/StoreProvider';

/** What moves with a grabbed actor: the gathered actors when it is one of them, and whatever sits inside a group. */
function movingActors(cy: Core, grabbed: NodeSingular): NodeCollection {
  const moved: NodeCollection = grabbed.selected() ? cy.nodes(':selected') : grabbed;
  // A group's place follows its members, so the members' places are what is saved.
  return moved.union(moved.descendants()).filter((node: NodeSingular) => node.isChildless());
}

const positionsOf = (nodes: NodeCollection) =>
  new Map<string, Position>(nodes.map((node) => [node.id(), { ...node.position() }]));

/** The keys with which Cytoscape adds to its selection instead of replacing it. */
const gatheringKeyHeld = (event: EventObject) => {
  const original = event.originalEvent as MouseEvent | undefined;
  return original !== undefined && (original.shiftKey || original.ctrlKey || original.metaKey);
};

export function DragController({ cy }: { cy: Core }) {
  const store = useExplorerStore();
  const checked = useExplorer((state) => state.checked);
  // Where the actors of each arrangement edit were drawn before it, keyed by the dataset the edit was made to: undoing
  // the edit brings that very dataset back, and its actors without a saved position (which no data can place) go back.
  const drawnBefore = useRef(new WeakMap<CheckedDataset, ReadonlyMap<string, Position>>());

  useEffect(() => {
    // Cytoscape's own selection gathers actors to drag together; the explorer's selection stays the store's.
    cy.autounselectify(false);
    // With panning on, Cytoscape draws a selection box only while shift (or ctrl, or cmd) is held.
    cy.boxSelectionEnabled(true);
    let gesture: { nodes: NodeCollection; from: Map<string, Position> } | null = null;
    // Cytoscape's tapselect event does not carry the pointer event: the keys are read from the tapend just before it.
    let gathering = false;

    const onGrab = (event: EventObject) => {
      const nodes = movingActors(cy, event.target as NodeSingular);
      gesture = { nodes, from: positionsOf(nodes) };
    };
    const onDrop = () => {
      const state = store.getState();
      const moving = gesture;
      gesture = null;
      if (moving === null || state.checked === null) return;
      const changes = new Map<string, Position>();
      for (const [id, position] of positionsOf(moving.nodes)) {
        const from = moving.from.get(id);
        if (from?.x !== position.x || from.y !== position.y) changes.set(id, position);
      }
      if (changes.size === 0) return;
      const before = state.checked;
      const result = state.arrangeActors(changes);
      if (result?.ok && store.getState().checked !== before) drawnBefore.current.set(before, moving.from);
    };
    const onTapEnd = (event: EventObject) => {
      gathering = gatheringKeyHeld(event);
    };
    // A plain click picks one actor for the explorer, not a gathering: Cytoscape's tap selection is undone at once.
    const onTapSelect = () => {
      if (!gathering) cy.nodes(':selected').unselect();
    };
    const keepEdgesOut = (event: EventObject) => void event.target.unselect();

    cy.on('grabon', 'node', onGrab);
    cy.on('dragfreeon', 'node', onDrop);
    cy.on('tapend', onTapEnd);
    cy.on('tapselect', 'node', onTapSelect);
    cy.on('select', 'edge', keepEdgesOut);
    return () => {
      cy.off('grabon', 'node', onGrab);
      cy.off('dragfreeon', 'node', onDrop);
      cy.off('tapend', onTapEnd);
      cy.off('tapselect', 'node', onTapSelect);
      cy.off('select', 'edge', keepEdgesOut);
    };
  }, [cy, store]);

  // After GraphDataController's patch (a layout effect), which places actors that have a saved position.
  useEffect(() => {
    const positions = checked && drawnBefore.current.get(checked);
    if (!checked || !positions) return;
    cy.batch(() => {
      for (const [id, position] of positions) {
        const node = cy.getElementById(id);
        if (node.nonempty() && checked.actorsById.get(id)?.position === undefined) node.position({ ...position });
      }
    });
  }, [cy, checked]);

  return null;
}
