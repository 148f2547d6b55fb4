// `npm run bench:validate`: validates a generated 10,000-actor / 30,000-relation / 1,000-document dataset from disk; prints the median of 5 runs.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { syntheticDataset } from '../synthetic';
import { validateDatasetFile } from '../../src/cli/nodeDataset';
import { problemLine } from '../../src/cli/problemLine';
import { readerFormatter } from '../../src/i18n/readerFormatter';

const ROUNDS = 5;
const { dataset, files } = syntheticDataset({
  actors: 10_000,
  relations: 30_000,
  documents: 1_000,
  documentSize: 10_000,
  textFiles: true,
});
const folder = await mkdtemp(path.join(os.tmpdir(), 'bench-validate-'));
try {
  await mkdir(path.join(folder, 'sources'));
  await Promise.all([...files].map(([relative, text]) => writeFile(path.join(folder, relative), text)));
  const datasetFile = path.join(folder, 'dataset.json');
  const json = JSON.stringify(dataset, null, 2);
  await writeFile(datasetFile, json);
  const textBytes = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  console.log(
    `dataset: ${dataset.actors.length} actors, ${dataset.relations.length} relations, ${dataset.documents.length} documents (${(textBytes / 1e6).toFixed(1)} MB of source text), dataset.json ${(json.length / 1e6).toFixed(1)} MB`,
  );

  const timings: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    const outcome = await validateDatasetFile(datasetFile);
    timings.push(performance.now() - started);
    if (!outcome.readable || !outcome.result.ok) {
      const problems = outcome.readable
        ? outcome.result.problems.slice(0, 5).map((problem) => problemLine(readerFormatter(), problem))
        : [outcome.reason];
      throw new Error(`the generated dataset did not validate:\n${problems.join('\n')}`);
    }
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(
    `validate (read, parse, shape, references, 30,000 quotes anchored): median ${median.toFixed(0)} ms over ${ROUNDS} runs [${timings.map((t) => t.toFixed(0)).join(', ')}]; goal < 1000 ms`,
  );
} finally {
  await rm(folder, { recursive: true, force: true });
}
