// End to end on the small fixture in headless Chromium: canvas clicks, filters, URL views and keyboard search.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clearEdge, launchBrowser, openExplorer, renderedPointOf, selectionOf } from './browser';

const FIXTURE = { data: '/__fixtures/small/dataset.json' };
const query = (extra: Record<string, string> = {}) => new URLSearchParams({ ...FIXTURE, ...extra }).toString();
const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const details = (p: Page) => p.getByTestId('details-panel');

describe('explorer on the small fixture', () => {
  beforeAll(async () => {
    page = await openExplorer(browser, baseUrl, query());
  });
  afterAll(async () => {
    await page.close();
  });

  it('shows an actor’s cited sentence when the actor is clicked on the canvas', async () => {
    const point = await renderedPointOf(page, 'ottokar');
    await page.mouse.click(point.x, point.y);
    await details(page).getByRole('heading', { name: 'Ottokar IV' }).waitFor();
    const mark = details(page).locator('mark', { hasText: 'Marshal Müskár met King Ottokar IV' });
    expect(await mark.locator('xpath=..').textContent()).toBe(
      'Marshal Müskár met King Ottokar IV in Klow on 15 March 2021.',
    );
  });

  it('shows a relation when its edge is clicked, and clears on a background click', async () => {
    const edge = await clearEdge(page);
    await page.mouse.click(edge.x, edge.y);
    const selection = await selectionOf(page);
    expect(selection).toEqual({ kind: 'relation', id: edge.id.replace(/^rel:/, '') });
    expect(await details(page).locator('mark').count()).toBeGreaterThan(0);
    // The top-left corner of the canvas is empty after fitting with padding.
    const box = await page.getByTestId('graph-canvas').boundingBox();
    await page.mouse.click((box?.x ?? 0) + 5, (box?.y ?? 0) + 5);
    expect(await selectionOf(page)).toBeNull();
  });

  it('removes a relation type from the graph and the table when its checkbox is unticked', async () => {
    const strikes = page.getByRole('checkbox', { name: 'strikes', exact: true });
    const table = page.getByRole('region', { name: 'Relations table' });
    const isShown = () => page.evaluate(() => window.__explorer?.cy.getElementById('rel:r1').visible());
    expect(await isShown()).toBe(true);
    expect(await table.getByRole('cell', { name: 'strikes', exact: true }).count()).toBe(1);
    await strikes.uncheck();
    expect(await isShown()).toBe(false);
    expect(await table.getByRole('cell', { name: 'strikes', exact: true }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.getAll('hide-type')).toEqual(['strikes']);
    await strikes.check();
    expect(await isShown()).toBe(true);
  });

  it('finds and centres an actor with the keyboard', async () => {
    const search = page.getByRole('combobox', { name: 'Find an actor' });
    await search.focus();
    await page.keyboard.type('kurvi');
    await page.getByRole('option', { name: 'Kûrvi-Tasch' }).waitFor();
    await page.keyboard.press('Enter');
    await details(page).getByRole('heading', { name: 'Kûrvi-Tasch' }).waitFor();
    // Centred after the short animation.
    await page.waitForFunction(() => {
      const cy = window.__explorer?.cy;
      const point = cy?.getElementById('kurvi-tasch').renderedPosition();
      return cy && point && Math.abs(point.x - cy.width() / 2) < 2 && Math.abs(point.y - cy.height() / 2) < 2;
    });
  });

  it('keeps dashes their on-screen size: scaled at once for a programmatic zoom, and after a wheel gesture', async () => {
    const dashesAt = (zoom: number | null) =>
      page.evaluate((level) => {
        const cy = window.__explorer!.cy;
        if (level !== null) cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        const edge = cy.edges('[?dashed]').first() as unknown as {
          classes(): string[];
          pstyle(name: string): { pfValue: number[] };
        };
        return {
          classes: edge.classes().filter((name) => name.startsWith('dash-')),
          pattern: edge.pstyle('line-dash-pattern').pfValue,
        };
      }, zoom);
    const atOne = await dashesAt(1);
    expect(atOne.classes).toEqual([]);
    const atQuarter = await dashesAt(0.2);
    expect(atQuarter.classes).toEqual(['dash-3']);
    expect(atQuarter.pattern).toEqual(atOne.pattern.map((length) => length * 8));
    // A wheel gesture: the class follows the zoom once the wheel pauses (the wait itself is not asserted).
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let step = 0; step < 8; step++) await page.mouse.wheel(0, -200);
    const zoom = await page.evaluate(() => window.__explorer!.cy.zoom());
    expect(zoom).toBeGreaterThan(0.25);
    await page.waitForFunction(
      (expected) =>
        window
          .__explorer!.cy.edges('[?dashed]')
          .first()
          .classes()
          .filter((name) => name.startsWith('dash-'))
          .join(' ') === expected,
      zoom >= 1 ? '' : `dash-${Math.ceil(Math.log2(1 / zoom) - 1e-9)}`,
    );
    await dashesAt(1);
  });

  it('steps back through selections', async () => {
    await page.getByRole('button', { name: 'Select relation: Atlantis supports Syldavia' }).click();
    expect(await selectionOf(page)).toEqual({ kind: 'relation', id: 'r2' });
    await page.goBack();
    await page.waitForFunction(() => window.__explorer?.store.getState().selection?.id === 'kurvi-tasch');
    await page.goForward();
    await page.waitForFunction(() => window.__explorer?.store.getState().selection?.id === 'r2');
  });
});

