// @vitest-environment jsdom
// The suggestion worker lives while a reader is open: started by the first reader's question, kept when one reader
// replaces another, terminated when the last reader closes or the explorer unmounts, started afresh by the next reader.
// A fake Worker counts what the page starts and terminates, and answers as the engine would.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CurationDrawer } from '../../../../src/features/curation/CurationDrawer';
import { SuggesterContext } from '../../../../src/features/curation/suggest/SuggesterContext';
import { createWorkerSuggester } from '../../../../src/features/curation/suggest/suggester';
import { createSuggesterHost } from '../../../../src/features/curation/suggest/suggesterHost';
import type { SuggestReply, SuggestRequest } from '../../../../src/features/curation/suggest/suggestProtocol';
import { SAMPLE_TEXT } from '../../../curation/sample';
import { renderCurated } from '../../../support/renderCurated';
import { sampleResult } from './sampleSuggestions';

/** Every worker the page made, in order. */
let workers: FakeWorker[] = [];
/** Whether the workers keep their answers to themselves (one still reading). */
let reading = false;

class FakeWorker extends EventTarget {
  terminated = false;
  questions = 0;
  constructor(readonly address: URL | string) {
    super();
    workers.push(this);
  }
  postMessage({ id, input }: SuggestRequest): void {
    if (this.terminated) throw new Error('a question was posted to a terminated worker');
    this.questions++;
    const result =
      input.text === SAMPLE_TEXT ? sampleResult() : { mentions: [], proposedActors: [], suggestions: [], notices: [] };
    const reply: SuggestReply = { kind: 'result', id, result };
    // Answered later, as a worker would; a terminated worker answers nothing.
    if (!reading)
      setTimeout(() => {
        if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: reply }));
      }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const started = () => workers.length;
const terminated = () => workers.filter((worker) => worker.terminated).length;

beforeEach(() => {
  workers = [];
  reading = false;
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderExplorer() {
  const host = createSuggesterHost(createWorkerSuggester);
  const view = renderCurated(
    <SuggesterContext.Provider value={host}>
      <CurationDrawer />
    </SuggesterContext.Provider>,
  );
  const { store } = view;
  const second = 'Israel and Russia meet again.';
  act(() =>
    store.getState().applyEdit((dataset) => ({
      ...dataset,
      documents: [...dataset.documents, { ...dataset.documents[0]!, id: 'second', title: 'Second', text: second }],
    })),
  );
  return view;
}

const suggestionsRegion = () => screen.findByRole('region', { name: 'Suggested relations' });

describe('the suggestion worker’s lifetime', () => {
  it('starts with the first reader, outlives a reader replaced by another, and stops when the last one closes', async () => {
    const { store, unmount } = renderExplorer();
    expect(started()).toBe(0);

    act(() => store.getState().openDrawer({ kind: 'reader', documentId: 'wire' }));
    await within(await suggestionsRegion()).findByRole('listitem', { name: 'Israel strikes Rebels' });
    // React's development double effects (the tests render in StrictMode) start one worker, not two.
    expect([started(), terminated()]).toEqual([1, 0]);

    // Another document: a new reader takes the old one's place, and the loaded engine with it.
    act(() => store.getState().openDrawer({ kind: 'reader', documentId: 'second' }));
    await waitFor(() => expect(workers[0]!.questions).toBe(2));
    await within(await suggestionsRegion()).findByText(/No suggestions/);
    await act(() => new Promise((done) => setTimeout(done, 10)));
    expect([started(), terminated()]).toEqual([1, 0]);

    // The last reader closes: the worker is terminated.
    act(() => store.getState().closeDrawer());
    await waitFor(() => expect(terminated()).toBe(1));
    expect(started()).toBe(1);

    // A reader opens again: a fresh worker answers it.
    act(() => store.getState().openDrawer({ kind: 'reader', documentId: 'wire' }));
    await within(await suggestionsRegion()).findByRole('listitem', { name: 'Israel strikes Rebels' });
    expect([started(), terminated()]).toEqual([2, 1]);
    expect(workers[1]!.questions).toBe(1);

    // The explorer unmounts with the reader open: its worker goes too.
    unmount();
    await waitFor(() => expect(terminated()).toBe(2));
    expect(started()).toBe(2);
  });

  it('stops a worker whose reader closed before it answered, and answers the next reader from a fresh one', async () => {
    const { store } = renderExplorer();
    reading = true;
    act(() => store.getState().openDrawer({ kind: 'reader', documentId: 'wire' }));
    await waitFor(() => expect(workers[0]?.questions).toBe(1));
    act(() => store.getState().closeDrawer());
    await waitFor(() => expect(terminated()).toBe(1));
    reading = false;
    act(() => store.getState().openDrawer({ kind: 'reader', documentId: 'wire' }));
    await within(await suggestionsRegion()).findByRole('listitem', { name: 'Israel strikes Rebels' });
    expect([started(), terminated()]).toEqual([2, 1]);
  });
});
