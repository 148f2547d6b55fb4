// Renderless: runs the layout when the dataset loads, the grouping changes or the user asks, then sets the viewport.
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { useExplorer, useExplorerStore } from '../store/StoreProvider';
import { applyViewport, runLayout } from './runLayout';

export function LayoutController({ cy }: { cy: Core }) {
  const store = useExplorerStore();
  const checked = useExplorer((state) => state.checked);
  const groupByAffiliation = useExplorer((state) => state.groupByAffiliation);
  const layoutRequest = useExplorer((state) => state.layoutRequest);

  useEffect(() => {
    if (checked === null) return;
    runLayout(cy, checked);
    applyViewport(cy, store.getState().viewport);
  }, [cy, store, checked, groupByAffiliation, layoutRequest]);

  return null;
}
