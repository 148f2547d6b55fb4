// Renderless: turns canvas taps and hovers into store actions (select, clear, hover tooltip).
import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';
import { relationIdOfEdge } from '../graph/elements';
import { useExplorerStore } from '../store/StoreProvider';

export function EventsController({ cy }: { cy: Core }) {
  const store = useExplorerStore();

  useEffect(() => {
    const actions = () => store.getState();
    const onTap = (event: EventObject) => {
      const target = event.target as Core | EventObject['target'];
      if (target === cy) actions().clearSelection();
    };
    const onTapNode = (event: EventObject) => actions().select({ kind: 'actor', id: event.target.id() });
    const onTapEdge = (event: EventObject) =>
      actions().select({ kind: 'relation', id: relationIdOfEdge(event.target.id()) });
    const onOverNode = (event: EventObject) => {
      const { x, y } = event.target.renderedPosition();
      actions().setHover({ kind: 'actor', id: event.target.id(), x, y });
    };
    const onOverEdge = (event: EventObject) => {
      const { x, y } = event.target.renderedMidpoint();
      actions().setHover({ kind: 'relation', id: relationIdOfEdge(event.target.id()), x, y });
    };
    const onOut = () => actions().setHover(null);
    cy.on('tap', onTap);
    cy.on('tap', 'node', onTapNode);
    cy.on('tap', 'edge', onTapEdge);
    cy.on('mouseover', 'node', onOverNode);
    cy.on('mouseover', 'edge', onOverEdge);
    cy.on('mouseout', 'node, edge', onOut);
    cy.on('viewport', onOut);
    return () => {
      cy.off('tap', onTap);
      cy.off('tap', 'node', onTapNode);
      cy.off('tap', 'edge', onTapEdge);
      cy.off('mouseover', 'node', onOverNode);
      cy.off('mouseover', 'edge', onOverEdge);
      cy.off('mouseout', 'node, edge', onOut);
      cy.off('viewport', onOut);
    };
  }, [cy, store]);

  return null;
}
