// Checked datasets for the export tests: the seed from disk, and any generated dataset through the validator.
import path from 'node:path';
import { validateDatasetFile } from '../../src/cli/nodeDataset';
import type { CheckedDataset, Dataset } from '../../src/domain/model';
import { validateDatasetText } from '../../src/domain/validate';
import { messageOf } from '../support/problemWords';

const SEED_FILE = path.resolve(import.meta.dirname, '../../data/russia-israel-iran/dataset.json');

export async function seedChecked(): Promise<CheckedDataset> {
  const outcome = await validateDatasetFile(SEED_FILE);
  if (!outcome.readable || !outcome.result.ok) throw new Error('the seed dataset does not validate');
  return outcome.result.checked;
}

export function checkedFrom(dataset: Dataset, textFiles?: ReadonlyMap<string, string>): CheckedDataset {
  const encoder = new TextEncoder();
  const files = textFiles ? new Map([...textFiles].map(([file, text]) => [file, encoder.encode(text)])) : undefined;
  const result = validateDatasetText(JSON.stringify(dataset), {
    file: 'dataset.json',
    ...(files && { textFiles: files }),
  });
  if (!result.ok)
    throw new Error(
      `fixture does not validate: ${result.problems.map((problem) => `${problem.pointer} ${messageOf(problem)}`).join('; ')}`,
    );
  return result.checked;
}

/** A rough text measure for layout tests: 0.6 em per character. */
export const fakeMeasure = (text: string, font: { size: number; bold?: boolean }) =>
  text.length * font.size * (font.bold ? 0.65 : 0.6);
