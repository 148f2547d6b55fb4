// `npm run bench:profile`: CPU profiles of the load, a click and a filter in the explorer and the bare pages (unminified),
// by function and as a timeline: where `npm run bench`'s time goes. BENCH_SIZE picks the dataset (default 1000 actors).
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describeChoice, findBrowser, launchChromium } from '../../tests/support/chromium';
import { startStaticServer } from '../../tests/support/staticServer';
import { buildPages } from '../harness/build';
import { installProbe } from '../harness/probe';
import { SIZES, writeDatasets } from '../harness/datasets';
import { measureClick, measureFilter, openPage, settle, type PageKind } from '../harness/measure';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The explorer goes first: it supplies the canvas size the bare pages draw. BENCH_PAGES=explorer,styled picks pages. */
const pages = (process.env.BENCH_PAGES ?? 'explorer,styled,bare').split(',') as PageKind[];
const projectRoot = resolve(import.meta.dirname, '../..');
const outRoot = join(projectRoot, 'bench/out');
const actors = Number(process.env.BENCH_SIZE ?? 1_000);
const size = SIZES.find((candidate) => candidate.actors === actors);
if (!size) throw new Error(`BENCH_SIZE must be one of ${SIZES.map((candidate) => candidate.actors).join(', ')}`);

/** Self time per function (ms), and inclusive time for the functions on the stack, from sampled stacks. */
function summarise(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((sample, index) => {
    const delta = (profile.timeDeltas[index] ?? 0) / 1000;
    const leaf = byId.get(sample);
    if (!leaf) return;
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + delta);
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (!node) break;
      const key = name(node);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + delta);
    }
  });
  const rows = (map: Map<string, number>) =>
    [...map]
      .filter(([key]) => !key.startsWith('(root)') && !key.startsWith('(program)') && !key.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${key}`)
      .join('\n');
  return `self:\n${rows(self)}\n\ninclusive:\n${rows(total)}\n\ntimeline (10 ms slots, busiest activity):\n${timeline(profile, byId, parent)}`;
}

/** What the main thread did, slot by slot: the outermost recognisable activity of each sample. */
function timeline(profile: Profile, byId: Map<number, ProfileNode>, parent: Map<number, number>): string {
  const categories: [string, RegExp][] = [
    ['react', /^(performWorkOnRoot|flushSyncWork|performSyncWorkOnRoot|commitRoot)/],
    ['cy-render', /^renderFn$/],
    ['cy-hit', /^BRp\$e\.findNearestElements$/],
    ['cy-input', /Handler$/],
    ['cy-style', /^styfn/],
    ['gc', /^\(garbage collector\)$/],
    ['harness', /^(evaluate|querySelectorAll|getTextAlternativeInternal)$/],
    ['idle', /^\(idle\)$/],
  ];
  const slots = new Map<number, Map<string, number>>();
  let time = 0;
  profile.samples.forEach((sample, index) => {
    time += (profile.timeDeltas[index] ?? 0) / 1000;
    let category = 'other';
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const fn = byId.get(id)?.callFrame.functionName ?? '';
      const match = categories.find(([, pattern]) => pattern.test(fn));
      if (match) category = match[0];
    }
    const slot = Math.floor(time / 10);
    const counts = slots.get(slot) ?? new Map<string, number>();
    counts.set(category, (counts.get(category) ?? 0) + 1);
    slots.set(slot, counts);
  });
  const lines: string[] = [];
  for (const [slot, counts] of [...slots].sort((a, b) => a[0] - b[0])) {
    const busy = [...counts].filter(([category]) => category !== 'idle').sort((a, b) => b[1] - a[1]);
    if (busy.length === 0) continue;
    lines.push(
      `${String(slot * 10).padStart(6)} ms  ${busy.map(([category, count]) => `${category}×${count}`).join(' ')}`,
    );
  }
  return lines.join('\n');
}

async function profiled<T>(page: Page, label: string, work: () => Promise<T>): Promise<T> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  const result = await work();
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
  await writeFile(join(outRoot, `profile-${label}.cpuprofile`), JSON.stringify(profile));
  console.log(`\n=== ${label}: ${JSON.stringify(result)}\n${summarise(profile)}`);
  await session.detach();
  return result;
}

/** Profiles a fresh page from navigation until its first frame with the graph drawn (the probe's record). */
async function profiledLoad(browser: Browser, label: string, pageUrl: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.addInitScript(installProbe);
  await profiled(page, label, async () => {
    await page.goto(pageUrl);
    await page.waitForFunction(() => window.__probe?.record.firstFrame != null, undefined, {
      timeout: 120_000,
      polling: 50,
    });
    return page.evaluate(() => ({
      dataReady: window.__probe?.record.dataReady,
      firstFrame: window.__probe?.record.firstFrame,
    }));
  });
  await context.close();
}

const [dataset] = await writeDatasets(join(outRoot, 'data'), [size], [true]);
if (!dataset) throw new Error('no dataset');
const { appDir, bareDir } = await buildPages(projectRoot, join(outRoot, 'profile'), { minify: false });
const { server, url } = await startStaticServer([
  { prefix: '/bench-data/', dir: join(outRoot, 'data') },
  { prefix: '/bare/', dir: bareDir },
  { prefix: '/', dir: appDir },
]);
const choice = await findBrowser();
console.log(describeChoice(choice));
const browser = await launchChromium(choice.path);
try {
  const log = (line: string) => console.log(line);
  const data = encodeURIComponent(`/bench-data/${dataset.name}/dataset.json`);
  let canvas = '';
  for (const kind of pages) {
    const pageUrl = {
      explorer: `${url}/?data=${data}&debug`,
      styled: `${url}/bare/styled.html?data=${data}${canvas}`,
      bare: `${url}/bare/?data=${data}${canvas}`,
    }[kind];
    // The load, from navigation to the first drawn frame, in a page of its own (the click and filter pages open unprofiled).
    await profiledLoad(browser, `${kind}-load`, pageUrl);
    const page = await openPage(browser, { kind, url: pageUrl, expectLayout: false, log });
    if (kind === 'explorer') {
      const size = await page.evaluate(() => ({
        width: window.__probe?.cy()?.width() ?? 1000,
        height: window.__probe?.cy()?.height() ?? 700,
      }));
      canvas = `&w=${Math.round(size.width)}&h=${Math.round(size.height)}`;
    }
    await profiled(page, `${kind}-click`, () => measureClick(page, kind));
    await settle(page, 800);
    await profiled(page, `${kind}-filter`, () => measureFilter(page, kind));
    await page.context().close();
  }
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
}
