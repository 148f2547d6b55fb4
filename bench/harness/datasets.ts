// Writes the benchmark's synthetic datasets (each size with and without saved positions) into the served folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syntheticDataset } from '../synthetic';

export interface BenchSize {
  actors: number;
  relations: number;
}

export interface BenchDataset {
  /** Folder name under the served data root, e.g. "a5000-pos". */
  name: string;
  size: BenchSize;
  positions: boolean;
  bytes: number;
}

export const SIZES: readonly BenchSize[] = [
  { actors: 200, relations: 600 },
  { actors: 1_000, relations: 3_000 },
  { actors: 5_000, relations: 15_000 },
  { actors: 10_000, relations: 30_000 },
];

/** One generated dataset, written as <root>/a<actors>-<pos|nopos>/dataset.json. */
export async function writeDataset(root: string, size: BenchSize, positions: boolean): Promise<BenchDataset> {
  const name = `a${size.actors}-${positions ? 'pos' : 'nopos'}`;
  // About 30 quotes per document, each document a few pages long, texts inline.
  const documents = Math.max(5, Math.round(size.relations / 30));
  const { dataset } = syntheticDataset({ ...size, documents, documentSize: 4_000, positions, seed: 7 });
  const json = JSON.stringify(dataset);
  await mkdir(join(root, name), { recursive: true });
  await writeFile(join(root, name, 'dataset.json'), json);
  return { name, size, positions, bytes: Buffer.byteLength(json) };
}

export async function writeDatasets(
  root: string,
  sizes: readonly BenchSize[],
  variants: readonly boolean[],
): Promise<BenchDataset[]> {
  const written: BenchDataset[] = [];
  for (const size of sizes) for (const positions of variants) written.push(await writeDataset(root, size, positions));
  return written;
}
