// `npm run bench:cpu`: how long the page's main thread works for a click and a filter, explorer against the bare styled
// page, by the thread's own clock (Chrome trace), which a shared machine's other processes do not inflate as they do
// wall-clock medians. BENCH_SIZE (default 200 actors), BENCH_ROUNDS (default 5); BENCH_COMPARE=<a built explorer's
// folder> adds that build as a third page, for a before/after of a change in the same run.
import { mkdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describeChoice, findBrowser, launchChromium } from '../../tests/support/chromium';
import { startStaticServer } from '../../tests/support/staticServer';
import { buildPages } from '../harness/build';
import { SIZES, writeDatasets } from '../harness/datasets';
import { measureClick, measureFilter, openPage, settle, type PageKind } from '../harness/measure';
import { median, ratio } from '../harness/stats';
import { pageInput, threadTime, type TraceEvent } from '../harness/threadTime';

const projectRoot = resolve(import.meta.dirname, '../..');
const outRoot = join(projectRoot, 'bench/out');
const traceDir = join(outRoot, 'traces');
const actors = Number(process.env.BENCH_SIZE ?? 200);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const compareDir = process.env.BENCH_COMPARE ? resolve(process.env.BENCH_COMPARE) : null;
const size = SIZES.find((candidate) => candidate.actors === actors);
if (!size) throw new Error(`BENCH_SIZE must be one of ${SIZES.map((candidate) => candidate.actors).join(', ')}`);
/** Long enough to hold what a click or a filter sets off after its first frame: a resize, the label pass once settled. */
const INTERACTION_MS = 700;
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

interface Sample {
  /** Input to the step's end as `npm run bench` measures it (panel shown, or filtered edge gone from a painted frame). */
  wall: number | null;
  /** The thread's own time in its tasks from the input to that end. */
  toEnd: number | null;
  /** The same over the INTERACTION_MS after the input. */
  interaction: number | null;
}

type Step = 'click' | 'filter';
/** Both steps start with a real mouse press: on an actor, or on a filter's checkbox. */
const INPUT = 'pointerdown';

async function traced(browser: Browser, page: Page, step: Step, kind: PageKind, label: string): Promise<Sample> {
  const path = join(traceDir, `${label}-${step}.json`);
  await browser.startTracing(page, { path, categories: TRACE_CATEGORIES });
  const result = step === 'click' ? await measureClick(page, kind) : await measureFilter(page, kind);
  await settle(page, INTERACTION_MS);
  await browser.stopTracing();
  const wall =
    step === 'click' ? (result as { click: number | null }).click : (result as { filter: number | null }).filter;
  const { traceEvents } = JSON.parse(await readFile(path, 'utf8')) as { traceEvents: TraceEvent[] };
  const input = pageInput(traceEvents, INPUT);
  if (!input) return { wall, toEnd: null, interaction: null };
  return {
    wall,
    toEnd: wall === null ? null : threadTime(traceEvents, input, input.ts, wall).cpu,
    interaction: threadTime(traceEvents, input, input.ts, INTERACTION_MS).cpu,
  };
}

await rm(traceDir, { recursive: true, force: true });
await mkdir(traceDir, { recursive: true });
const [dataset] = await writeDatasets(join(outRoot, 'data'), [size], [true]);
if (!dataset) throw new Error('no dataset');
const { appDir, bareDir } = await buildPages(projectRoot, join(outRoot, 'cpu'));
const servers = await Promise.all([
  startStaticServer([
    { prefix: '/bench-data/', dir: join(outRoot, 'data') },
    { prefix: '/bare/', dir: bareDir },
    { prefix: '/', dir: appDir },
  ]),
  ...(compareDir
    ? [
        startStaticServer([
          { prefix: '/bench-data/', dir: join(outRoot, 'data') },
          { prefix: '/', dir: compareDir },
        ]),
      ]
    : []),
]);
const [main, compared] = servers;
const choice = await findBrowser();
console.log(describeChoice(choice));
const loadAtStart = os.loadavg();
const browser = await launchChromium(choice.path);
const pages: { label: string; kind: PageKind; url: (canvas: string) => string }[] = [];
const data = encodeURIComponent(`/bench-data/${dataset.name}/dataset.json`);
pages.push({ label: 'explorer', kind: 'explorer', url: () => `${main!.url}/?data=${data}&debug` });
if (compared) pages.push({ label: 'compared', kind: 'explorer', url: () => `${compared.url}/?data=${data}&debug` });
pages.push({ label: 'styled', kind: 'styled', url: (canvas) => `${main!.url}/bare/styled.html?data=${data}${canvas}` });
const samples = new Map<string, Sample[]>();
try {
  let canvas = '';
  for (let round = 0; round < rounds; round++) {
    // The explorer goes first in round 1: it gives the canvas size the styled page draws at. Then the order alternates.
    const order = round % 2 === 0 ? pages : [...pages].reverse();
    for (const { label, kind, url } of order) {
      const page = await openPage(browser, { kind, url: url(canvas), expectLayout: false, log: console.log });
      if (kind === 'explorer' && canvas === '') {
        const shape = await page.evaluate(() => ({
          width: window.__probe!.cy()!.width(),
          height: window.__probe!.cy()!.height(),
        }));
        canvas = `&w=${Math.round(shape.width)}&h=${Math.round(shape.height)}`;
      }
      for (const step of ['click', 'filter'] as const) {
        const sample = await traced(browser, page, step, kind, `${label}-${round}`);
        samples.set(`${label} ${step}`, [...(samples.get(`${label} ${step}`) ?? []), sample]);
        await settle(page, 800);
      }
      await page.context().close();
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map(({ server }) => new Promise((done) => server.close(done))));
}

const ms = (value: number | null) => (value === null ? '–' : value.toFixed(0));
const times = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}×`);
console.log(
  `\n${actors}/${size.relations} actors/relations, ${rounds} rounds, medians, ms; load average ${loadAtStart.map((load) => load.toFixed(1)).join(' / ')} at the start, ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ')} at the end`,
);
console.log(
  '| page | step | wall to end | thread time to end | thread time, whole interaction | ÷ styled (thread, to end / whole) |',
);
console.log('|---|---|---|---|---|---|');
for (const step of ['click', 'filter'] as const) {
  const styled = samples.get(`styled ${step}`) ?? [];
  const styledEnd = median(styled.map((sample) => sample.toEnd));
  const styledWhole = median(styled.map((sample) => sample.interaction));
  for (const { label } of pages) {
    const runs = samples.get(`${label} ${step}`) ?? [];
    const toEnd = median(runs.map((sample) => sample.toEnd));
    const whole = median(runs.map((sample) => sample.interaction));
    console.log(
      `| ${label} | ${step} | ${ms(median(runs.map((sample) => sample.wall)))} | ${ms(toEnd)} | ${ms(whole)} | ${label === 'styled' ? '–' : `${times(ratio(toEnd, styledEnd))} / ${times(ratio(whole, styledWhole))}`} |`,
    );
  }
}
