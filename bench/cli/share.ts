// `npm run bench:share`: the interactive HTML and the PDF of the seed's opening view, from the built app in headless
// Chromium: how long each takes to make, how long the page's main thread is blocked meanwhile and how often progress
// is shown; then the HTML file opened from disk (every request refused): its size and when its first frame is drawn.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { describeChoice, findBrowser, launchChromium } from '../../tests/support/chromium';
import { startStaticServer } from '../../tests/support/staticServer';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const root = path.resolve(import.meta.dirname, '../..');

interface Made {
  ms: number;
  /** Longest gap between 5 ms timer ticks while exporting: how long the page could not respond. */
  longestBlockMs: number;
  /** Distinct progress lines the menu showed. */
  progressSteps: number;
  bytes: number;
  /** The file, for the HTML: opened from disk afterwards. */
  text: string | null;
}

/** Clicks an export button and waits for its download: the time as the page sees it. */
function exportOnce(page: Page, label: string, keepText: boolean): Promise<Made> {
  return page.evaluate(
    ({ label, keepText }) =>
      new Promise<Made>((resolve, reject) => {
        const button = [...document.querySelectorAll('button')].find(
          (candidate) => candidate.getAttribute('aria-label') === label,
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
          const progress = status.querySelector('.export-menu__progress');
          if (progress) steps.add(progress.textContent ?? '');
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
          // The page's policy forbids fetching a blob: URL; the blob itself was kept when its URL was made.
          const blob = (window as unknown as { __lastBlob?: Blob }).__lastBlob;
          if (!blob) return reject(new Error('no file was made'));
          void (keepText ? blob.text() : Promise.resolve(null)).then((text) =>
            resolve({ ms, longestBlockMs: longest, progressSteps: steps.size, bytes: blob.size, text }),
          );
        };
        button.click();
      }),
    { label, keepText },
  );
}

/** Opens the HTML file from disk, every request refused: when its first frame is drawn and its longest task. */
async function openFromDisk(
  browser: Browser,
  file: string,
): Promise<{ firstFrameMs: number; longestTaskMs: number; requests: number }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const address = pathToFileURL(file).href;
  let requests = 0;
  await context.route('**/*', (route) => {
    if (route.request().url() === address) return route.continue();
    requests++;
    return route.abort();
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __tasks: number[] }).__tasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  await page.goto(address);
  await page.waitForFunction(() => performance.getEntriesByName('shared-view:first-frame').length > 0);
  const figures = await page.evaluate(() => ({
    firstFrameMs: performance.getEntriesByName('shared-view:first-frame')[0]!.startTime,
    longestTaskMs: Math.max(0, ...(window as unknown as { __tasks: number[] }).__tasks),
  }));
  await context.close();
  return { ...figures, requests };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const list = (values: number[]) => values.map((value) => value.toFixed(0)).join(', ');

const folder = await mkdtemp(path.join(os.tmpdir(), 'bench-share-'));
try {
  const outDir = path.join(folder, 'app');
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  const { server, url } = await startStaticServer([{ prefix: '/', dir: outDir }]);
  const choice = await findBrowser();
  console.log(describeChoice(choice));
  const browser = await launchChromium(choice.path);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(() => {
      const createObjectURL = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (object: Blob | MediaSource) => {
        if (object instanceof Blob) (window as unknown as { __lastBlob?: Blob }).__lastBlob = object;
        return createObjectURL(object);
      };
    });
    await page.goto(`${url}/?debug`);
    await page.waitForFunction(() => (window.__explorer?.cy.nodes().length ?? 0) > 0, undefined, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    for (const [label, budget] of [
      ['Download Interactive HTML', null],
      ['Download PDF', 5000],
    ] as const) {
      const first = await exportOnce(page, label, true); // the first loads the exporter's code (and the fonts)
      const runs: Made[] = [];
      for (let round = 0; round < ROUNDS; round++) runs.push(await exportOnce(page, label, false));
      const ms = median(runs.map((run) => run.ms));
      console.log(
        `${label}: first ${first.ms.toFixed(0)} ms (code loaded), then median ${ms.toFixed(0)} ms (${list(runs.map((run) => run.ms))})` +
          `${budget === null ? '' : `; budget ${budget} ms: ${ms <= budget ? 'met' : 'MISSED'}`}; ` +
          `${(first.bytes / 1000).toFixed(1)} kB; longest main-thread block median ${median(runs.map((run) => run.longestBlockMs)).toFixed(0)} ms ` +
          `(${list(runs.map((run) => run.longestBlockMs))}), at first ${first.longestBlockMs.toFixed(0)} ms; progress steps median ${median(runs.map((run) => run.progressSteps))}`,
      );
      if (first.text !== null && label.includes('HTML')) {
        const file = path.join(folder, 'view.html');
        await writeFile(file, first.text);
        const opened = [];
        for (let round = 0; round < ROUNDS; round++) opened.push(await openFromDisk(browser, file));
        const frame = median(opened.map((run) => run.firstFrameMs));
        console.log(
          `  the HTML file opened from disk: first frame median ${frame.toFixed(0)} ms after navigation (${list(opened.map((run) => run.firstFrameMs))}; budget 2000 ms: ${frame <= 2000 ? 'met' : 'MISSED'}), ` +
            `longest task median ${median(opened.map((run) => run.longestTaskMs)).toFixed(0)} ms (${list(opened.map((run) => run.longestTaskMs))}; budget 200 ms: ${median(opened.map((run) => run.longestTaskMs)) <= 200 ? 'met' : 'MISSED'}), ` +
            `requests ${Math.max(...opened.map((run) => run.requests))}`,
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  await rm(folder, { recursive: true, force: true });
}
