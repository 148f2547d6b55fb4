// The validator is total: for any JSON value or any text it returns a checked dataset or errors, and never throws.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateDatasetText } from '../../src/domain/validate';
import { hintOf, messageOf } from '../support/problemWords';

const minimal = readFileSync(path.join(import.meta.dirname, '../fixtures/valid/minimal/dataset.json'), 'utf8');
const wire = new Uint8Array(readFileSync(path.join(import.meta.dirname, '../fixtures/valid/minimal/sources/wire.txt')));
const textFiles = new Map([['sources/wire.txt', wire]]);

function expectWellFormed(result: ReturnType<typeof validateDatasetText>): void {
  if (result.ok) {
    expect(result.problems.every((problem) => problem.severity === 'warning')).toBe(true);
    expect(result.checked.dataset.formatVersion).toBe(1);
  } else {
    expect(result.problems.some((problem) => problem.severity === 'error')).toBe(true);
  }
  for (const problem of result.problems) {
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.pointer === '' || problem.pointer.startsWith('/')).toBe(true);
    // Said through the catalogue, which throws on a message whose values do not fit.
    expect(messageOf(problem).length).toBeGreaterThan(0);
    if (problem.hint !== undefined) expect(hintOf(problem)?.length).toBeGreaterThan(0);
  }
}

describe('validateDatasetText never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(validateDatasetText(JSON.stringify(value), { file: 'arbitrary.json', textFiles }));
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expectWellFormed(validateDatasetText(text, { file: 'text.json' }));
      }),
      { numRuns: 300 },
    );
  });

  it('on a valid dataset with any one value replaced by an arbitrary one', () => {
    const base = JSON.parse(minimal) as unknown;
    const paths: Array<Array<string | number>> = [];
    const walk = (node: unknown, at: Array<string | number>) => {
      paths.push(at);
      if (Array.isArray(node)) node.forEach((child, index) => walk(child, [...at, index]));
      else if (node && typeof node === 'object')
        for (const [key, child] of Object.entries(node)) walk(child, [...at, key]);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((at) => at.length > 0)), fc.jsonValue(), (at, replacement) => {
        const copy = structuredClone(base) as Record<string | number, unknown>;
        let parent = copy;
        for (const segment of at.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
        parent[at[at.length - 1] as string | number] = replacement;
        expectWellFormed(validateDatasetText(JSON.stringify(copy), { file: 'mutated.json', textFiles }));
      }),
      { numRuns: 500 },
    );
  });
});
