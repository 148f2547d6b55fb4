// Loading: fetch, validate at the door, and record ready / invalid / failed in the store.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetUrlFrom, DEFAULT_DATASET_URL, loadDatasetInto } from '../../src/store/loadDataset';
import { createExplorerStore } from '../../src/store/store';
import { SMALL_FIXTURE_DIR } from '../graph/fixture';

const BASE = 'http://test.local/small/';

/** A fetch serving the small fixture under BASE, with overrides by URL. */
function fakeFetch(overrides: Record<string, string | number> = {}): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = String(input);
    const override = overrides[url];
    if (typeof override === 'number') return new Response('nope', { status: override, statusText: 'Not Found' });
    if (typeof override === 'string') return new Response(override);
    if (!url.startsWith(BASE)) return new Response('nope', { status: 404 });
    try {
      return new Response(await readFile(join(SMALL_FIXTURE_DIR, url.slice(BASE.length))));
    } catch {
      return new Response('nope', { status: 404 });
    }
  }) as typeof fetch;
}

describe('datasetUrlFrom', () => {
  it('uses ?data= or the bundled dataset, resolved against the page', () => {
    expect(datasetUrlFrom({ search: '', href: 'http://h/app/' })).toBe(`http://h${DEFAULT_DATASET_URL}`);
    expect(datasetUrlFrom({ search: '?data=other/d.json', href: 'http://h/app/' })).toBe('http://h/app/other/d.json');
  });
});

describe('loadDatasetInto', () => {
  it('loads and validates a dataset, reading its text files relative to it', async () => {
    const store = createExplorerStore();
    await loadDatasetInto(store, `${BASE}dataset.json`, fakeFetch());
    expect(store.getState().load.phase).toBe('ready');
    expect(store.getState().checked?.documentTexts.get('jets')).toContain('Bordurian jets');
    expect(store.getState().warnings.map((warning) => warning.code)).toEqual(['unused-actor']);
  });

  it('reports validation problems', async () => {
    const store = createExplorerStore();
    await loadDatasetInto(store, `${BASE}dataset.json`, fakeFetch({ [`${BASE}sources/jets.txt`]: 404 }));
    const load = store.getState().load;
    expect(load.phase).toBe('invalid');
    if (load.phase === 'invalid') expect(load.problems.some((problem) => problem.pointer === '/documents/0/textFile')).toBe(true);
  });

  it('reports JSON syntax errors with their place', async () => {
    const store = createExplorerStore();
    await loadDatasetInto(store, `${BASE}broken.json`, fakeFetch({ [`${BASE}broken.json`]: '{\n  "id": ,\n}' }));
    const load = store.getState().load;
    expect(load.phase).toBe('invalid');
    if (load.phase === 'invalid') expect(load.problems[0]).toMatchObject({ line: 2, file: 'broken.json' });
  });

  it('reports a dataset that cannot be fetched', async () => {
    const store = createExplorerStore();
    await loadDatasetInto(store, `${BASE}missing.json`, fakeFetch());
    const load = store.getState().load;
    expect(load.phase).toBe('failed');
    if (load.phase === 'failed') expect(load.message).toContain('404');
  });
});
