// `npm run bench:export`: times PNG exports from the built app in headless Chromium (seed at 2×, a 5,000-actor
// graph at 1× and 2×) and how long the page's main thread is blocked meanwhile; prints medians of several runs.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { syntheticDataset } from '../synthetic';
import { describeChoice, findBrowser, launchChromium } from '../../tests/support/chromium';
import { startStaticServer } from '../../tests/support/staticServer';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const root = path.resolve(import.meta.dirname, '../..');

interface Run {
  ms: number;
  /** Longest gap between 5 ms timer ticks while exporting: how long the page could not respond. */
  longestBlockMs: number;
  progressUpdates: number;
  size: string;
}

/** Clicks the PNG button in the page and waits for the download link: export time as the page sees it. */
async function exportOnce(page: Page): Promise<Run> {
  return page.evaluate(
    () =>
      new Promise<Run>((resolve, reject) => {
        const button = [...document.querySelectorAll('button')].find(
          (candidate) => candidate.getAttribute('aria-label') === 'Download PNG',
        );
        const status = document.querySelector('.export-menu__status');
        if (!button || !status) return reject(new Error('no export menu'));
        let last = performance.now();
        let longest = 0;
        const ticker = setInterval(() => {
          const now = performance.now();
          longest = Math.max(longest, now - last);
          last = now;
        }, 5);
        const steps = new Set<string>();
        const observer = new MutationObserver(() => {
          steps.add(status.textContent ?? '');
          const error = status.querySelector('[data-kind="error"]');
          if (error) reject(new Error(error.textContent ?? 'export failed'));
        });
        observer.observe(status, { subtree: true, childList: true, characterData: true });
        const originalClick = HTMLAnchorElement.prototype.click;
        const started = performance.now();
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          const ms = performance.now() - started;
          HTMLAnchorElement.prototype.click = originalClick;
          clearInterval(ticker);
          longest = Math.max(longest, performance.now() - last);
          observer.disconnect();
          // Let React render the message, then read the size from it.
          setTimeout(() => {
            const size = /\(([\d,]+ × [\d,]+ px)\)/.exec(status.textContent ?? '')?.[1] ?? '?';
            resolve({
              ms,
              longestBlockMs: longest,
              progressUpdates: [...steps].filter((step) => step.includes('%')).length,
              size,
            });
          }, 50);
        };
        button.click();
      }),
  );
}

async function openWithMenu(page: Page, url: string, scale: '1×' | '2×'): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => (window.__explorer?.cy.nodes().length ?? 0) > 0, undefined, { timeout: 180_000 });
  console.log(`  loaded ${url} (${await page.evaluate(() => window.__explorer?.cy.nodes().length)} nodes)`);
  await page.locator('details.export-menu > summary').click();
  await page.getByRole('radio', { name: 'whole graph', exact: true }).check();
  await page.getByRole('radio', { name: scale, exact: true }).check();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const folder = await mkdtemp(path.join(os.tmpdir(), 'bench-export-'));
try {
  const outDir = path.join(folder, 'app');
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  const { dataset } = syntheticDataset({ actors: 5_000, relations: 15_000, documents: 200, documentSize: 2_000 });
  await mkdir(path.join(folder, 'data'));
  await writeFile(path.join(folder, 'data', 'large.json'), JSON.stringify(dataset));
  const { server, url } = await startStaticServer([
    { prefix: '/__bench/', dir: path.join(folder, 'data') },
    { prefix: '/', dir: outDir },
  ]);
  const choice = await findBrowser();
  console.log(describeChoice(choice));
  const browser = await launchChromium(choice.path);
  try {
    const cases = [
      {
        name: 'seed dataset (22 actors, 51 relations), whole graph at 2×',
        query: '',
        scale: '2×' as const,
        budgetMs: 500,
      },
      {
        name: 'synthetic 5,000 actors / 15,000 relations, whole graph at 1×',
        query: 'data=/__bench/large.json',
        scale: '1×' as const,
        budgetMs: 5000,
      },
      {
        name: 'synthetic 5,000 actors / 15,000 relations, whole graph at 2×',
        query: 'data=/__bench/large.json',
        scale: '2×' as const,
        budgetMs: 5000,
      },
    ];
    for (const benchCase of cases) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await openWithMenu(page, `${url}/?debug&${benchCase.query}`, benchCase.scale);
      await exportOnce(page); // warm-up: fonts, caches, code paths
      const runs: Run[] = [];
      for (let round = 0; round < ROUNDS; round++) runs.push(await exportOnce(page));
      const ms = median(runs.map((run) => run.ms));
      console.log(
        `${benchCase.name}: median ${ms.toFixed(0)} ms (runs ${runs.map((run) => run.ms.toFixed(0)).join(', ')}; budget ${benchCase.budgetMs} ms: ${ms <= benchCase.budgetMs ? 'met' : 'MISSED'}), ` +
          `image ${runs[0]?.size}, longest main-thread block median ${median(runs.map((run) => run.longestBlockMs)).toFixed(0)} ms, ` +
          `progress updates median ${median(runs.map((run) => run.progressUpdates))}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  await rm(folder, { recursive: true, force: true });
}
