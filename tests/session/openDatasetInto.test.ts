// Opening into the store: a newer open supersedes an older one, and progress reaches the store.
import { describe, expect, it } from 'vitest';
import type { OpenOptions, OpenOutcome } from '../../src/io/openDataset';
import { openDatasetInto } from '../../src/session/openDatasetInto';
import { checkedOf, createCuratedTestStore } from '../curation/sample';

describe('openDatasetInto', () => {
  it('ignores an open that a later one superseded', async () => {
    const store = createCuratedTestStore();
    let finishSlow: (outcome: OpenOutcome) => void = () => {};
    let slowSignal: AbortSignal | undefined;
    const slow = openDatasetInto(store, 'slow.json', (options: OpenOptions) => {
      slowSignal = options.signal;
      return new Promise<OpenOutcome>((resolve) => (finishSlow = resolve));
    });
    const fast = await openDatasetInto(store, 'fast.json', async (options) => {
      options.onProgress?.({ phase: 'checking' });
      return { ok: true, source: { kind: 'file', name: 'fast.json' }, checked: checkedOf(), warnings: [] };
    });
    expect(fast?.ok).toBe(true);
    expect(slowSignal?.aborted).toBe(true);
    finishSlow({ ok: false, source: { kind: 'file', name: 'slow.json' }, problems: [] });
    expect(await slow).toBeNull();
    expect(store.getState()).toMatchObject({ source: { name: 'fast.json' }, importStatus: { phase: 'idle' } });
  });
});
