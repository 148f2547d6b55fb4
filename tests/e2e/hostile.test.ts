// Every hostile dataset opened in Chromium through the file input: no injected script runs, the CSP holds, and the message names the problem.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { ExplorerPage, explorerAddress } from './driver/explorerPage';

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

const openExplorer = () => ExplorerPage.open(browser, explorerAddress(inject('baseUrl')));

async function expectInert(explorer: ExplorerPage) {
  const { page } = explorer;
  expect(explorer.dialogs).toEqual([]);
  expect(await explorer.injectedScriptRan()).toBe(false);
  expect(await explorer.cspViolations()).toEqual([]);
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
  expect(explorer.pageErrors).toEqual([]);
}

async function openHostile(filePath: string) {
  const explorer = await openExplorer();
  const nodesBefore = await explorer.api.nodeCount();
  await explorer.ui.openFiles(filePath);
  const outcome = await explorer.api.waitForOpened(path.basename(filePath));
  return { explorer, outcome, nodesBefore };
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
    const { explorer, outcome, nodesBefore } = await openHostile(hostile(name));
    const { api, ui } = explorer;
    expect(outcome).toBe('refused');
    await expect.poll(() => ui.alert.textContent()).toMatch(new RegExp(`${name} was not opened`));
    expect(await ui.alert.textContent()).toMatch(message);
    expect(await ui.alert.getByRole('heading', { name: new RegExp(group) }).count()).toBeGreaterThan(0);
    expect(await api.datasetTitle()).toBe(SEED_TITLE);
    expect(await api.nodeCount()).toBe(nodesBefore);
    await expectInert(explorer);
    await explorer.close();
  });

  it('shows markup in every field as text, and runs none of it', async () => {
    const { explorer, outcome } = await openHostile(hostile('markup-everywhere.json'));
    const { api, ui, page } = explorer;
    expect(outcome).toBe('opened');
    expect(await api.datasetTitle()).toMatch(/^Markup <img/);
    expect(await page.locator('h1').textContent()).toContain('<script>window.__pwned=1;alert(1)</script>');
    // Show every panel that renders data: an actor's details, a relation's, and the source reader.
    const { actors, relations, relationTypes } = await api.dataset();
    const [actor] = actors;
    const [relation] = relations;
    if (!actor || !relation) throw new Error('the fixture has an actor and a relation');
    await api.select({ kind: 'actor', id: actor.id });
    await ui.details.getByRole('heading', { name: actor.name, exact: true }).waitFor();
    await page.getByRole('button', { name: 'Read sources' }).click();
    await page.getByTestId('reader-text').waitFor();
    expect(await page.getByTestId('reader-text').textContent()).toContain('<img');
    await api.select({ kind: 'relation', id: relation.id });
    const nameOf = (id: string) => actors.find((candidate) => candidate.id === id)?.name;
    const typeLabel = relationTypes.find((type) => type.id === relation.type)?.label;
    await ui.details
      .getByRole('heading', { name: `${nameOf(relation.source)} ${typeLabel} ${nameOf(relation.target)}`, exact: true })
      .waitFor();
    await api.waitUntilMarked({ kind: 'relation', id: relation.id });
    await expectInert(explorer);
    await explorer.close();
  });

  it.each(['byte-order-mark.json', 'prototype-ids.json'])(
    '%s is accepted as ordinary data, and the page survives whatever the canvas does',
    async (name) => {
      const explorer = await openExplorer();
      const { page } = explorer;
      await explorer.ui.openFiles(hostile(name));
      // Read the header, not the store: if drawing fails, the canvas (and window.__explorer with it) is gone.
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toBe('Hostile');
      await explorer.api.waitUntilCanvasSettles();
      expect(await page.getByRole('button', { name: 'Open dataset…' }).isVisible()).toBe(true);
      await expectInert(explorer);
      await explorer.close();
    },
  );

  // cytoscape-fcose keeps nodes in plain objects keyed by id; layouts run on an index-id copy (canvas/layout/layoutCopy.ts).
  it('draws prototype-like ids on the canvas', async () => {
    const explorer = await openExplorer();
    const { api, ui, page } = explorer;
    try {
      await ui.openFiles(hostile('prototype-ids.json'));
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toBe('Hostile');
      await api.waitForActor('constructor');
      await api.select({ kind: 'relation', id: '__proto__' });
      await ui.details.getByRole('heading', { name: 'Constructor strikes Prototype', exact: true }).waitFor();
      await api.waitUntilMarked({ kind: 'relation', id: '__proto__' });
      expect(explorer.pageErrors).toEqual([]);
    } finally {
      await explorer.close();
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
    const explorer = await openExplorer();
    const { api, ui } = explorer;
    const whileAWorkerChecks = await api.countFramesWhileAWorkerChecks();
    await ui.openFiles(file);
    expect(await api.waitForOpened('ten-megabyte-quote.json')).toBe('opened');
    // While the worker checks 20 MB of JSON, the page goes on drawing frames.
    expect(await whileAWorkerChecks.frames()).toBeGreaterThan(1);
    expect(await api.datasetTitle()).toBe('Big quote');
    expect(explorer.workers.length).toBeGreaterThan(0);
    await expectInert(explorer);
    await explorer.close();
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const file = path.join(scratch, 'too-big.json');
    await writeFile(file, Buffer.alloc(51 * 1024 * 1024, 0x20));
    const { explorer, outcome } = await openHostile(file);
    expect(outcome).toBe('refused');
    expect(await explorer.ui.alert.textContent()).toMatch(/the file is 51 MB; datasets over 50 MB are refused/);
    expect(await explorer.api.datasetTitle()).toBe(SEED_TITLE);
    await expectInert(explorer);
    await explorer.close();
  });
});
