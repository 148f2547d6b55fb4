// End to end on the bundled dataset: reading like an analyst — the timeline's "as reported by" marker, paths, who says
// so, how well sourced, the sources view — each restored from its URL key, and a link with bad parts corrected.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { daySpan } from '../../src/domain/dates';
import type { Dataset } from '../../src/domain/model';
import { launchBrowser } from './browser';
import { ExplorerPage, explorerAddress } from './driver/explorerPage';

const SEED_FILE = path.join(import.meta.dirname, '../../data/russia-israel-iran/dataset.json');

let browser: Browser;
let seed: Dataset;
let explorer: ExplorerPage | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
  seed = JSON.parse(await readFile(SEED_FILE, 'utf8')) as Dataset;
});
afterEach(async () => {
  await explorer?.close();
  explorer = undefined;
});
afterAll(async () => {
  await browser?.close();
});

const open = async (params: Record<string, string> = {}) =>
  (explorer = await ExplorerPage.open(browser, explorerAddress(inject('baseUrl'), params)));
const shownIds = (page: ExplorerPage) => page.api.shownRelationIds();
const param = (page: ExplorerPage, key: string) => new URL(page.page.url()).searchParams.getAll(key);
/** The first day a document stating the relation can have been published. */
const firstReported = (relationId: string) => {
  const relation = seed.relations.find((candidate) => candidate.id === relationId);
  const days = (relation?.evidence ?? []).map((evidence) => {
    const document = seed.documents.find((candidate) => candidate.id === evidence.document);
    return daySpan(document?.published ?? '')?.low ?? '9999';
  });
  return days.sort()[0] ?? '9999';
};

