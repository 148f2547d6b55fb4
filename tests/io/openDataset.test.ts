// Opening datasets from picked files and URLs: valid ones open, everything else comes back as located problems, never as an exception.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatasetBytes, openDatasetFiles, openDatasetUrl, type OpenProgress } from '../../src/io/openDataset';
import { MAX_DATASET_BYTES } from '../../src/io/readLimitedBytes';
import { sampleDataset } from '../curation/sample';
import { inWords, messageOf, withProblemsInWords } from '../support/problemWords';

const fixtures = path.join(import.meta.dirname, '../fixtures');
const fileOf = (name: string, content: string | Uint8Array, type = '') =>
  new File([content as BlobPart], name, { type });
const sampleJson = () => JSON.stringify(sampleDataset(), null, 2);

describe('openDatasetFiles', () => {
  it('opens a valid dataset, reporting reading then checking', async () => {
    const seen: OpenProgress['phase'][] = [];
    const outcome = await openDatasetFiles([fileOf('sample.json', sampleJson())], {
      onProgress: (progress) => seen.push(progress.phase),
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.source).toEqual({ kind: 'file', name: 'sample.json' });
    expect(outcome.checked.relationTypes.get('mocks')?.label).toBe('mocks');
    expect(seen[0]).toBe('reading');
    expect(seen.at(-1)).toBe('checking');
  });

  it('finds textFiles among the files picked with the dataset', async () => {
    const dataset = await readFile(path.join(fixtures, 'e2e/small/dataset.json'));
    const alone = await openDatasetFiles([fileOf('dataset.json', dataset)]);
    expect(alone.ok).toBe(false);
    if (!alone.ok)
      expect(alone.problems.map(inWords)[0]).toMatchObject({
        code: 'text-file-missing',
        hint: expect.stringMatching(/inline the text/),
      });
    const text = await readFile(path.join(fixtures, 'e2e/small/sources/jets.txt'));
    const together = await openDatasetFiles([fileOf('jets.txt', text), fileOf('dataset.json', dataset)]);
    expect(together.ok).toBe(true);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const huge = fileOf('huge.json', '{}');
    Object.defineProperty(huge, 'size', { value: MAX_DATASET_BYTES + 1 });
    Object.defineProperty(huge, 'stream', {
      value: () => new ReadableStream({ pull: () => Promise.reject(new Error('must not be read')) }),
    });
    const outcome = await openDatasetFiles([huge]);
    expect(withProblemsInWords(outcome)).toMatchObject({
      ok: false,
      problems: [
        {
          code: 'file-unreadable',
          file: 'huge.json',
          message: expect.stringMatching(/datasets over 50 MB are refused/),
        },
      ],
    });
  });

  it('asks for one dataset at a time', async () => {
    const outcome = await openDatasetFiles([fileOf('a.json', '{}'), fileOf('b.json', '{}')]);
    expect(withProblemsInWords(outcome)).toMatchObject({
      ok: false,
      problems: [{ message: '2 JSON files chosen: open one dataset at a time' }],
    });
    expect(withProblemsInWords(await openDatasetFiles([]))).toMatchObject({
      ok: false,
      problems: [{ message: 'no dataset JSON among the files chosen' }],
    });
  });

  it.each([
    ['invalid-utf8.json', /not valid UTF-8/],
    ['deep-nesting.json', /nested more than 64 levels/],
    ['duplicate-keys.json', /duplicate key "title"/],
    ['javascript-url.json', /must be a web address/],
  ])('names the problem in hostile %s', async (name, message) => {
    const outcome = await openDatasetFiles([fileOf(name, await readFile(path.join(fixtures, 'hostile', name)))]);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map(messageOf).join('\n')).toMatch(message);
  });

  it('turns a crash of the validator into a problem', async () => {
    const outcome = await openDatasetBytes(
      { source: { kind: 'file', name: 'x.json' }, bytes: new Uint8Array() },
      { validate: () => Promise.reject(new RangeError('boom')) },
    );
    expect(withProblemsInWords(outcome)).toMatchObject({
      ok: false,
      problems: [{ message: 'could not be opened: boom', pointer: '', line: 1, column: 1 }],
    });
  });
});

describe('openDatasetUrl', () => {
  const respond =
    (routes: Record<string, () => Response>): typeof fetch =>
    async (input) => {
      const url = String(input);
      const route = Object.entries(routes).find(([suffix]) => url.endsWith(suffix));
      if (!route) throw new TypeError('Failed to fetch');
      return route[1]();
    };

  it('fetches a dataset and its textFiles relative to it', async () => {
    const dataset = await readFile(path.join(fixtures, 'e2e/small/dataset.json'));
    const text = await readFile(path.join(fixtures, 'e2e/small/sources/jets.txt'));
    const fetchImpl = respond({
      '/d/dataset.json': () => new Response(dataset),
      '/d/sources/jets.txt': () => new Response(text),
    });
    const outcome = await openDatasetUrl('https://example.org/d/dataset.json', { fetchImpl });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  });

  it('says what the server answered, or that it could not be reached', async () => {
    const missing = await openDatasetUrl('https://example.org/none.json', {
      fetchImpl: respond({ 'none.json': () => new Response('nope', { status: 404, statusText: 'Not Found' }) }),
    });
    expect(withProblemsInWords(missing)).toMatchObject({
      ok: false,
      problems: [
        {
          file: 'none.json',
          message: 'could not be fetched from https://example.org/none.json: the server answered 404 Not Found',
        },
      ],
    });
    const blocked = await openDatasetUrl('https://elsewhere.example/d.json', { fetchImpl: respond({}) });
    expect(withProblemsInWords(blocked)).toMatchObject({
      ok: false,
      problems: [{ hint: expect.stringMatching(/CORS/) }],
    });
  });

  it('refuses a response that declares more than 50 MB', async () => {
    const fetchImpl = respond({
      'big.json': () => new Response('{}', { headers: { 'content-length': String(MAX_DATASET_BYTES + 1) } }),
    });
    expect(withProblemsInWords(await openDatasetUrl('https://example.org/big.json', { fetchImpl }))).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/refused/) }],
    });
  });
});
