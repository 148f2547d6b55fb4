// Opening datasets and curating them in Chromium: file, drop and ?data=, custom relation types, edits that survive a reload, download and reopen.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { datasetTitle, openFiles, openWatched, waitForGraph, waitForOpened, type WatchedPage } from './watchedPage';

const customTypes = path.join(import.meta.dirname, '../fixtures/e2e/custom-types/dataset.json');
const CUSTOM_TITLE = 'Custom types: the river treaty';

let browser: Browser;
let scratch: string;
beforeAll(async () => {
  browser = await launchBrowser();
  scratch = await mkdtemp(path.join(tmpdir(), 'import-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(scratch, { recursive: true, force: true });
});

async function expectClean(watched: WatchedPage) {
  expect(watched.dialogs).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
  expect(await watched.cspViolations()).toEqual([]);
}

const visibleEdgeTypes = (page: Page) =>
  page.evaluate(() =>
    [...new Set(window.__explorer?.cy.edges(':visible').map((edge) => String(edge.data('type'))))].sort(),
  );

/** Where every actor is drawn, and the view: what a curator would see move. */
const canvasPicture = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__explorer?.cy;
    if (!cy) throw new Error('no cy');
    return {
      zoom: cy.zoom(),
      pan: cy.pan(),
      positions: Object.fromEntries(cy.nodes().map((node) => [node.id(), node.position()])),
    };
  });

describe('opening datasets', () => {
  it('opens a file with its own relation types, shows them in the legend and filters by one', async () => {
    const watched = await openWatched(browser, inject('baseUrl'));
    const { page } = watched;
    await openFiles(page, customTypes);
    expect(await waitForOpened(page, 'dataset.json')).toBe('opened');
    await expect.poll(() => datasetTitle(page)).toBe(CUSTOM_TITLE);
    await waitForGraph(page);
    const legend = page.getByRole('region', { name: 'Legend' });
    await expect
      .poll(() => legend.textContent())
      .toMatch(/shares water with[\s\S]*dams the river of|dams the river of[\s\S]*shares water with/);
    await expect.poll(() => visibleEdgeTypes(page)).toEqual(['dams', 'shares-water']);
    await page.getByRole('button', { name: 'Only dams the river of' }).click();
    await expect.poll(() => visibleEdgeTypes(page)).toEqual(['dams']);
    await page.getByRole('checkbox', { name: 'shares water with' }).check();
    await page.getByRole('checkbox', { name: 'dams the river of' }).uncheck();
    await expect.poll(() => visibleEdgeTypes(page)).toEqual(['shares-water']);
    await expectClean(watched);
    await page.close();
  });

  it('opens ?data=<url>, and says why when it cannot', async () => {
    const opened = await openWatched(browser, inject('baseUrl'), {
      query: 'data=/__fixtures/custom-types/dataset.json',
    });
    expect(await datasetTitle(opened.page)).toBe(CUSTOM_TITLE);
    await expectClean(opened);
    await opened.page.close();

    const missing = await openWatched(browser, inject('baseUrl'), {
      query: 'data=/__fixtures/nowhere.json',
      waitForGraph: false,
    });
    const alert = missing.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/nowhere\.json was not opened[\s\S]*the server answered 404/);
    // A file opened from here replaces the refusal with the explorer.
    await openFiles(missing.page, customTypes);
    await waitForGraph(missing.page);
    expect(await datasetTitle(missing.page)).toBe(CUSTOM_TITLE);
    await expectClean(missing);
    await missing.page.close();
  });

  it('opens a file dropped on the page', async () => {
    const watched = await openWatched(browser, inject('baseUrl'));
    const { page } = watched;
    const text = await readFile(customTypes, 'utf8');
    await page.evaluate((json) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
      const target = document.querySelector('main') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    expect(await waitForOpened(page, 'dropped.json')).toBe('opened');
    expect(await datasetTitle(page)).toBe(CUSTOM_TITLE);
    await expectClean(watched);
    await page.close();
  });
});

