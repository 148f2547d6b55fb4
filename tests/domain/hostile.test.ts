// The hostile corpus at the door: each file is refused with a message naming the problem, or accepted as inert data.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { validateDatasetFile } from '../../src/cli/nodeDataset';
import { validateDatasetText } from '../../src/domain/validate';
import { messageOf } from '../support/problemWords';

const hostile = (name: string) => path.join(import.meta.dirname, '../fixtures/hostile', name);

async function problemsOf(name: string) {
  const outcome = await validateDatasetFile(hostile(name));
  if (!outcome.readable) throw new Error(outcome.reason);
  return outcome.result;
}

describe('hostile datasets', () => {
  it.each([
    ['javascript-url.json', '/documents/0/url', /must be a web address starting with http/],
    ['data-url.json', '/documents/0/url', /must be a web address starting with http/],
    ['deep-nesting.json', '', /JSON nested more than 64 levels deep/],
    ['invalid-utf8.json', '', /not valid UTF-8: byte 339 \(0xff\)/],
    ['duplicate-keys.json', '/title', /duplicate key "title"/],
    ['prototype-actor-id.json', '/actors/0/id', /must be a slug/],
  ])('%s is refused at %s', async (name, pointer, message) => {
    const result = await problemsOf(name);
    expect(result.ok).toBe(false);
    const problem = result.problems.find((problem) => problem.severity === 'error' && problem.pointer === pointer);
    expect(problem && messageOf(problem)).toMatch(message);
  });

  it('accepts markup in every text field as plain data, unchanged', async () => {
    const result = await problemsOf('markup-everywhere.json');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.checked.actorsById.get('alpha')?.name).toContain('<script>window.__pwned=1;alert(1)</script>');
  });

  it('accepts a byte-order mark', async () => {
    expect((await problemsOf('byte-order-mark.json')).ok).toBe(true);
  });

  it('treats prototype-like ids as ordinary ids', async () => {
    const result = await problemsOf('prototype-ids.json');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { checked } = result;
    expect(checked.actorsById.get('constructor')?.name).toBe('Constructor');
    expect(checked.documentsById.get('__proto__')?.title).toBe('t');
    expect(checked.relationTypes.get('constructor')?.label).toBe('constructor');
    expect(checked.actorsById.get('tostring')?.affiliation).toBe('prototype');
    expect(checked.actorsById.has('hasOwnProperty')).toBe(false);
  });

  it('handles a 10 MB quote without freezing: found when it is in the text, located when it is not', () => {
    const sentence = 'The envoy said the talks would continue. ';
    const big = sentence.repeat(Math.ceil(10_000_000 / sentence.length));
    const dataset = (quote: string) =>
      JSON.stringify({
        formatVersion: 1,
        id: 'big',
        title: 'Big',
        documents: [{ id: 'd', title: 't', outlet: 'o', published: '2021', text: big }],
        actors: [
          { id: 'a', name: 'A', kind: 'state' },
          { id: 'b', name: 'B', kind: 'state' },
        ],
        relations: [{ id: 'r', type: 'meets', source: 'a', target: 'b', evidence: [{ document: 'd', quote }] }],
      });
    expect(validateDatasetText(dataset(big.trim()), { file: 'big.json' }).ok).toBe(true);
    const missing = validateDatasetText(dataset(big.trim() + ' And more.'), { file: 'big.json' });
    expect(missing.ok).toBe(false);
    expect(missing.problems.find((problem) => problem.severity === 'error')).toMatchObject({
      code: 'quote-not-found',
      pointer: '/relations/0/evidence/0/quote',
    });
  });
});
