// `npm run legibility`: opens the built explorer at 1400×900 in headless Chromium on the bundled dataset, the custom-types
// fixture and generated 120- and 1,000-actor datasets, and prints what a reader gets at the first fitted view.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { describeChoice, findBrowser, launchChromium } from '../tests/support/chromium';
import { startStaticServer } from '../tests/support/staticServer';
import { legibilityFigures, readGeometry, type LegibilityFigures } from '../tests/support/legibility';
import { syntheticDataset } from './synthetic';

const projectRoot = resolve(import.meta.dirname, '..');
const outRoot = join(projectRoot, 'bench/out/legibility');
const WINDOW = { width: 1400, height: 900 };

interface Case {
  name: string;
  /** The ?data= address, or none for the bundled dataset. */
  data?: string;
}

const CASES: Case[] = [
  { name: 'bundled (russia-israel-iran)' },
  { name: 'custom-types fixture', data: '/__fixtures/custom-types/dataset.json' },
  { name: 'generated 120 / 360', data: '/legibility-data/a120/dataset.json' },
  { name: 'generated 1,000 / 3,000', data: '/legibility-data/a1000/dataset.json' },
];

async function writeGenerated(root: string, actors: number): Promise<void> {
  const { dataset } = syntheticDataset({
    actors,
    relations: actors * 3,
    documents: Math.max(5, actors / 10),
    documentSize: 2_000,
    seed: 7,
  });
  await mkdir(join(root, `a${actors}`), { recursive: true });
  await writeFile(join(root, `a${actors}`, 'dataset.json'), JSON.stringify(dataset));
}

/**
 * Waits for the first fitted view: every actor drawn and no layout running; then for the labels placed for that view
 * (the explorer marks it), or, from a build that does not mark it, for a few seconds.
 */
async function waitForFirstView(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const explorer = window.__explorer;
      const checked = explorer?.store.getState().checked;
      if (!explorer || !checked || document.querySelector('.layout-progress')) return false;
      if (!checked.dataset.actors.every((actor) => explorer.cy.getElementById(actor.id).nonempty())) return false;
      return checked.dataset.actors.length <= 100 || performance.getEntriesByName('explorer:layout-end').length > 0;
    },
    undefined,
    { timeout: 180_000, polling: 100 },
  );
  await page
    .waitForFunction(() => performance.getEntriesByName('explorer:labels-placed').length > 0, undefined, {
      timeout: 5_000,
      polling: 100,
    })
    .catch(() => console.log('  (no labels-placed mark: measured 5 s after the layout)'));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function measure(browser: Browser, url: string, entry: Case, shot: string): Promise<LegibilityFigures> {
  const page = await browser.newPage({ viewport: WINDOW });
  try {
    await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
    const search = new URLSearchParams(entry.data ? { data: entry.data } : {});
    search.set('debug', '');
    await page.goto(`${url}/?${search.toString()}`);
    await waitForFirstView(page);
    await page.screenshot({ path: shot });
    const geometry = (await page.evaluate(`(${readGeometry.toString()})(window.__explorer.cy)`)) as ReturnType<
      typeof readGeometry
    >;
    return legibilityFigures(geometry);
  } finally {
    await page.close();
  }
}

const cell = (value: number | null, digits = 0) => (value === null ? '–' : value.toFixed(digits));

function table(rows: { entry: Case; figures: LegibilityFigures }[]): string {
  const header = [
    'dataset',
    'graph share of the window',
    'actor labels drawn',
    'smallest actor label (px)',
    'label–label overlaps',
    'label–actor overlaps',
    'edge labels drawn',
    'smallest edge label (px)',
    'edge-label overlaps',
    'straight-line crossings (relations)',
    'pairs with parallel relations (most in one pair)',
    'drawn as bundles',
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const { entry, figures: f } of rows)
    lines.push(
      `| ${[
        entry.name,
        `${(f.graphShare * 100).toFixed(0)} % (${f.canvas})`,
        `${f.actorLabels} / ${f.actors}`,
        cell(f.smallestActorLabelPx, 1),
        f.actorLabelOverlaps,
        f.actorLabelOnActor,
        f.edgeLabels,
        cell(f.smallestEdgeLabelPx, 1),
        f.edgeLabelOverlaps,
        `${f.crossings} (${f.relations})`,
        `${f.parallelPairs} (${f.largestPair})`,
        f.bundles,
      ].join(' | ')} |`,
    );
  return lines.join('\n');
}

const started = performance.now();
const appDir = join(outRoot, 'app');
const dataDir = join(outRoot, 'data');
await build({
  root: projectRoot,
  configFile: join(projectRoot, 'vite.config.ts'),
  logLevel: 'warn',
  build: { outDir: appDir, emptyOutDir: true, sourcemap: false },
});
await writeGenerated(dataDir, 120);
await writeGenerated(dataDir, 1_000);
const { server, url } = await startStaticServer([
  { prefix: '/__fixtures/', dir: join(projectRoot, 'tests/fixtures/e2e') },
  { prefix: '/legibility-data/', dir: dataDir },
  { prefix: '/', dir: appDir },
]);
const choice = await findBrowser();
console.log(describeChoice(choice));
const browser = await launchChromium(choice.path);
const rows: { entry: Case; figures: LegibilityFigures }[] = [];
try {
  for (const [index, entry] of CASES.entries()) {
    const shot = join(outRoot, `${index + 1}-${entry.name.replace(/[^a-z0-9]+/gi, '-').replace(/-+$/, '')}.png`);
    rows.push({ entry, figures: await measure(browser, url, entry, shot) });
    console.log(`${entry.name}: ${JSON.stringify(rows.at(-1)?.figures)} (screenshot ${shot})`);
  }
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
}
console.log(
  `\nAt the first fitted view, ${WINDOW.width}×${WINDOW.height}, Chromium ${browser.version()}, ${new Date().toISOString().slice(0, 10)}:\n\n${table(rows)}\n`,
);
console.log(`${((performance.now() - started) / 1000).toFixed(0)} s`);
