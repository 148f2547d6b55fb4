// Fuzzing the import path: whatever bytes or JSON arrive, opening never throws and yields a checked dataset or located problems.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatasetBytes, openDatasetFiles, type OpenOutcome } from '../../src/io/openDataset';
import { sampleDataset } from '../curation/sample';
import { hintOf, messageOf } from '../support/problemWords';

const encoder = new TextEncoder();
const source = { kind: 'file', name: 'fuzz.json' } as const;

function expectWellFormed(outcome: OpenOutcome) {
  if (outcome.ok) {
    expect(outcome.checked.dataset.formatVersion).toBe(1);
    for (const warning of outcome.warnings) expect(warning.severity).toBe('warning');
    return;
  }
  expect(outcome.problems.length).toBeGreaterThan(0);
  expect(outcome.problems.some((problem) => problem.severity === 'error')).toBe(true);
  for (const problem of outcome.problems) {
    expect(problem.file).toBe('fuzz.json');
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(typeof problem.pointer).toBe('string');
    // Said through the catalogue, which throws on a message whose values do not fit.
    expect(messageOf(problem).length).toBeGreaterThan(0);
    if (problem.hint !== undefined) expect(hintOf(problem)?.length).toBeGreaterThan(0);
  }
}

/** Replaces one value somewhere in a JSON tree: the structure stays mostly valid, so deeper checks run. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const entries = Object.entries(value);
  if (entries.length === 0) return replacement;
  const [head = 0, ...rest] = path;
  const index = head % entries.length;
  const copy: Array<[string, unknown]> = entries.map(([key, child], i) => [
    key,
    i === index ? mutate(child, rest, replacement) : child,
  ]);
  return Array.isArray(value) ? copy.map(([, child]) => child) : Object.fromEntries(copy);
}

describe('import fuzzing', () => {
  it('arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) =>
        expectWellFormed(await openDatasetBytes({ source, bytes })),
      ),
      { numRuns: 300 },
    );
  });

  it('arbitrary JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) =>
        expectWellFormed(await openDatasetBytes({ source, bytes: encoder.encode(JSON.stringify(value)) })),
      ),
      { numRuns: 300 },
    );
  });

  it('a valid dataset with one value replaced, through the file path', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.jsonValue({ maxDepth: 2 }),
        async (path, replacement) => {
          const text = JSON.stringify(mutate(sampleDataset(), path, replacement));
          expectWellFormed(await openDatasetFiles([new File([text], 'fuzz.json')]));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('truncated and spliced valid datasets', async () => {
    const text = JSON.stringify(sampleDataset(), null, 2);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: text.length }), fc.string({ maxLength: 8 }), async (cut, insert) => {
        const broken = text.slice(0, cut) + insert + text.slice(cut + 1);
        expectWellFormed(await openDatasetBytes({ source, bytes: encoder.encode(broken) }));
      }),
      { numRuns: 300 },
    );
  });
});
