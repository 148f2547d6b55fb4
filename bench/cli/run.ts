// `npm run bench`: the explorer against bare Cytoscape, styled as the explorer and in its default style, on generated
// datasets in headless Chromium; prints the tables, writes bench/results.json. `-- --full` for every round and step.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { describeChoice, findBrowser, launchChromium } from '../../tests/support/chromium';
import { startStaticServer } from '../../tests/support/staticServer';
import { buildPages, bundleReport } from '../harness/build';
import { writeDataset, type BenchDataset } from '../harness/datasets';
import { measurePage, type PageKind, type RunResult } from '../harness/measure';
import { benchPlan, type PlannedDataset } from '../harness/plan';
import { ratiosTable, summarise, timesTable, type DatasetSummary } from '../harness/report';

const projectRoot = resolve(import.meta.dirname, '../..');
const outRoot = join(projectRoot, 'bench/out');
const dataRoot = join(outRoot, 'data');
const full = process.argv.includes('--full');
const list = (value: string | undefined) => value?.split(',').map((item) => item.trim());
const plan = benchPlan({
  full,
  sizes: list(process.env.BENCH_SIZES)?.map(Number),
  variants: list(process.env.BENCH_VARIANTS),
}).map((entry) => (process.env.BENCH_ROUNDS ? { ...entry, rounds: Number(process.env.BENCH_ROUNDS) } : entry));
/** Seconds the default run aims to end within (its first round of each size always runs); --full has no limit. */
const budgetSeconds = full ? Infinity : Number(process.env.BENCH_BUDGET ?? 560);
/** Bare fcose on the main thread is measured once per size (it is the slowest step), up to this many actors. */
const BARE_LAYOUT_MAX_ACTORS = Number(process.env.BENCH_BARE_LAYOUT_MAX ?? 1_000);
const started = performance.now();
const deadline = started + budgetSeconds * 1000;
const loadAtStart = os.loadavg();
const log = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);

log(
  `${full ? 'full run' : `default run, within ${budgetSeconds} s`}: ${plan.map((entry) => `${entry.size.actors}/${entry.size.relations} ${entry.positions ? 'pos' : 'nopos'} ×${entry.rounds}`).join(', ')}`,
);
const { appDir, bareDir } = await buildPages(projectRoot, outRoot);
const bundle = await bundleReport(appDir);
log(`built; initial JS ${(bundle.initialGzipBytes / 1024).toFixed(1)} KB gzipped`);

const { server, url } = await startStaticServer([
  { prefix: '/bench-data/', dir: dataRoot },
  { prefix: '/bare/', dir: bareDir },
  { prefix: '/', dir: appDir },
]);
const choice = await findBrowser();
log(describeChoice(choice));
const browser = await launchChromium(choice.path);
const browserVersion = browser.version();

/** Rounds alternate the order; the explorer opens round 1, since it supplies the canvas size and the positions. */
const ORDERS: readonly (readonly PageKind[])[] = [
  ['explorer', 'styled', 'bare'],
  ['bare', 'styled', 'explorer'],
];

interface DatasetState {
  entry: PlannedDataset;
  dataset: BenchDataset;
  runs: RunResult[];
  /** The explorer's canvas size and positions, from its first run, for the bare pages. */
  bareQuery: string;
  roundsDone: number;
  lastRoundMs: number;
}

