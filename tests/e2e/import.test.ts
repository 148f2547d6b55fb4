// Opening datasets and curating them in Chromium: file, drop and ?data=, custom relation types, edits that survive a reload, download and reopen.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import type { ExplorerApi } from './driver/explorerApi';
import { ExplorerPage, explorerAddress } from './driver/explorerPage';

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

const openExplorer = (params: Record<string, string> = {}, options?: { until?: 'laid-out' | 'page-loaded' }) =>
  ExplorerPage.open(browser, explorerAddress(inject('baseUrl'), params), options);

async function expectClean(explorer: ExplorerPage) {
  expect(explorer.dialogs).toEqual([]);
  expect(explorer.pageErrors).toEqual([]);
  expect(await explorer.cspViolations()).toEqual([]);
}

const visibleRelationTypes = async (api: ExplorerApi) =>
  [...new Set((await api.shownGraph()).relations.map((relation) => relation.type))].sort();

describe('opening datasets', () => {
  it('opens a file with its own relation types, shows them in the legend and filters by one', async () => {
    const explorer = await openExplorer();
    const { api, ui, page } = explorer;
    await ui.openFiles(customTypes);
    expect(await api.waitForOpened('dataset.json')).toBe('opened');
    await expect.poll(() => api.datasetTitle()).toBe(CUSTOM_TITLE);
    await api.waitUntilLaidOut();
    await expect
      .poll(() => ui.legend.textContent())
      .toMatch(/shares water with[\s\S]*dams the river of|dams the river of[\s\S]*shares water with/);
    await expect.poll(() => visibleRelationTypes(api)).toEqual(['dams', 'shares-water']);
    await page.getByRole('button', { name: 'Only dams the river of' }).click();
    await expect.poll(() => visibleRelationTypes(api)).toEqual(['dams']);
    await ui.relationTypeCheckbox('shares water with').check();
    await ui.relationTypeCheckbox('dams the river of').uncheck();
    await expect.poll(() => visibleRelationTypes(api)).toEqual(['shares-water']);
    await expectClean(explorer);
    await explorer.close();
  });

  it('opens ?data=<url>, and says why when it cannot', async () => {
    const opened = await openExplorer({ data: '/__fixtures/custom-types/dataset.json' });
    expect(await opened.api.datasetTitle()).toBe(CUSTOM_TITLE);
    await expectClean(opened);
    await opened.close();

    const missing = await openExplorer({ data: '/__fixtures/nowhere.json' }, { until: 'page-loaded' });
    await missing.ui.alert.waitFor();
    expect(await missing.ui.alert.textContent()).toMatch(/nowhere\.json was not opened[\s\S]*the server answered 404/);
    // A file opened from here replaces the refusal with the explorer.
    await missing.ui.openFiles(customTypes);
    await missing.api.waitUntilLaidOut();
    expect(await missing.api.datasetTitle()).toBe(CUSTOM_TITLE);
    await expectClean(missing);
    await missing.close();
  });

  it('opens a file dropped on the page', async () => {
    const explorer = await openExplorer();
    await explorer.ui.dropFile('dropped.json', await readFile(customTypes, 'utf8'));
    expect(await explorer.api.waitForOpened('dropped.json')).toBe('opened');
    expect(await explorer.api.datasetTitle()).toBe(CUSTOM_TITLE);
    await expectClean(explorer);
    await explorer.close();
  });
});

describe('curation', () => {
  it('keeps edits across a reload until they are discarded', async () => {
    const explorer = await openExplorer();
    const { api, page } = explorer;
    await page.getByRole('button', { name: 'New actor' }).click();
    const form = page.getByRole('form', { name: 'New actor' });
    await form.getByLabel('Name', { exact: true }).fill('Sultanate of Oman');
    await form.getByLabel('Description').fill('Mediator, added in the end-to-end test.');
    await form.getByRole('button', { name: 'Add actor' }).click();
    await api.waitForActor('sultanate-of-oman');
    await page.getByText(/Changes saved in this browser/).waitFor();
    expect(await api.draftKeys()).toHaveLength(1);

    await explorer.reload();
    await api.waitForActor('sultanate-of-oman');
    await page.getByText(/Unsaved changes restored from/).waitFor();

    await page.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('button', { name: 'Yes, discard changes' }).click();
    await api.waitForActor('sultanate-of-oman', 'gone');
    // Once the browser holds no draft, nothing can bring the edit back after a reload.
    await expect.poll(() => api.draftKeys()).toEqual([]);
    await explorer.reload();
    expect(await api.hasActor('sultanate-of-oman')).toBe(false);
    await expectClean(explorer);
    await explorer.close();
  });

  it('creates a relation from a passage of the source, downloads the dataset and opens the download again', async () => {
    const explorer = await openExplorer();
    const { api, ui, page } = explorer;
    await ui.openFiles(customTypes);
    await api.waitForOpened('dataset.json');
    // The details open for the new relation: open already, their column leaves the canvas's size (and view) as it is.
    await ui.showPanel('Details');
    await api.waitUntilCanvasFits();
    await explorer.nextFrame();
    const before = await api.canvasPicture();
    await page.getByRole('button', { name: 'Read sources' }).click();
    await page.getByTestId('reader-text').waitFor();
    // The second "Officials met in the capital.", selected as a mouse would.
    await ui.selectInReader('Officials met in the capital.', 1);
    const selected = page.getByRole('region', { name: 'Selected passage' });
    await expect.poll(() => selected.textContent()).toMatch(/prefix “capital.” picks this one/);
    await selected.getByRole('button', { name: 'New relation from this passage' }).click();
    const form = page.getByRole('form', { name: 'New relation' });
    await form.getByLabel('Source (from)').selectOption('midland');
    await form.getByLabel('Target (to)').selectOption('upland');
    await form.getByLabel('Type').selectOption('meets');
    await form.getByLabel('Date').fill('2022-05-02');
    await form.getByRole('button', { name: 'Add relation' }).click();
    await api.waitForRelation('midland-meets-upland');
    // The edit changes the graph in place: no new layout, every actor where it was, the same view.
    expect(await api.canvasPicture()).toEqual(before);

    const download = await ui.downloadDataset();
    expect(download.name).toBe('custom-types.json');
    const saved = path.join(scratch, 'downloaded.json');
    await writeFile(saved, download.text);
    const json = JSON.parse(download.text) as {
      relations: Array<{ id: string; evidence: Array<{ quote: string; prefix?: string }> }>;
    };
    expect(json.relations.at(-1)).toMatchObject({
      id: 'midland-meets-upland',
      evidence: [{ quote: 'Officials met in the capital.', prefix: 'capital.' }],
    });

    await ui.openFiles(saved);
    expect(await api.waitForOpened('downloaded.json')).toBe('opened');
    await api.waitForRelation('midland-meets-upland');
    await expectClean(explorer);
    await explorer.close();
  });
});
