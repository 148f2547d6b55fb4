// Test helper: the small fixture dataset (tests/fixtures/e2e/small), validated by the real validator.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CheckedDataset, Dataset } from '../../src/domain/model';
import { validateDatasetSource } from '../../src/domain/validate';

export const SMALL_FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/e2e/small');

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
  if (!result.ok) throw new Error(`fixture invalid: ${result.problems.map((problem) => problem.message).join('; ')}`);
  return result.checked;
}
