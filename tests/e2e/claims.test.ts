// End to end on the bundled dataset: claim statuses in the graph, the filter, the details panel, the table and the URL.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { claimStatus, evidenceMarker } from '../../src/domain/claims';
import type { Dataset, Relation } from '../../src/domain/model';
import { CLAIM_MARKS } from '../../src/graph/claimMarks';
import { launchBrowser } from './browser';
import { ExplorerPage, explorerAddress } from './driver/explorerPage';

const SEED_FILE = path.join(import.meta.dirname, '../../data/russia-israel-iran/dataset.json');

let browser: Browser;
let seed: Dataset;
/** The seed's relations of a status: read from the file, which its curators keep changing. */
const withStatus = (status: string) => seed.relations.filter((relation) => claimStatus(relation.evidence) === status);
const ids = (relations: readonly Relation[]) => relations.map((relation) => relation.id).sort();
const hiddenStatusParams = (url: string) => new URL(url).searchParams.getAll('hide-status');

beforeAll(async () => {
  browser = await launchBrowser();
  seed = JSON.parse(await readFile(SEED_FILE, 'utf8')) as Dataset;
});
afterAll(async () => {
  await browser?.close();
});

describe('claim statuses on the bundled dataset', () => {
  let explorer: ExplorerPage;
  beforeEach(async () => {
    explorer = await ExplorerPage.open(browser, explorerAddress(inject('baseUrl')));
  });
  afterEach(async () => {
    await explorer?.close();
  });

  it('hides the denied relations by default, and the filter shows them drawn distinctly', async () => {
    const { api, ui } = explorer;
    await ui.openTable();
    const denied = ids(withStatus('denied'));
    expect(denied.length, 'the seed has denied relations').toBeGreaterThan(0);
    const shown = async () => (await api.shownGraph()).relations.map((relation) => relation.id);
    expect((await shown()).filter((id) => denied.includes(id))).toEqual([]);
    expect(await ui.statusCheckbox('denied').isChecked()).toBe(false);
    expect(await ui.statusCount('denied').textContent()).toBe(`0/${denied.length}`);
    expect(await ui.table.getByRole('cell', { name: 'denied', exact: true }).count()).toBe(0);

    await ui.statusCheckbox('denied').check();
    await expect.poll(async () => (await shown()).filter((id) => denied.includes(id)).sort()).toEqual(denied);
    expect(await ui.statusCount('denied').textContent()).toBe(`${denied.length}/${denied.length}`);
    for (const id of denied) {
      const look = await api.claimLook(id);
      expect(look, id).toEqual({
        status: 'denied',
        lineOpacity: CLAIM_MARKS.denied.lineOpacity,
        midMark: CLAIM_MARKS.denied.marker,
      });
    }
    const asserted = withStatus('asserted')[0];
    if (!asserted) throw new Error('the seed has no asserted relation');
    expect(await api.claimLook(asserted.id)).toEqual({ status: 'asserted', lineOpacity: 1, midMark: 'none' });
    await expect.poll(() => ui.table.getByRole('cell', { name: 'denied', exact: true }).count()).toBe(denied.length);
    await expect
      .poll(() => ui.legend.locator('[data-status="denied"] .count').first().textContent())
      .toBe(String(denied.length));
  });

  it('says "forecast" beside the quotes of a probable relation, and that its claim is probable', async () => {
    const { api, ui } = explorer;
    const probable = withStatus('probable')[0];
    if (!probable) throw new Error('the seed has no probable relation');
    const forecasts = probable.evidence.filter((evidence) => evidenceMarker(evidence) === 'forecast').length;
    expect(forecasts).toBeGreaterThan(0);
    await api.select({ kind: 'relation', id: probable.id });
    await ui.details.getByText('Claim: probable (only forecasts or beliefs state it)').waitFor();
    await expect.poll(() => ui.details.getByText('forecast', { exact: true }).count()).toBe(forecasts);
    const look = await api.claimLook(probable.id);
    expect(look).toMatchObject({ status: 'probable', lineOpacity: CLAIM_MARKS.probable.lineOpacity });
  });

  it('keeps the status filter in the URL, and a reload restores it', async () => {
    const { api, ui, page } = explorer;
    expect(hiddenStatusParams(page.url())).toEqual([]);
    await ui.statusCheckbox('denied').check();
    await page.waitForURL((url) => url.searchParams.getAll('hide-status').join() === 'none');
    await ui.statusCheckbox('probable').uncheck();
    await page.waitForURL((url) => url.searchParams.getAll('hide-status').join() === 'probable');
    await explorer.reload();
    expect(await api.hiddenStatuses()).toEqual(['probable']);
    expect(await ui.statusCheckbox('denied').isChecked()).toBe(true);
    expect(await ui.statusCheckbox('probable').isChecked()).toBe(false);
    for (const relation of withStatus('denied')) expect(await api.isRelationVisible(relation.id)).toBe(true);
    for (const relation of withStatus('probable')) expect(await api.isRelationVisible(relation.id)).toBe(false);
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await page.waitForURL((url) => !url.searchParams.has('hide-status'));
    expect(await api.hiddenStatuses()).toEqual(['denied']);
  });
});

describe('a status filter opened from a URL', () => {
  it('hides what the URL says, ignoring values it does not know', async () => {
    // Repeated parameters, as the explorer writes them, and one value it does not know.
    const address = `${explorerAddress(inject('baseUrl'))}&hide-status=possible&hide-status=unsure`;
    const opened = await ExplorerPage.open(browser, address);
    try {
      const { api, ui } = opened;
      expect(await api.hiddenStatuses()).toEqual(['possible']);
      expect(await ui.statusCheckbox('possible').isChecked()).toBe(false);
      expect(await ui.statusCheckbox('denied').isChecked()).toBe(true);
      for (const relation of withStatus('possible')) expect(await api.isRelationVisible(relation.id)).toBe(false);
      for (const relation of withStatus('denied')) expect(await api.isRelationVisible(relation.id)).toBe(true);
    } finally {
      await opened.close();
    }
  });
});
