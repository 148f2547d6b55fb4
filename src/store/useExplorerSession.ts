// Starts an explorer session: one store, kept in step with the URL, loading the dataset the URL names.
import { useEffect, useState } from 'react';
import { datasetUrlFrom, loadDatasetInto } from './loadDataset';
import { createExplorerStore, type ExplorerStore } from './store';
import { startUrlSync } from './urlSync';

export function useExplorerSession(): ExplorerStore {
  const [store] = useState(createExplorerStore);
  useEffect(() => {
    const stopSync = startUrlSync(store);
    void loadDatasetInto(store, datasetUrlFrom(window.location));
    return stopSync;
  }, [store]);
  return store;
}
