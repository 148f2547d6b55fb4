// @vitest-environment jsdom
// The explorer session in React: autosave, the URL sync and the first open start in an effect, so a remount (StrictMode
// running every effect twice, or a hidden Activity shown again) leaves autosave on.
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { Activity, StrictMode, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { putActor } from '../../src/curation/actorTransitions';
import { validateInPage } from '../../src/io/validateOffThread';
import { memoryDraftStorage } from '../../src/session/draftStorage';
import { useExplorerSession } from '../../src/session/useExplorerSession';
import type { ExplorerStore } from '../../src/store/store';
import { sampleDataset } from '../curation/sample';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

/** The dataset the URL names comes from this fetch: the sample, as a server would send it. */
function serveSample() {
  const fetchSample = vi.fn(async () => new Response(JSON.stringify(sampleDataset())));
  vi.stubGlobal('fetch', fetchSample);
  window.history.replaceState(null, '', '/?data=/sample.json');
}

function Probe({
  storage,
  found,
}: {
  storage: ReturnType<typeof memoryDraftStorage>;
  found: (store: ExplorerStore) => void;
}) {
  const { store } = useExplorerSession({ storage, validate: validateInPage, autosaveDelayMs: 5 });
  found(store);
  return null;
}

async function editAndAwaitDraft(store: ExplorerStore, storage: ReturnType<typeof memoryDraftStorage>) {
  await waitFor(() => expect(store.getState().checked?.dataset.id).toBe('sample'));
  act(() => {
    expect(store.getState().applyEdit(putActor({ id: 'iran', name: 'Iran', kind: 'state' }))?.ok).toBe(true);
  });
  await waitFor(() => expect([...storage.records.keys()]).toEqual([expect.stringContaining('sample.json')]));
}

describe('useExplorerSession', () => {
  it('autosaves after StrictMode has unmounted and remounted its effects, with one pagehide listener, none after', async () => {
    serveSample();
    // Each running autosave listens for pagehide: counting the listeners left on tells how many are running.
    const listening = new Set<unknown>();
    const add = window.addEventListener.bind(window);
    const remove = window.removeEventListener.bind(window);
    vi.spyOn(window, 'addEventListener').mockImplementation((type, listener, options) => {
      if (type === 'pagehide') listening.add(listener);
      add(type, listener, options);
    });
    vi.spyOn(window, 'removeEventListener').mockImplementation((type, listener, options) => {
      if (type === 'pagehide') listening.delete(listener);
      remove(type, listener, options);
    });
    const storage = memoryDraftStorage();
    let store: ExplorerStore | null = null;
    const view = render(
      <StrictMode>
        <Probe storage={storage} found={(found) => (store ??= found)} />
      </StrictMode>,
    );
    expect(listening.size).toBe(1);
    await editAndAwaitDraft(store!, storage);
    view.unmount();
    expect(listening.size).toBe(0);
  });

  it('autosaves again once a hidden Activity is shown: the effects were stopped and started, the state kept', async () => {
    serveSample();
    const storage = memoryDraftStorage();
    const stores = new Set<ExplorerStore>();
    const tree = (mode: 'visible' | 'hidden'): ReactNode => (
      <Activity mode={mode}>
        <Probe storage={storage} found={(found) => stores.add(found)} />
      </Activity>
    );
    const view = render(tree('visible'));
    view.rerender(tree('hidden'));
    view.rerender(tree('visible'));
    expect(stores.size).toBe(1);
    await editAndAwaitDraft([...stores][0]!, storage);
  });
});
