// Every class of bad input has one fixture; each must fail with the right problem, at the right pointer and line.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { validateDatasetFile } from '../../src/cli/nodeDataset';
import type { ProblemCode } from '../../src/domain/problems';
import { hintOf, messageOf } from '../support/problemWords';

const FIXTURES = path.join(import.meta.dirname, '../fixtures');

interface Expected {
  code: ProblemCode;
  pointer: string;
  message: string | RegExp;
  hint?: string | RegExp;
  line?: number;
}

const cases: Record<string, Expected> = {
  'not-json': { code: 'json-syntax', pointer: '', message: 'not valid JSON: expected "," between items', line: 4 },
  'duplicate-key': {
    code: 'json-duplicate-key',
    pointer: '/title',
    message: 'duplicate key "title": JSON keeps only the last one',
    line: 6,
  },
  'missing-field': { code: 'missing-field', pointer: '/actors/1/name', message: 'missing required field "name"' },
  'unknown-field': {
    code: 'unknown-field',
    pointer: '/relations/0/colour',
    message: 'unknown field "colour"',
    hint: /fields allowed here: id, type/,
  },
  'wrong-type': {
    code: 'wrong-type',
    pointer: '/actors/2/aliases',
    message: '"aliases" must be an array, not a string',
    line: 43,
  },
  'bad-actor-kind': {
    code: 'invalid-value',
    pointer: '/actors/2/kind',
    message: /"country" is not one of "person", "state"/,
  },
  'bad-certainty': {
    code: 'invalid-value',
    pointer: '/relations/1/evidence/0/certainty',
    message: /"likely" is not one of "certain", "probable", "possible"/,
  },
  'bad-slug': { code: 'invalid-value', pointer: '/actors/1/id', message: /must be a slug/ },
  'format-version': { code: 'invalid-value', pointer: '/formatVersion', message: '"formatVersion" must be 1, not 2' },
  'duplicate-actor-id': {
    code: 'duplicate-id',
    pointer: '/actors/5/id',
    message: 'duplicate actor id "iran": already used by /actors/2',
  },
  'duplicate-relation-id': {
    code: 'duplicate-id',
    pointer: '/relations/2/id',
    message: /duplicate relation id "russia-israel-meet"/,
  },
  'duplicate-document-id': {
    code: 'duplicate-id',
    pointer: '/documents/1/id',
    message: /duplicate document id "wire"/,
  },
  'unknown-source': {
    code: 'unknown-reference',
    pointer: '/relations/1/source',
    message: 'source "rusia" is not an actor id',
    hint: 'did you mean "russia"?',
  },
  'unknown-target': {
    code: 'unknown-reference',
    pointer: '/relations/2/target',
    message: 'target "hizbollah" is not an actor id',
    hint: 'did you mean "hezbollah"?',
  },
  'unknown-evidence-document': {
    code: 'unknown-reference',
    pointer: '/relations/0/evidence/0/document',
    message: 'document "wires" is not a document id',
  },
  'unknown-attribution': {
    code: 'unknown-reference',
    pointer: '/relations/1/evidence/0/attributedTo',
    message: 'attributedTo "avi-gill" is not an actor id',
  },
  'unknown-affiliation': {
    code: 'unknown-reference',
    pointer: '/actors/4/affiliation',
    message: 'affiliation "isreal" is not an actor id',
  },
  'affiliation-cycle': {
    code: 'affiliation-cycle',
    pointer: '/actors/2/affiliation',
    message: /loop: iran → hezbollah → iran/,
  },
  'self-relation': {
    code: 'self-relation',
    pointer: '/relations/1/target',
    message: 'relation goes from actor "russia" to itself',
  },
  'unknown-relation-type': {
    code: 'unknown-relation-type',
    pointer: '/relations/2/type',
    message: 'unknown relation type "bombs"',
    hint: /known types: ally, partner, .*strikes/,
  },
  'custom-type-redefines-built-in': {
    code: 'built-in-type-redefined',
    pointer: '/relationTypes/0/id',
    message: /"ally" is built in/,
  },
  'cue-too-long': {
    code: 'invalid-value',
    pointer: '/relationTypes/0/cues/1',
    message: /must be a phrase of one to five words/,
  },
  'malformed-date': {
    code: 'invalid-value',
    pointer: '/relations/0/date',
    message: /"22\/10\/2021" must be a date written YYYY, YYYY-MM or YYYY-MM-DD/,
  },
  'impossible-date': {
    code: 'invalid-date',
    pointer: '/relations/0/date',
    message: '"2021-02-30" does not exist: February 2021 has 28 days',
    line: 63,
  },
  'impossible-published': { code: 'invalid-date', pointer: '/documents/1/published', message: /no month 13/ },
  'start-after-end': { code: 'date-order', pointer: '/relations/1/end', message: 'end 2015-12 is before start 2016' },
  'date-and-span': { code: 'date-conflict', pointer: '/relations/1/date', message: /either "date" or "start"\/"end"/ },
  'url-not-http': {
    code: 'invalid-value',
    pointer: '/documents/0/url',
    message: /"javascript:alert\(1\)" must be a web address starting with http/,
  },
  'text-file-missing': {
    code: 'text-file-missing',
    pointer: '/documents/0/textFile',
    message: 'textFile "sources/missing.txt" cannot be read',
  },
  'text-file-outside': {
    code: 'text-file-path',
    pointer: '/documents/0/textFile',
    message: /must be a relative path inside the dataset's folder/,
  },
  'text-file-not-utf8': {
    code: 'text-file-not-utf8',
    pointer: '/documents/0/textFile',
    message: /not valid UTF-8 \(first bad byte at offset 3\)/,
  },
  'text-and-text-file': {
    code: 'text-source',
    pointer: '/documents/1/textFile',
    message: /either "text" or "textFile", not both/,
  },
  'no-text': { code: 'text-source', pointer: '/documents/1', message: /no archived text/ },
  'empty-quote': { code: 'empty-quote', pointer: '/relations/1/evidence/0/quote', message: 'quote is empty' },
  'quote-not-found': {
    code: 'quote-not-found',
    pointer: '/relations/1/evidence/0/quote',
    message: 'quote not found in document "note"',
    hint: 'closest passage (1 character differs): "Russia distrusts Iran."',
  },
  'quote-ambiguous': {
    code: 'quote-ambiguous',
    pointer: '/relations/2/evidence/0/quote',
    message: /occurs 2 times in document "note": add a prefix or suffix/,
  },
  'prefix-mismatch': {
    code: 'quote-context-mismatch',
    pointer: '/relations/2/evidence/0/prefix',
    message: /prefix does not match/,
  },
  'suffix-mismatch': {
    code: 'quote-context-mismatch',
    pointer: '/relations/3/evidence/0/suffix',
    message: /suffix does not match/,
    hint: /It fought on/,
  },
  'empty-evidence': {
    code: 'invalid-value',
    pointer: '/relations/0/evidence',
    message: '"evidence" needs at least 1 item',
  },
};