async function measureRound(state: DatasetState, round: number): Promise<void> {
  const { entry, dataset } = state;
  const data = `/bench-data/${dataset.name}/dataset.json`;
  const roundStarted = performance.now();
  for (const kind of ORDERS[round % ORDERS.length]!) {
    const first = kind === 'explorer' && round === 0;
    const path = { explorer: '/', styled: '/bare/styled.html', bare: '/bare/' }[kind];
    const run = await measurePage(browser, {
      kind,
      url: `${url}${path}?data=${encodeURIComponent(data)}${kind === 'explorer' ? '&debug' : state.bareQuery}`,
      expectLayout: kind === 'explorer' && !dataset.positions,
      capturePositions: first,
      measureBareLayout:
        kind === 'bare' && round === 0 && !dataset.positions && dataset.size.actors <= BARE_LAYOUT_MAX_ACTORS,
      // Without saved positions only loading and layout differ; the interactions are measured on the saved-positions runs.
      interactions: entry.interactions,
      png: entry.png,
      heap: entry.heap,
      bypass: entry.bypass && kind === 'styled',
      panSteps: entry.panSteps,
      log,
    });
    if (run.positions) {
      await writeFile(join(dataRoot, dataset.name, 'positions.json'), JSON.stringify(run.positions));
      delete run.positions;
    }
    if (first) {
      const size = run.canvas ?? { width: 1000, height: 700 };
      // The bare pages draw the explorer's own positions (saved or laid out), so all three draw the same picture.
      state.bareQuery = `&w=${Math.round(size.width)}&h=${Math.round(size.height)}&positions=/bench-data/${dataset.name}/positions.json`;
    }
    state.runs.push(run);
    const at = (value: number | null) => value?.toFixed(0) ?? '–';
    log(
      `${dataset.name} round ${round + 1} ${kind}: first frame ${at(run.firstFrame)} ms, layout ${at(run.layout)}, click ${at(run.click)}, bypass ${at(run.bypass)}, filter ${at(run.filter)}, as of ${at(run.asOf)}, paths ${at(run.paths)}, frame p95 ${at(run.frameP95)}, png ${at(run.png)}, longest task ${at(run.longestTask)} ${JSON.stringify(run.longestByStep)}; steps (s) ${JSON.stringify(run.stepSeconds)}`,
    );
  }
  state.roundsDone = round + 1;
  state.lastRoundMs = performance.now() - roundStarted;
}

/**
 * Every dataset gets its first round, smallest first; later rounds go round the sizes again while each is expected to
 * end within the time budget (its previous round's duration), so a busy machine gives fewer rounds, not a longer run.
 */
const states: DatasetState[] = [];
const skipped: string[] = [];
try {
  for (const entry of plan) {
    const dataset = await writeDataset(dataRoot, entry.size, entry.positions);
    const state: DatasetState = { entry, dataset, runs: [], bareQuery: '', roundsDone: 0, lastRoundMs: 0 };
    states.push(state);
    await measureRound(state, 0);
  }
  for (let round = 1; round < Math.max(...plan.map((entry) => entry.rounds)); round++) {
    for (const state of states) {
      if (round >= state.entry.rounds) continue;
      if (performance.now() + state.lastRoundMs > deadline) {
        skipped.push(`${state.dataset.name} round ${round + 1}`);
        continue;
      }
      await measureRound(state, round);
    }
  }
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
}
if (skipped.length > 0) log(`left out to stay within ${budgetSeconds} s: ${skipped.join(', ')}`);
const summaries: DatasetSummary[] = states.map((state) => summarise(state.dataset, state.runs));

const durationSeconds = Math.round((performance.now() - started) / 1000);
const times = timesTable(summaries);
const ratios = ratiosTable(summaries);
console.log(`\nMedians, ms; each cell: explorer / bare styled / bare default\n\n${times}\n`);
console.log(`Style cost (bare styled ÷ bare default) / the explorer's own (explorer ÷ bare styled)\n\n${ratios}\n`);
console.log(`initial JavaScript: ${(bundle.initialGzipBytes / 1024).toFixed(1)} KB gzipped (goal < 300 KB)`);
console.log(
  `Chromium ${browserVersion}; ${durationSeconds} s; load average ${loadAtStart.map((value) => value.toFixed(1)).join(' ')} at the start, ${os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')} at the end (${os.cpus().length} cores)`,
);
await mkdir(join(projectRoot, 'bench'), { recursive: true });
await writeFile(
  join(projectRoot, 'bench/results.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      mode: full ? 'full' : 'default',
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? '?',
        platform: `${os.platform()} ${os.release()}`,
        node: process.version,
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: os.loadavg(),
      },
      browser: `Chromium ${browserVersion} (${choice.origin}), headless, --disable-gpu (software rendering, canvas renderer)`,
      durationSeconds,
      budgetSeconds: Number.isFinite(budgetSeconds) ? budgetSeconds : null,
      plan,
      roundsLeftOut: skipped,
      bundle,
      tables: { times, ratios },
      summaries,
    },
    null,
    2,
  ) + '\n',
);
log('wrote bench/results.json');
