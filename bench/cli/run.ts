// `npm run bench`: the explorer against bare Cytoscape on generated datasets, in headless Chromium; prints a table, writes bench/results.json.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { describeChoice, findBrowser, launchChromium } from '../../tests/support/chromium';
import { startStaticServer } from '../../tests/support/staticServer';
import { buildPages, bundleReport } from '../harness/build';
import { SIZES, writeDatasets, type BenchDataset } from '../harness/datasets';
import { measurePage, type PageKind, type RunResult } from '../harness/measure';
import { markdownTable, summarise, type DatasetSummary } from '../harness/report';

const projectRoot = resolve(import.meta.dirname, '../..');
const outRoot = join(projectRoot, 'bench/out');
const dataRoot = join(outRoot, 'data');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const sizes = process.env.BENCH_SIZES
  ? SIZES.filter((size) => process.env.BENCH_SIZES?.split(',').includes(String(size.actors)))
  : SIZES;
const variants = (process.env.BENCH_VARIANTS ?? 'pos,nopos').split(',').map((variant) => variant === 'pos');
/** Bare fcose on the main thread is measured once per size (it is the slowest step), up to this many actors. */
const BARE_LAYOUT_MAX_ACTORS = Number(process.env.BENCH_BARE_LAYOUT_MAX ?? 1_000);
const started = performance.now();
const log = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);

log(`datasets: ${sizes.map((size) => `${size.actors}/${size.relations}`).join(', ')}; ${ROUNDS} rounds`);
const datasets = await writeDatasets(dataRoot, sizes, variants);
const { appDir, bareDir } = await buildPages(projectRoot, outRoot);
const bundle = await bundleReport(appDir);
log(`built; initial JS ${(bundle.initialGzipBytes / 1024).toFixed(1)} KB gzipped`);

const { server, url } = await startStaticServer([
  { prefix: '/bench-data/', dir: dataRoot },
  { prefix: '/bare/', dir: bareDir },
  { prefix: '/', dir: appDir },
]);
const choice = await findBrowser();
console.log(describeChoice(choice));
const browser = await launchChromium(choice.path);
const browserVersion = browser.version();

async function measureDataset(dataset: BenchDataset): Promise<RunResult[]> {
  const data = `/bench-data/${dataset.name}/dataset.json`;
  const runs: RunResult[] = [];
  let bareQuery = '';
  for (let round = 0; round < ROUNDS; round++) {
    // The explorer goes first in round 0 (it supplies the canvas size and, without saved positions, the positions); then alternate.
    const order: PageKind[] = round % 2 === 0 ? ['explorer', 'bare'] : ['bare', 'explorer'];
    for (const kind of order) {
      const isExplorer = kind === 'explorer';
      const run = await measurePage(browser, {
        kind,
        url: isExplorer
          ? `${url}/?data=${encodeURIComponent(data)}&debug`
          : `${url}/bare/?data=${encodeURIComponent(data)}${bareQuery}`,
        expectLayout: isExplorer && !dataset.positions,
        capturePositions: isExplorer && round === 0,
        measureBareLayout:
          !isExplorer && round === 0 && !dataset.positions && dataset.size.actors <= BARE_LAYOUT_MAX_ACTORS,
        // Without saved positions only loading and layout differ; the interactions are measured on the saved-positions runs.
        interactions: dataset.positions,
        log,
      });
      if (run.positions) {
        await writeFile(join(dataRoot, dataset.name, 'positions.json'), JSON.stringify(run.positions));
        delete run.positions;
      }
      if (isExplorer && round === 0) {
        const size = run.canvas ?? { width: 1000, height: 700 };
        // The bare page draws the explorer's own positions (saved or laid out), so both draw the same picture.
        bareQuery = `&w=${Math.round(size.width)}&h=${Math.round(size.height)}&positions=/bench-data/${dataset.name}/positions.json`;
      }
      runs.push(run);
      log(
        `${dataset.name} round ${round + 1} ${kind}: first frame ${run.firstFrame?.toFixed(0)} ms, layout ${run.layout?.toFixed(0) ?? '–'}, click ${run.click?.toFixed(0)}, filter ${run.filter?.toFixed(0)}, frame p95 ${run.frameP95?.toFixed(0)}, png ${run.png?.toFixed(0)}, longest task ${run.longestTask?.toFixed(0)} ${JSON.stringify(run.longestByStep)}`,
      );
    }
  }
  return runs;
}

const summaries: DatasetSummary[] = [];
try {
  for (const dataset of datasets) summaries.push(summarise(dataset, await measureDataset(dataset)));
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
}

const table = markdownTable(summaries);
console.log(`\nMedians of ${ROUNDS} rounds, ms; each cell: explorer / bare (explorer ÷ bare)\n\n${table}\n`);
console.log(`initial JavaScript: ${(bundle.initialGzipBytes / 1024).toFixed(1)} KB gzipped (goal < 300 KB)`);
await mkdir(join(projectRoot, 'bench'), { recursive: true });
await writeFile(
  join(projectRoot, 'bench/results.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? '?',
        platform: `${os.platform()} ${os.release()}`,
        node: process.version,
      },
      browser: `Chromium ${browserVersion}, headless, --disable-gpu (software rendering, canvas renderer)`,
      rounds: ROUNDS,
      durationSeconds: Math.round((performance.now() - started) / 1000),
      bundle,
      table,
      summaries,
    },
    null,
    2,
  ) + '\n',
);
log('wrote bench/results.json');