describe('curation', () => {
  it('keeps edits across a reload until they are discarded', async () => {
    const watched = await openWatched(browser, inject('baseUrl'));
    const { page } = watched;
    await page.getByRole('button', { name: 'New actor' }).click();
    const form = page.getByRole('form', { name: 'New actor' });
    await form.getByLabel('Name').fill('Sultanate of Oman');
    await form.getByLabel('Description').fill('Mediator, added in the end-to-end test.');
    await form.getByRole('button', { name: 'Add actor' }).click();
    await page.waitForFunction(() => window.__explorer?.cy.getElementById('sultanate-of-oman').nonempty());
    await page.getByText(/Changes saved in this browser/).waitFor();

    await page.reload();
    await waitForGraph(page);
    await page.waitForFunction(() => window.__explorer?.cy.getElementById('sultanate-of-oman').nonempty());
    await page.getByText(/Unsaved changes restored from/).waitFor();

    await page.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('button', { name: 'Yes, discard changes' }).click();
    await page.waitForFunction(() => window.__explorer?.cy.getElementById('sultanate-of-oman').empty());
    await page.reload();
    await waitForGraph(page);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.__explorer?.cy.getElementById('sultanate-of-oman').nonempty())).toBe(false);
    await expectClean(watched);
    await page.close();
  });

  it('creates a relation from a passage of the source, downloads the dataset and opens the download again', async () => {
    const watched = await openWatched(browser, inject('baseUrl'));
    const { page } = watched;
    await openFiles(page, customTypes);
    await waitForOpened(page, 'dataset.json');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    const before = await canvasPicture(page);
    await page.getByRole('button', { name: 'Read sources' }).click();
    const reader = page.getByTestId('reader-text');
    await reader.waitFor();
    // Select the second "Officials met in the capital." as a mouse would.
    await page.evaluate(() => {
      const container = document.querySelector('[data-testid="reader-text"]');
      if (!container) throw new Error('no reader');
      const passage = 'Officials met in the capital.';
      const text = container.textContent ?? '';
      const start = text.indexOf(passage, text.indexOf(passage) + 1);
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (start >= seen && start < seen + length) range.setStart(node, start - seen);
        if (start + passage.length <= seen + length) {
          range.setEnd(node, start + passage.length - seen);
          break;
        }
        seen += length;
      }
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      container.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    const selected = page.getByRole('region', { name: 'Selected passage' });
    await expect.poll(() => selected.textContent()).toMatch(/prefix “capital.” picks this one/);
    await selected.getByRole('button', { name: 'New relation from this passage' }).click();
    const form = page.getByRole('form', { name: 'New relation' });
    await form.getByLabel('Source (from)').selectOption('midland');
    await form.getByLabel('Target (to)').selectOption('upland');
    await form.getByLabel('Type').selectOption('meets');
    await form.getByLabel('Date').fill('2022-05-02');
    await form.getByRole('button', { name: 'Add relation' }).click();
    await page.waitForFunction(() =>
      window.__explorer?.cy.edges().some((edge) => edge.data('relationId') === 'midland-meets-upland'),
    );
    // The edit changes the graph in place: no new layout, every actor where it was, the same view.
    expect(await canvasPicture(page)).toEqual(before);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download dataset' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('custom-types.json');
    const saved = path.join(scratch, 'downloaded.json');
    await download.saveAs(saved);
    const json = JSON.parse(await readFile(saved, 'utf8')) as {
      relations: Array<{ id: string; evidence: Array<{ quote: string; prefix?: string }> }>;
    };
    expect(json.relations.at(-1)).toMatchObject({
      id: 'midland-meets-upland',
      evidence: [{ quote: 'Officials met in the capital.', prefix: 'capital.' }],
    });

    await openFiles(page, saved);
    expect(await waitForOpened(page, 'downloaded.json')).toBe('opened');
    await page.waitForFunction(() =>
      window.__explorer?.cy.edges().some((edge) => edge.data('relationId') === 'midland-meets-upland'),
    );
    await expectClean(watched);
    await page.close();
  });
});
