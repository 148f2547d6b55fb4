// Fuzzing the zip opener: whatever bytes arrive as a .zip, opening never throws, and a refused archive leaves the
// dataset on screen as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetZip } from '../../src/export/datasetFiles';
import { readDatasetArchive } from '../../src/io/datasetArchive';
import { openDatasetBytes } from '../../src/io/openDataset';
import { validateInPage } from '../../src/io/validateOffThread';
import { openDatasetInto } from '../../src/session/openDatasetInto';
import { checkedOf, createCuratedTestStore } from '../curation/sample';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const validZip = datasetZip(checkedOf());

/** Opens `bytes` as a .zip into a store showing the sample: what the page does with a picked or dropped archive. */
async function openOverSample(bytes: Uint8Array) {
  const store = createCuratedTestStore();
  const shown = checkedOf();
  store.getState().datasetOpened({ kind: 'url', url: 'https://example.org/sample.json' }, shown, []);
  const source = { kind: 'file', name: 'fuzz.zip' } as const;
  const outcome = await openDatasetInto(store, 'fuzz.zip', (options) =>
    openDatasetBytes({ source, bytes }, { ...options, validate: validateInPage }),
  );
  if (outcome === null) throw new Error('the opening was superseded');
  if (!outcome.ok) {
    expect(store.getState().checked).toBe(shown);
    expect(store.getState().importStatus).toMatchObject({ phase: 'refused', name: 'fuzz.zip' });
    for (const problem of outcome.problems) expect(problem.message.length).toBeGreaterThan(0);
  } else {
    expect(store.getState().checked).toBe(outcome.checked);
  }
}

describe('zip opener fuzzing', () => {
  it('any bytes that start like a zip', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (tail) => {
        const bytes = new Uint8Array([...ZIP_SIGNATURE, ...tail]);
        expect(() => readDatasetArchive(bytes)).not.toThrow();
        await openOverSample(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('a valid dataset archive with bytes changed, cut short or spliced', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: validZip.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.nat({ max: validZip.length }),
        async (changes, keep) => {
          const bytes = validZip.slice(0, Math.max(keep, 4));
          for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
          await openOverSample(bytes);
        },
      ),
      { numRuns: 400 },
    );
  });
});
