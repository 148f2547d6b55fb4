// Test helper: render a component inside a StoreProvider whose store holds the small fixture (and, when given, a graph
// handle as the canvas would publish it) and the test formatter; unmount after each test.
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { GraphProvider, usePublishGraph, type GraphHandle } from '../../src/canvas/GraphContext';
import type { CheckedDataset } from '../../src/domain/model';
import { createExplorerStore, type ExplorerStore } from '../../src/store/store';
import { StoreProvider } from '../../src/store/StoreProvider';
import type { Formatter } from '../../src/i18n/formatter';
import { WithI18n } from './testI18n';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

function PublishGraph({ handle }: { handle: GraphHandle }) {
  usePublishGraph(handle);
  return null;
}

export function renderWithStore(
  ui: ReactElement,
  checked: CheckedDataset | null,
  prepare?: (store: ExplorerStore) => void,
  options: { graph?: GraphHandle; formatter?: Formatter } = {},
) {
  const store = createExplorerStore();
  if (checked) store.getState().datasetLoaded(checked, []);
  prepare?.(store);
  // StrictMode as in the app's development build: an effect that does not undo itself shows in the tests.
  const view = render(
    <WithI18n formatter={options.formatter}>
      <StoreProvider store={store}>
        <GraphProvider>
          {options.graph && <PublishGraph handle={options.graph} />}
          {ui}
        </GraphProvider>
      </StoreProvider>
    </WithI18n>,
    { reactStrictMode: true },
  );
  return { store, ...view };
}
