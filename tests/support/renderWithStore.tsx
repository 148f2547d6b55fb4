// Test helper: render a component inside a StoreProvider whose store holds the small fixture; unmount after each test.
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import { createExplorerStore, type ExplorerStore } from '../../src/store/store';
import { StoreProvider } from '../../src/store/StoreProvider';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

export function renderWithStore(
  ui: ReactElement,
  checked: CheckedDataset | null,
  prepare?: (store: ExplorerStore) => void,
) {
  const store = createExplorerStore();
  if (checked) store.getState().datasetLoaded(checked, []);
  prepare?.(store);
  return { store, ...render(<StoreProvider store={store}>{ui}</StoreProvider>) };
}