describe('invalid fixtures', () => {
  it.each(Object.entries(cases))('%s', async (name, expected) => {
    const file = path.join(FIXTURES, 'invalid', `${name}.json`);
    const outcome = await validateDatasetFile(file);
    expect(outcome.readable).toBe(true);
    if (!outcome.readable) return;
    expect(outcome.result.ok).toBe(false);
    const problem = outcome.result.problems.find(
      (candidate) => candidate.code === expected.code && candidate.pointer === expected.pointer,
    );
    expect(problem, JSON.stringify(outcome.result.problems, null, 2)).toBeDefined();
    if (!problem) return;
    expect(problem.severity).toBe('error');
    expect(problem.file).toBe(file);
    if (typeof expected.message === 'string') expect(messageOf(problem)).toBe(expected.message);
    else expect(messageOf(problem)).toMatch(expected.message);
    if (expected.hint !== undefined)
      expect(hintOf(problem)).toMatch(
        typeof expected.hint === 'string' ? new RegExp(escapeRegExp(expected.hint)) : expected.hint,
      );
    if (expected.line !== undefined) expect(problem.line).toBe(expected.line);
    expect(problem.line).toBeGreaterThan(0);
    expect(problem.column).toBeGreaterThan(0);
  });

  it('covers every fixture in the folder', async () => {
    const { readdir } = await import('node:fs/promises');
    const files = (await readdir(path.join(FIXTURES, 'invalid')))
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(Object.keys(cases).sort());
  });
});

describe('the valid fixture', () => {
  it('validates with no problem and anchors every quote in its original text', async () => {
    const outcome = await validateDatasetFile(path.join(FIXTURES, 'valid/minimal/dataset.json'));
    if (!outcome.readable || !outcome.result.ok) throw new Error(JSON.stringify(outcome));
    expect(outcome.result.problems).toEqual([]);
    const { checked } = outcome.result;
    const wire = checked.documentTexts.get('wire') ?? '';
    // The quote was typed with plain spaces, a hyphen and straight quotes; the anchor covers the typographic original.
    const [meeting] = checked.anchors[0] ?? [];
    expect(wire.slice(meeting?.start, meeting?.end)).toBe(
      'Putin met Bennett in Sochi on October 22\u00a0\u2013 the \u201cfirst\u201d\u00a0meeting.',
    );
    const [proxy] = checked.anchors[3] ?? [];
    expect(wire.slice(proxy?.start, proxy?.end)).toBe('Hezbollah, Iran\u2019s proxy\u2026');
    // The prefix picks the second of two identical sentences.
    const note = checked.documentTexts.get('note') ?? '';
    const [strike] = checked.anchors[2] ?? [];
    expect(strike?.start).toBe(note.lastIndexOf('Israel struck'));
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