describe('reading like an analyst, on the bundled dataset', () => {
  it('asof: shows only what was published by the date, says the date on the graph, and steps with the strip', async () => {
    const page = await open({ asof: '2016-09-30' });
    const { ui, api } = page;
    await page.page.getByTestId('as-of-badge').getByText('As reported by September 30, 2016').waitFor();
    const early = await shownIds(page);
    expect(early.length).toBeGreaterThan(0);
    expect(early.every((id) => firstReported(id) <= '2016-09-30')).toBe(true);
    await ui.timeline.getByRole('button', { name: 'Next publication date' }).click();
    await expect.poll(() => api.analystState().then((state) => state.asOf)).toBe('2021-10');
    await expect.poll(async () => (await shownIds(page)).length).toBeGreaterThan(early.length);
    expect(param(page, 'asof')).toEqual(['2021-10']);
    await ui.dragTimelineTo('2010-01-01');
    await expect.poll(() => api.analystState().then((state) => state.asOf)).toBe('2010-01-01');
    await expect.poll(async () => (await shownIds(page)).length).toBe(0);
    await ui.timeline.getByRole('button', { name: 'All dates' }).click();
    await expect.poll(() => param(page, 'asof')).toEqual([]);
    await expect.poll(() => page.page.getByTestId('as-of-badge').count()).toBe(0);
  });

  it('path: lists the paths with a quote per hop, stands them out on the graph, and closes', async () => {
    const page = await open({ path: 'zvi-magen,hezbollah' });
    const { ui, api } = page;
    await ui.pathsView.getByRole('heading', { name: 'How Zvi Magen connects to Hezbollah' }).waitFor();
    const paths = ui.pathsView.getByTestId('path');
    expect(await paths.count()).toBeGreaterThan(0);
    expect(await paths.first().textContent()).toContain('Zvi Magen —member of→ Israel — rival — Hezbollah');
    const marks = await api.waitForPathMarks();
    expect(marks.actors).toEqual(expect.arrayContaining(['zvi-magen', 'israel', 'hezbollah']));
    expect(marks.relations.length).toBeGreaterThan(0);
    expect(marks.faded).toBeGreaterThan(0);
    await ui.pathsView.getByRole('checkbox', { name: 'Follow the direction of directed relations' }).check();
    await expect.poll(() => param(page, 'path-direction')).toEqual(['follow']);
    await ui.pathsView.getByRole('button', { name: 'Close paths' }).click();
    await expect.poll(() => param(page, 'path')).toEqual([]);
    await expect.poll(() => api.fadedCount()).toBe(0);
  });

  it('path: chosen from an actor\'s panel with "connect to…"', async () => {
    const page = await open({ actor: 'zvi-magen' });
    const { ui, api } = page;
    await ui.showPanel('Details');
    await ui.details.getByRole('combobox', { name: 'Connect to…' }).fill('Hamas');
    await ui.details.getByRole('option', { name: 'Hamas' }).click();
    await expect.poll(() => api.analystState().then((state) => state.path)).toEqual({ from: 'zvi-magen', to: 'hamas' });
    await expect.poll(() => param(page, 'path')).toEqual(['zvi-magen,hamas']);
    await ui.pathsView.getByTestId('path').first().waitFor();
  });

  it('speaker: shows what the chosen speakers say, and the actor panel lists its claims', async () => {
    const page = await open({ speaker: 'zvi-magen', actor: 'zvi-magen' });
    const { ui, api } = page;
    const spoken = seed.relations
      .filter((relation) => relation.evidence.some((evidence) => evidence.attributedTo === 'zvi-magen'))
      .map((relation) => relation.id);
    await expect.poll(async () => (await shownIds(page)).length).toBeGreaterThan(0);
    expect((await shownIds(page)).every((id) => spoken.includes(id))).toBe(true);
    await ui.showPanel('Details');
    await ui.details.getByRole('region', { name: 'Claims attributed to Zvi Magen' }).waitFor();
    await page.page
      .getByRole('group', { name: 'Who says so' })
      .getByRole('checkbox', { name: /outlet’s own voice/ })
      .check();
    await expect.poll(() => param(page, 'speaker')).toEqual(['_outlet', 'zvi-magen']);
    expect((await api.analystState()).speakers).toEqual(['_outlet', 'zvi-magen']);
  });

  it('min-sources: shows only what several documents state, drawn wider, with support in the table', async () => {
    const page = await open({ 'min-sources': '2' });
    const { ui, api } = page;
    await expect.poll(async () => (await shownIds(page)).length).toBeGreaterThan(0);
    const counts = await api.shownDocumentCounts();
    expect(Object.values(counts).every((documents) => documents >= 2)).toBe(true);
    await ui.openTable();
    await ui.table.getByRole('columnheader', { name: /Documents/ }).waitFor();
    await page.page.getByRole('spinbutton', { name: /Stated by at least/ }).fill('1');
    await expect.poll(() => param(page, 'min-sources')).toEqual([]);
  });

  it('sources view: choosing a document shows only what it states and opens its reader', async () => {
    const page = await open();
    const { ui } = page;
    const document = seed.documents[1];
    if (!document) throw new Error('the seed has two documents');
    await ui.sourcesView.getByRole('button', { name: document.title }).click();
    await expect
      .poll(() => param(page, 'hide-doc'))
      .toEqual(seed.documents.filter((d) => d !== document).map((d) => d.id));
    await page.page.getByTestId('reader-text').waitFor();
    const stating = seed.relations
      .filter((relation) => relation.evidence.some((evidence) => evidence.document === document.id))
      .map((relation) => relation.id);
    expect((await shownIds(page)).every((id) => stating.includes(id))).toBe(true);
  });

  it('a link with bad parts opens the rest of the view, says what it left out, and is corrected in place', async () => {
    const page = await open({
      actor: 'vladimir-putin',
      asof: '2021-02-30',
      path: 'vladimir-putin,vladimir-putin',
      'min-sources': 'two',
      speaker: 'nobody',
      'hide-type': 'meets',
    });
    const { ui, api } = page;
    await ui.linkNotice.waitFor();
    const text = (await ui.linkNotice.textContent()) ?? '';
    for (const part of ['asof=2021-02-30', 'path=vladimir-putin,vladimir-putin', 'min-sources=two', 'speaker=nobody'])
      expect(text).toContain(part);
    expect(await api.selection()).toEqual({ kind: 'actor', id: 'vladimir-putin' });
    await expect
      .poll(() => [...new URL(page.page.url()).searchParams.keys()].filter((key) => key !== 'debug').sort())
      .toEqual(['actor', 'hide-type']);
    expect(page.pageErrors).toEqual([]);
    await ui.linkNotice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => ui.linkNotice.count()).toBe(0);
  });
});
