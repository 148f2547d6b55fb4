// Arranging the graph by hand in Chromium: dragged actors stay where they are dropped across a reload, in the downloaded
// dataset and the JSON export, undo puts them back, and re-running the layout keeps them or starts afresh.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dataset } from '../../src/domain/model';
import { launchBrowser } from './browser';
import { ExplorerPage, explorerAddress } from './driver/explorerPage';
import { downloadFrom } from './exportHelpers';

/** The small fixture: lonely-isle is pinned by the file itself at (400, -300). */
const FIXTURE = { data: '/__fixtures/small/dataset.json' };
const DRAG = { x: 90, y: 70 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Each test in a browser context of its own, so autosaved drafts never leak from one to the next. */
async function openFixture(): Promise<ExplorerPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  return ExplorerPage.open(context, explorerAddress(inject('baseUrl'), FIXTURE));
}

async function closeWithContext(explorer: ExplorerPage): Promise<void> {
  const context = explorer.page.context();
  await explorer.close();
  await context.close();
}

async function expectClean(explorer: ExplorerPage) {
  expect(explorer.pageErrors).toEqual([]);
  expect(await explorer.cspViolations()).toEqual([]);
}

/** A link's parameters but the view, which the canvas reports whenever it settles: what a drag must leave as it was. */
const linkWithoutView = (address: string) =>
  [...new URL(address).searchParams].filter(([key]) => key !== 'view').map(([key, value]) => `${key}=${value}`);

const positionIn = (text: string, actorId: string) =>
  (JSON.parse(text) as Dataset).actors.find((actor) => actor.id === actorId)?.position;

