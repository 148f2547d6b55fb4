// `npm run bench:add-source`: how long adding a 200 KB saved web page takes in the built explorer, in headless Chromium:
// from the file chosen to its text and metadata in the form (read, DOMParser, Readability, plain text), and from "Add
// source" to the text in the reader (validation of the edit, the reader's first render). Each round opens a fresh
// browser context (Readability's chunk fetched with the first page) and then adds a second page (warm). Prints medians.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { describeChoice, findBrowser, launchChromium } from '../../tests/support/chromium';
import { startStaticServer } from '../../tests/support/staticServer';
import { median } from '../harness/stats';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const PAGE_BYTES = 200 * 1024;
const root = path.resolve(import.meta.dirname, '../..');

const WORDS =
  'delegations met strait talks envoy patrol accord federation northmark orla coastal fisheries vessels seized tariffs steel border mediator analysts navy banks summer ministry statement harbour'.split(
    ' ',
  );

/** A saved news page of about `bytes`, as a browser writes one: a third article, the rest markup, scripts and styles. */
export function savedPage(bytes: number, seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648);
  const sentence = () => {
    const words = Array.from({ length: 12 + (next() % 14) }, () => WORDS[next() % WORDS.length]);
    return `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`;
  };
  const paragraphs: string[] = [];
  for (let length = 0; length < bytes / 3;) {
    const paragraph = `<p>${Array.from({ length: 3 + (next() % 4) }, sentence).join(' ')}</p>`;
    paragraphs.push(paragraph);
    length += paragraph.length;
  }
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Strait talks, day ${seed} | The Harbour Times</title>
<meta property="og:site_name" content="The Harbour Times"><meta property="article:published_time" content="2023-03-14T06:45:00+02:00">
<link rel="canonical" href="https://www.harbour-times.example/world/2023/03/14/day-${seed}">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Strait talks, day ${seed}","author":{"name":"Mara Lindqvist"}}</script>`;
  const article = `<article><h1>Strait talks, day ${seed}</h1><p class="byline">By Mara Lindqvist</p>${paragraphs.join('\n')}</article>`;
  const chrome: string[] = [];
  let filler = head.length + article.length;
  for (let block = 0; filler < bytes - 200; block++) {
    const piece =
      block % 3 === 0
        ? `<style>.c${block}{margin:${block}px;padding:0 ${block % 7}px;color:#${(block * 4099).toString(16).padStart(6, '0').slice(0, 6)}}</style>`
        : block % 3 === 1
          ? `<script>window.__metrics=window.__metrics||[];__metrics.push({slot:${block},at:Date.now()})</script>`
          : `<nav class="related"><ul>${Array.from({ length: 8 }, (_, index) => `<li><a href="/world/${block}/${index}">${sentence()}</a></li>`).join('')}</ul></nav>`;
    chrome.push(piece);
    filler += piece.length;
  }
  const half = Math.floor(chrome.length / 2);
  return `${head}${chrome.slice(0, half).join('\n')}</head><body><header><nav><a href="/">Home</a></nav></header>${article}${chrome.slice(half).join('\n')}<footer>© The Harbour Times</footer></body></html>`;
}

interface Timing {
  /** File chosen → the form shows the extracted text and metadata. */
  readMs: number;
  /** "Add source" clicked → the text is in the reader. */
  addMs: number;
}

/** Adds one page through the dialog, timing both steps with the page's own clock. */
async function addPage(page: Page, html: string, name: string): Promise<Timing> {
  // The reader the last page opened in lies over the header's right end.
  const close = page.getByRole('button', { name: 'Close the curation panel' });
  if (await close.isVisible()) await close.click();
  await page.getByRole('banner').getByRole('button', { name: 'Add source…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a source' });
  const input = dialog.getByLabel(/Or pick a saved web page/);
  await input.waitFor({ state: 'attached' });
  const shown = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let chosenAt = 0;
        document.addEventListener('change', () => (chosenAt = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (chosenAt > 0 && document.querySelector('[data-testid="source-text"]')?.textContent) {
            observer.disconnect();
            resolve(performance.now() - chosenAt);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
  );
  await input.setInputFiles({ name, mimeType: 'text/html', buffer: Buffer.from(html) });
  const readMs = await shown;
  const add = dialog.getByRole('button', { name: 'Add source' });
  await add.and(page.locator(':enabled')).waitFor();
  const addMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const button = [...document.querySelectorAll('dialog button')].find(
          (each) => each.textContent === 'Add source',
        );
        if (!(button instanceof HTMLButtonElement)) throw new Error('no Add source button');
        // The reader may show the page added before: the new one is there once its text is. (No named helper here:
        // tsx would wrap it in a __name() the page does not have.)
        const before = document.querySelector('[data-testid="reader-text"]')?.textContent ?? '';
        const observer = new MutationObserver(() => {
          const now = document.querySelector('[data-testid="reader-text"]')?.textContent ?? '';
          if (now !== '' && now !== before) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        const started = performance.now();
        button.click();
      }),
  );
  return { readMs, addMs };
}

async function main() {
  const choice = await findBrowser();
  console.log(describeChoice(choice));
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'bench-add-source-'));
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  const { server, url } = await startStaticServer([{ prefix: '/', dir: outDir }]);
  const browser = await launchChromium(choice.path);
  const cold: Timing[] = [];
  const warm: Timing[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${url}/?debug`);
      await page.waitForFunction(() => (window.__explorer?.cy.nodes().length ?? 0) > 0, undefined, {
        timeout: 120_000,
      });
      const first = savedPage(PAGE_BYTES, round * 2 + 1);
      const second = savedPage(PAGE_BYTES, round * 2 + 2);
      cold.push(await addPage(page, first, 'day-1.html'));
      warm.push(await addPage(page, second, 'day-2.html'));
      console.log(
        `  round ${round + 1}: ${(first.length / 1024).toFixed(0)} KB page — cold read ${cold.at(-1)?.readMs.toFixed(0)} ms + add ${cold.at(-1)?.addMs.toFixed(0)} ms; warm read ${warm.at(-1)?.readMs.toFixed(0)} ms + add ${warm.at(-1)?.addMs.toFixed(0)} ms`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
    await rm(outDir, { recursive: true, force: true });
  }
  const report = (label: string, runs: Timing[]) => {
    const ms = (values: number[]) => `${median(values)?.toFixed(0) ?? '?'} ms`;
    console.log(
      `${label}: read ${ms(runs.map((run) => run.readMs))}, add ${ms(runs.map((run) => run.addMs))}, total ${ms(runs.map((run) => run.readMs + run.addMs))} (median of ${runs.length})`,
    );
  };
  console.log(`Adding a ${PAGE_BYTES / 1024} KB saved page, load average ${os.loadavg()[0]?.toFixed(1)}:`);
  report('first page of a visit (Readability fetched)', cold);
  report('next page', warm);
}

await main();
