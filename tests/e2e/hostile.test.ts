// Every hostile dataset opened in Chromium through the file input: no injected script runs, the CSP holds, and the message names the problem.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { datasetTitle, openFiles, openWatched, waitForOpened, type WatchedPage } from './watchedPage';

const hostile = (name: string) => path.join(import.meta.dirname, '../fixtures/hostile', name);
const SEED_TITLE = 'Russia between Israel and Iran';

let browser: Browser;
let scratch: string;
beforeAll(async () => {
  browser = await launchBrowser();
  scratch = await mkdtemp(path.join(tmpdir(), 'hostile-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(scratch, { recursive: true, force: true });
});

async function expectInert(watched: WatchedPage) {
  const { page } = watched;
  expect(watched.dialogs).toEqual([]);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await watched.cspViolations()).toEqual([]);
  // Nothing from the data became markup: no element carries an event handler, and no link leaves http(s).
  expect(
    await page.evaluate(
      () => document.querySelectorAll('[onerror], [onload], [onclick], iframe, object, embed').length,
    ),
  ).toBe(0);
  expect(
    await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href'))
        .filter((href) => !/^https?:/i.test(href ?? '')),
    ),
  ).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
}

async function openHostile(filePath: string) {
  const watched = await openWatched(browser, inject('baseUrl'));
  const nodesBefore = await watched.page.evaluate(() => window.__explorer?.cy.nodes().length ?? 0);
  await openFiles(watched.page, filePath);
  const outcome = await waitForOpened(watched.page, path.basename(filePath));
  return { watched, outcome, nodesBefore };
}

describe('hostile datasets in the browser', () => {
  it.each([
    ['javascript-url.json', 'Invalid values', /must be a web address starting with http/],
    ['data-url.json', 'Invalid values', /must be a web address starting with http/],
    ['deep-nesting.json', 'Nested too deeply', /JSON nested more than 64 levels deep/],
    ['invalid-utf8.json', 'Not valid JSON', /not valid UTF-8: byte 339 \(0xff\)/],
    ['duplicate-keys.json', 'Duplicate keys', /duplicate key "title"/],
    ['prototype-actor-id.json', 'Invalid values', /must be a slug/],
  ])('%s is refused, named, and the dataset on screen stays', async (name, group, message) => {
    const { watched, outcome, nodesBefore } = await openHostile(hostile(name));
    const { page } = watched;
    expect(outcome).toBe('refused');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(new RegExp(`${name} was not opened`));
    expect(await alert.textContent()).toMatch(message);
    expect(await alert.getByRole('heading', { name: new RegExp(group) }).count()).toBeGreaterThan(0);
    expect(await datasetTitle(page)).toBe(SEED_TITLE);
    expect(await page.evaluate(() => window.__explorer?.cy.nodes().length ?? 0)).toBe(nodesBefore);
    await expectInert(watched);
    await page.close();
  });

  it('shows markup in every field as text, and runs none of it', async () => {
    const { watched, outcome } = await openHostile(hostile('markup-everywhere.json'));
    const { page } = watched;
    expect(outcome).toBe('opened');
    expect(await datasetTitle(page)).toMatch(/^Markup <img/);
    expect(await page.locator('h1').textContent()).toContain('<script>window.__pwned=1;alert(1)</script>');
    // Show every panel that renders data: an actor's details, a relation's, and the source reader.
    const actorId = await page.evaluate(() => window.__explorer?.store.getState().checked?.dataset.actors[0]?.id ?? '');
    await page.evaluate((id) => window.__explorer?.store.getState().select({ kind: 'actor', id }), actorId);
    await page.getByRole('button', { name: 'Read sources' }).click();
    await page.getByTestId('reader-text').waitFor();
    expect(await page.getByTestId('reader-text').textContent()).toContain('<img');
    await page.evaluate(() => {
      const relation = window.__explorer?.store.getState().checked?.dataset.relations[0];
      if (relation) window.__explorer?.store.getState().select({ kind: 'relation', id: relation.id });
    });
    await page.waitForTimeout(300);
    await expectInert(watched);
    await page.close();
  });

  it.each(['byte-order-mark.json', 'prototype-ids.json'])(
    '%s is accepted as ordinary data, and the page survives whatever the canvas does',
    async (name) => {
      const watched = await openWatched(browser, inject('baseUrl'));
      const { page } = watched;
      await openFiles(page, hostile(name));
      // Read the header, not the store: if drawing fails, the canvas (and window.__explorer with it) is gone.
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toBe('Hostile');
      await page.waitForTimeout(500);
      expect(await page.getByRole('button', { name: 'Open dataset…' }).isVisible()).toBe(true);
      await expectInert(watched);
      await page.close();
    },
  );

  // cytoscape-fcose keeps nodes in plain objects keyed by id; layouts run on an index-id copy (canvas/layoutCopy.ts).
  it('draws prototype-like ids on the canvas', async () => {
    const watched = await openWatched(browser, inject('baseUrl'));
    const { page } = watched;
    try {
      await openFiles(page, hostile('prototype-ids.json'));
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toBe('Hostile');
      await page.waitForFunction(
        () =>
          window.__explorer?.cy
            .nodes()
            .map((node) => node.id())
            .includes('constructor'),
        undefined,
        { timeout: 5_000 },
      );
      await page.evaluate(() => window.__explorer?.store.getState().select({ kind: 'relation', id: '__proto__' }));
      await page.waitForTimeout(200);
      expect(watched.pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('opens a dataset with a 10 MB quote in a worker while the page stays responsive', async () => {
    const sentence = 'The envoy said the talks would continue. ';
    const big = sentence.repeat(Math.ceil(10_000_000 / sentence.length));
    const file = path.join(scratch, 'ten-megabyte-quote.json');
    await writeFile(
      file,
      JSON.stringify({
        formatVersion: 1,
        id: 'big',
        title: 'Big quote',
        documents: [{ id: 'd', title: 't', outlet: 'o', published: '2021', text: big }],
        actors: [
          { id: 'a', name: 'A', kind: 'state' },
          { id: 'b', name: 'B', kind: 'state' },
        ],
        relations: [
          { id: 'r', type: 'meets', source: 'a', target: 'b', evidence: [{ document: 'd', quote: big.trim() }] },
        ],
      }),
    );
    const watched = await openWatched(browser, inject('baseUrl'));
    await openFiles(watched.page, file);
    // While the worker checks 20 MB of JSON, the page still answers.
    const started = Date.now();
    expect(await watched.page.evaluate(() => 1 + 1)).toBe(2);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await waitForOpened(watched.page, 'ten-megabyte-quote.json')).toBe('opened');
    expect(await datasetTitle(watched.page)).toBe('Big quote');
    expect(watched.workers.length).toBeGreaterThan(0);
    await expectInert(watched);
    await watched.page.close();
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const file = path.join(scratch, 'too-big.json');
    await writeFile(file, Buffer.alloc(51 * 1024 * 1024, 0x20));
    const { watched, outcome } = await openHostile(file);
    expect(outcome).toBe('refused');
    expect(await watched.page.getByRole('alert').textContent()).toMatch(
      /the file is 51 MB; datasets over 50 MB are refused/,
    );
    expect(await datasetTitle(watched.page)).toBe(SEED_TITLE);
    await expectInert(watched);
    await watched.page.close();
  });
});
