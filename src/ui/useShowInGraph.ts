// Selects an actor or a relation from a panel (search, table, details) and brings it into view on the graph.
import { useCallback } from 'react';
import { useGraph } from '../canvas/GraphContext';
import { useExplorer } from '../store/StoreProvider';

export function useShowInGraph(): (target: { kind: 'actor' | 'relation'; id: string }) => void {
  const select = useExplorer((state) => state.select);
  const graph = useGraph();
  return useCallback(
    (target) => {
      select(target);
      graph?.commands.centreOn(target);
    },
    [select, graph],
  );
}
