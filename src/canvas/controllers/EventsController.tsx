// Renderless: turns canvas taps into selections (a tap on a bundle opens it instead: BundleController).
import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';
import { relationIdOfEdge } from '../../graph/elements';
import { useExplorerStore } from '../../store/StoreProvider';

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
    cy.on('tap', onTap);
    cy.on('tap', 'node', onTapNode);
    cy.on('tap', 'edge[!bundle]', onTapEdge);
    return () => {
      cy.off('tap', onTap);
      cy.off('tap', 'node', onTapNode);
      cy.off('tap', 'edge[!bundle]', onTapEdge);
    };
  }, [cy, store]);

  return null;
}