describe('arranging actors by hand', () => {
  it('keeps a dragged actor where it was dropped across a reload, without putting it in the link', async () => {
    const explorer = await openFixture();
    const { api, ui, page } = explorer;
    const laidOut = await api.actorPosition('atlantis');
    const link = linkWithoutView(page.url());
    const { zoom } = await api.viewport();
    await ui.dragActor('atlantis', DRAG);
    await api.waitForSavedPosition('atlantis');
    const saved = await api.savedPosition('atlantis');
    // Where the hand put it, in graph units, and the canvas shows what is saved.
    expect(saved?.x).toBeCloseTo(laidOut.x + DRAG.x / zoom, 0);
    expect(saved?.y).toBeCloseTo(laidOut.y + DRAG.y / zoom, 0);
    if (saved === null) throw new Error('no saved position');
    await api.waitForActorAt('atlantis', saved);
    expect(linkWithoutView(page.url())).toEqual(link);
    await page.getByText(/Changes saved in this browser/).waitFor();

    await explorer.reload();
    // The bundled file opens first; the autosaved draft is restored over it as soon as it is read back.
    await api.waitForSavedPosition('atlantis');
    expect(await api.savedPosition('atlantis')).toEqual(saved);
    await api.waitForActorAt('atlantis', saved);

    // The same link in a browser without the autosave: the layout's place, as before the drag.
    const elsewhere = await openFixture();
    const fresh = await elsewhere.api.actorPosition('atlantis');
    expect(fresh.x).toBeCloseTo(laidOut.x, 1);
    expect(fresh.y).toBeCloseTo(laidOut.y, 1);
    await expectClean(elsewhere);
    await closeWithContext(elsewhere);
    await expectClean(explorer);
    await closeWithContext(explorer);
  });

  it('writes the position into the downloaded dataset and the JSON export', async () => {
    const explorer = await openFixture();
    const { api, ui, page } = explorer;
    await ui.dragActor('syldavia', DRAG);
    await api.waitForSavedPosition('syldavia');
    const saved = await api.savedPosition('syldavia');
    expect(saved).not.toBeNull();

    const downloaded = await ui.downloadDataset();
    expect(downloaded.name).toBe('small-fixture.json');
    expect(positionIn(downloaded.text, 'syldavia')).toEqual(saved);
    expect(positionIn(downloaded.text, 'lonely-isle')).toEqual({ x: 400, y: -300 });

    const exported = await downloadFrom(page, 'Download Dataset JSON');
    expect(positionIn(exported.bytes.toString('utf8'), 'syldavia')).toEqual(saved);
    await expectClean(explorer);
    await closeWithContext(explorer);
  });

  it('puts a dragged actor back where it was when the drag is undone, and again where it was dropped on redo', async () => {
    const explorer = await openFixture();
    const { api, ui, page } = explorer;
    const before = await api.actorPosition('borduria');
    await ui.dragActor('borduria', DRAG);
    await api.waitForSavedPosition('borduria');
    const saved = await api.savedPosition('borduria');
    if (saved === null) throw new Error('no saved position');
    expect(await api.undoSteps()).toBe(1);

    await page.getByRole('button', { name: 'Undo' }).click();
    await api.waitForSavedPosition('borduria', null);
    await api.waitForActorAt('borduria', before);

    await page.getByRole('button', { name: 'Redo' }).click();
    await api.waitForSavedPosition('borduria');
    await api.waitForActorAt('borduria', saved);
    await expectClean(explorer);
    await closeWithContext(explorer);
  });

  it('drags actors gathered with shift together, as one edit', async () => {
    const explorer = await openFixture();
    const { api, ui, page } = explorer;
    const start = { atlantis: await api.actorPosition('atlantis'), syldavia: await api.actorPosition('syldavia') };
    await ui.gatherActor('atlantis');
    await ui.gatherActor('syldavia');
    expect(await api.gatheredActorIds()).toEqual(['atlantis', 'syldavia']);
    await ui.dragActor('atlantis', DRAG);
    await api.waitForSavedPosition('syldavia');
    const moved = { atlantis: await api.savedPosition('atlantis'), syldavia: await api.savedPosition('syldavia') };
    const shift = (id: 'atlantis' | 'syldavia') => ({
      x: (moved[id]?.x ?? Number.NaN) - start[id].x,
      y: (moved[id]?.y ?? Number.NaN) - start[id].y,
    });
    expect(shift('syldavia').x).toBeCloseTo(shift('atlantis').x, 0);
    expect(shift('syldavia').y).toBeCloseTo(shift('atlantis').y, 0);
    expect(await api.undoSteps()).toBe(1);

    await page.getByRole('button', { name: 'Undo' }).click();
    await api.waitForActorAt('atlantis', start.atlantis);
    await api.waitForActorAt('syldavia', start.syldavia);
    // A plain click picks one actor and lets the gathered ones go.
    await ui.clickActor('borduria');
    expect(await api.gatheredActorIds()).toEqual([]);
    await expectClean(explorer);
    await closeWithContext(explorer);
  });

  it('re-runs the layout keeping the arranged actors, or afresh as an edit undo takes back', async () => {
    const explorer = await openFixture();
    const { api, ui, page } = explorer;
    await ui.dragActor('atlantis', DRAG);
    await api.waitForSavedPosition('atlantis');
    const saved = await api.savedPosition('atlantis');
    if (saved === null) throw new Error('no saved position');

    await ui.reRunLayout('keep');
    await api.waitUntilLaidOut();
    await api.waitForActorAt('atlantis', saved);
    await api.waitForActorAt('lonely-isle', { x: 400, y: -300 });

    await ui.reRunLayout('afresh');
    await api.waitForSavedPosition('atlantis', null);
    await api.waitForSavedPosition('lonely-isle', null);
    await api.waitUntilLaidOut();
    const afresh = await api.actorPosition('atlantis');
    expect(Math.hypot(afresh.x - saved.x, afresh.y - saved.y)).toBeGreaterThan(1);
    // With nothing pinned, the button lays out at once.
    await ui.reRunLayout();
    await expect.poll(() => page.getByRole('group', { name: 'Re-run layout' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await api.waitForSavedPosition('atlantis');
    await api.waitForActorAt('atlantis', saved);
    await api.waitForActorAt('lonely-isle', { x: 400, y: -300 });
    await expectClean(explorer);
    await closeWithContext(explorer);
  });
});
