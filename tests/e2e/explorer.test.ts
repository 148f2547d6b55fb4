// End to end on the small fixture in headless Chromium: canvas clicks, filters, URL views and keyboard search.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { ExplorerPage, explorerAddress } from './driver/explorerPage';

const FIXTURE = { data: '/__fixtures/small/dataset.json' };
const fixtureAddress = (extra: Record<string, string> = {}) =>
  explorerAddress(inject('baseUrl'), { ...FIXTURE, ...extra });
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('explorer on the small fixture', () => {
  let explorer: ExplorerPage;
  beforeAll(async () => {
    explorer = await ExplorerPage.open(browser, fixtureAddress());
  });
  afterAll(async () => {
    await explorer?.close();
  });

  it('shows an actor’s cited sentence when the actor is clicked on the canvas', async () => {
    const { ui } = explorer;
    await ui.clickActor('ottokar');
    await ui.details.getByRole('heading', { name: 'Ottokar IV' }).waitFor();
    const mark = ui.details.locator('mark', { hasText: 'Marshal Müskár met King Ottokar IV' });
    expect(await mark.locator('xpath=..').textContent()).toBe(
      'Marshal Müskár met King Ottokar IV in Klow on 15 March 2021.',
    );
  });

  it('shows a relation when its edge is clicked, and clears on a background click', async () => {
    const { api, ui } = explorer;
    const relationId = await ui.clickRelation();
    expect(await api.selection()).toEqual({ kind: 'relation', id: relationId });
    expect(await ui.details.locator('mark').count()).toBeGreaterThan(0);
    await ui.clickCanvasCorner();
    expect(await api.selection()).toBeNull();
  });

  it('removes a relation type from the graph and the table when its checkbox is unticked', async () => {
    const { api, ui, page } = explorer;
    await ui.openTable();
    const strikes = ui.relationTypeCheckbox('strikes');
    const strikesRows = ui.table.getByRole('cell', { name: 'strikes', exact: true });
    expect(await api.isRelationVisible('r1')).toBe(true);
    expect(await strikesRows.count()).toBe(1);
    await strikes.uncheck();
    expect(await api.isRelationVisible('r1')).toBe(false);
    expect(await strikesRows.count()).toBe(0);
    expect(new URL(page.url()).searchParams.getAll('hide-type')).toEqual(['strikes']);
    await strikes.check();
    expect(await api.isRelationVisible('r1')).toBe(true);
  });

  it('finds and centres an actor with the keyboard', async () => {
    const { api, ui } = explorer;
    await ui.findActor('kurvi', 'Kûrvi-Tasch');
    await ui.details.getByRole('heading', { name: 'Kûrvi-Tasch' }).waitFor();
    // Centred after the short animation.
    await api.waitUntilCentredOn('kurvi-tasch');
  });

  it('keeps dashes their on-screen size: scaled at once for a programmatic zoom, and after a wheel gesture', async () => {
    const { api, ui } = explorer;
    await api.zoomAroundCentre(1);
    const atOne = await api.firstDashedEdge();
    expect(atOne.dashClasses).toEqual([]);
    await api.zoomAroundCentre(0.2);
    const atFifth = await api.firstDashedEdge();
    expect(atFifth.dashClasses).toEqual(['dash-3']);
    expect(atFifth.pattern).toEqual(atOne.pattern.map((length) => length * 8));
    // A wheel gesture: the class follows the zoom once the wheel pauses (the wait itself is not asserted).
    await ui.wheelZoomIn(8);
    const { zoom } = await api.viewport();
    expect(zoom).toBeGreaterThan(0.25);
    await api.waitForDashClasses(zoom >= 1 ? [] : [`dash-${Math.ceil(Math.log2(1 / zoom) - 1e-9)}`]);
    await api.zoomAroundCentre(1);
  });

  it('steps back through selections', async () => {
    const { api, page } = explorer;
    await page.getByRole('button', { name: 'Select relation: Atlantis supports Syldavia' }).click();
    expect(await api.selection()).toEqual({ kind: 'relation', id: 'r2' });
    await page.goBack();
    await api.waitForSelection({ kind: 'actor', id: 'kurvi-tasch' });
    await page.goForward();
    await api.waitForSelection({ kind: 'relation', id: 'r2' });
  });
});

describe('views restored from a URL', () => {
  it('restores selection, filters, focus and zoom/pan', async () => {
    const restored = await ExplorerPage.open(
      browser,
      fixtureAddress({ relation: 'r4', 'hide-type': 'member-of', focus: '1', view: '1.2,100,50' }),
    );
    try {
      const { api, ui } = restored;
      await ui.details.getByRole('heading', { name: 'Borduria rival Syldavia' }).waitFor();
      expect(await ui.relationTypeCheckbox('member of').isChecked()).toBe(false);
      const view = await api.viewport();
      expect(view.zoom).toBeCloseTo(1.2, 5);
      expect(view.pan).toEqual({ x: 100, y: 50 });
      // Focus on the relation's two ends and their neighbours through visible relations (member-of is hidden).
      expect(await api.visibleActorIds()).toEqual(['atlantis', 'borduria', 'syldavia', 'zorrino-front']);
    } finally {
      await restored.close();
    }
  });

  it('a copied URL opens the same view after panning and zooming', async () => {
    const first = await ExplorerPage.open(browser, fixtureAddress({ actor: 'atlantis' }));
    try {
      await first.api.panAndZoomTo({ zoom: 0.8, pan: { x: 321, y: 123 } });
      await first.page.waitForURL((url) => url.searchParams.get('view') === '0.8,321,123');
      const second = await ExplorerPage.open(browser, first.page.url());
      try {
        expect({ ...(await second.api.viewport()), selection: await second.api.selection() }).toEqual({
          zoom: 0.8,
          pan: { x: 321, y: 123 },
          selection: { kind: 'actor', id: 'atlantis' },
        });
      } finally {
        await second.close();
      }
    } finally {
      await first.close();
    }
  });

  it('shows the problems of an invalid dataset instead of the explorer', async () => {
    const invalid = await ExplorerPage.open(
      browser,
      explorerAddress(inject('baseUrl'), { data: '/__fixtures/invalid/dataset.json' }),
      { until: 'page-loaded' },
    );
    try {
      const { alert } = invalid.ui;
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/dataset\.json:\d+:\d+/);
      expect(await alert.textContent()).toContain('/relations/0/evidence/0/quote');
    } finally {
      await invalid.close();
    }
  });
});
