// Test helper: the small fixture dataset (tests/fixtures/e2e/small), validated by the real validator.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CheckedDataset, Dataset } from '../../src/domain/model';
import { validateDatasetSource } from '../../src/domain/validate';
import { messageOf } from '../support/problemWords';

const SMALL_FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/e2e/small');

async function readTextFile(path: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(join(SMALL_FIXTURE_DIR, path)));
  } catch {
    return null;
  }
}

/** The fixture, optionally changed first (e.g. without its relations). */
export async function loadSmallFixture(change?: (dataset: Dataset) => Dataset): Promise<CheckedDataset> {
  let text = await readFile(join(SMALL_FIXTURE_DIR, 'dataset.json'), 'utf8');
  if (change) text = JSON.stringify(change(JSON.parse(text) as Dataset));
  const result = await validateDatasetSource(text, { file: 'dataset.json', readTextFile });
  if (!result.ok) throw new Error(`fixture invalid: ${result.problems.map(messageOf).join('; ')}`);
  return result.checked;
}

/** The fixture with every claim status: r2 probable, r3 possible, r4 denied, r6 contested; the rest asserted. */
export function withClaimStatuses(dataset: Dataset): Dataset {
  const relations = dataset.relations.map((relation) => {
    const [first, ...rest] = relation.evidence;
    if (!first) return relation;
    switch (relation.id) {
      case 'r2':
        return { ...relation, evidence: [{ ...first, certainty: 'probable' as const }, ...rest] };
      case 'r3':
        return { ...relation, evidence: [{ ...first, certainty: 'possible' as const }, ...rest] };
      case 'r4':
        return { ...relation, evidence: [{ ...first, negated: true }, ...rest] };
      case 'r6':
        return {
          ...relation,
          evidence: [
            first,
            {
              document: 'rivals',
              quote: 'Kûrvi-Tasch, a member of the Bordurian government, denied it.',
              negated: true,
            },
          ],
        };
      default:
        return relation;
    }
  });
  return { ...dataset, relations };
}