describe('views restored from a URL', () => {
  it('restores selection, filters, focus and zoom/pan', async () => {
    const restored = await openExplorer(
      browser,
      baseUrl,
      query({ relation: 'r4', 'hide-type': 'member-of', focus: '1', view: '1.2,100,50' }),
    );
    try {
      await details(restored).getByRole('heading', { name: 'Borduria rival Syldavia' }).waitFor();
      expect(await restored.getByRole('checkbox', { name: 'member of', exact: true }).isChecked()).toBe(false);
      const view = await restored.evaluate(() => {
        const cy = window.__explorer!.cy;
        return {
          zoom: cy.zoom(),
          pan: cy.pan(),
          visible: cy
            .nodes(':visible')
            .map((node) => node.id())
            .sort(),
        };
      });
      expect(view.zoom).toBeCloseTo(1.2, 5);
      expect(view.pan).toEqual({ x: 100, y: 50 });
      // Focus on the relation's two ends and their neighbours through visible relations (member-of is hidden).
      expect(view.visible).toEqual(['atlantis', 'borduria', 'syldavia', 'zorrino-front']);
    } finally {
      await restored.close();
    }
  });

  it('a copied URL opens the same view after panning and zooming', async () => {
    const first = await openExplorer(browser, baseUrl, query({ actor: 'atlantis' }));
    try {
      await first.evaluate(() => {
        window.__explorer!.cy.viewport({ zoom: 0.8, pan: { x: 321, y: 123 } });
      });
      await first.waitForFunction(() => new URL(location.href).searchParams.get('view') === '0.8,321,123');
      const second = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      try {
        await second.goto(first.url());
        await second.waitForFunction(() => (window.__explorer?.cy.nodes().length ?? 0) > 0);
        const view = await second.evaluate(() => ({
          zoom: window.__explorer!.cy.zoom(),
          pan: window.__explorer!.cy.pan(),
          selection: window.__explorer!.store.getState().selection,
        }));
        expect(view).toEqual({ zoom: 0.8, pan: { x: 321, y: 123 }, selection: { kind: 'actor', id: 'atlantis' } });
      } finally {
        await second.close();
      }
    } finally {
      await first.close();
    }
  });

  it('shows the problems of an invalid dataset instead of the explorer', async () => {
    const invalid = await browser.newPage();
    try {
      await invalid.goto(`${baseUrl}/?data=/__fixtures/invalid/dataset.json`);
      const alert = invalid.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/dataset\.json:\d+:\d+/);
      expect(await alert.textContent()).toContain('/relations/0/evidence/0/quote');
    } finally {
      await invalid.close();
    }
  });
});
