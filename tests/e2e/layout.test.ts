// The screen at three sizes in Chromium: the graph's share of the window, nothing sticking out, panels one click or key
// away. Screenshots of each size go to EXPLORER_SCREENSHOTS (default: a folder in the temporary directory).
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { ExplorerPage, explorerAddress } from './driver/explorerPage';

const SCREENSHOTS = process.env.EXPLORER_SCREENSHOTS ?? path.join(tmpdir(), 'explorer-layout-screenshots');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The bundled dataset in a window of this size (a touch phone below 600 px), its panels' contents drawn. */
async function openAt(width: number, height: number, params: Record<string, string> = {}): Promise<ExplorerPage> {
  const phone = width < 600;
  const context = await browser.newContext({ viewport: { width, height }, isMobile: phone, hasTouch: phone });
  const explorer = await ExplorerPage.open(context, explorerAddress(inject('baseUrl'), params));
  await explorer.api.waitUntilCanvasFits();
  return explorer;
}

async function close(explorer: ExplorerPage): Promise<void> {
  expect(explorer.pageErrors).toEqual([]);
  const context = explorer.page.context();
  await explorer.close();
  await context.close();
}

describe('the screen', () => {
  it.each([
    [1400, 900],
    [1024, 768],
    [390, 844],
  ])('gives the graph at least half of a %i×%i window, with nothing sticking out', async (width, height) => {
    const explorer = await openAt(width, height);
    const { ui, page } = explorer;
    if (width >= 900) await ui.panelFrame('Filters and legend').getByRole('region', { name: 'Legend' }).waitFor();
    const { share, ...size } = await ui.canvasShareOfWindow();
    const file = path.join(SCREENSHOTS, `explorer-${width}x${height}.png`);
    await page.screenshot({ path: file });
    console.log(
      `${width}×${height}: canvas ${size.width}×${size.height}, ${(share * 100).toFixed(1)} % of the window; ${file}`,
    );
    expect(share).toBeGreaterThanOrEqual(0.5);
    expect(await ui.overflowsSideways()).toBe(false);
    for (const panel of ['Filters', 'Table', 'Details'] as const)
      expect(await ui.inWindow(ui.panelToggle(panel)), panel).toBe(true);
    await close(explorer);
  });

  it('opens and closes the panels with the keyboard, the focus going into a panel opened', async () => {
    const explorer = await openAt(1400, 900);
    const { ui, page } = explorer;
    const wide = await ui.canvasShareOfWindow();
    await page.keyboard.press('Alt+Shift+R');
    await expect
      .poll(() => ui.panelFrame('Table of relations').evaluate((frame) => frame === document.activeElement))
      .toBe(true);
    await ui.table.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => ui.panelToggle('Table').evaluate((toggle) => toggle === document.activeElement)).toBe(true);
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(async () => (await ui.canvasShareOfWindow()).width).toBeGreaterThan(wide.width);
    expect(new URL(page.url()).searchParams.get('filters')).toBe('closed');
    await close(explorer);
  });

  it('keeps a phone usable: tools behind one button, filters over the graph, details for a selection', async () => {
    const explorer = await openAt(390, 844);
    const { api, ui, page } = explorer;
    await page.getByRole('button', { name: 'Tools' }).click();
    expect(await ui.inWindow(page.getByRole('button', { name: 'Download dataset' }))).toBe(true);
    await page.getByRole('button', { name: 'Tools' }).click();
    await ui.showPanel('Filters');
    expect(await ui.inWindow(ui.relationTypeCheckbox('ally'))).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'explorer-390x844-filters.png') });
    await page.keyboard.press('Escape');
    await ui.panelFrame('Filters and legend').waitFor({ state: 'hidden' });
    await ui.clickActor('russia');
    await ui.details.getByRole('heading', { name: 'Russia', exact: true }).waitFor();
    expect(await ui.inWindow(ui.details.getByRole('heading', { name: 'Russia', exact: true }))).toBe(true);
    expect(await api.selection()).toEqual({ kind: 'actor', id: 'russia' });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'explorer-390x844-details.png') });
    expect(await ui.overflowsSideways()).toBe(false);
    await close(explorer);
  });
});

describe('a panel that opens beside the graph', () => {
  it('resizes the graph once, in the frame that shows the panel, not after it', async () => {
    const explorer = await openAt(1400, 900);
    const { api, ui } = explorer;
    expect(await ui.details.count()).toBe(0);
    const frames = await api.recordCanvasFrames();
    const passes = await api.labelPasses();
    await ui.clickActor('russia');
    await ui.details.getByRole('heading', { name: 'Russia', exact: true }).waitFor();
    await api.waitForLabelPass(passes);
    await api.waitUntilCanvasFits();
    const recorded = await frames.stop();
    expect(recorded.panelFrames).toBeGreaterThan(0);
    expect(recorded.staleFrames).toBe(0);
    expect(recorded.resizes).toBe(1);
    await close(explorer);
  });

  it('follows the window when it is resized', async () => {
    const explorer = await openAt(1400, 900);
    const before = await explorer.api.canvasSize();
    await explorer.page.setViewportSize({ width: 1100, height: 800 });
    await explorer.api.waitUntilCanvasFits();
    const after = await explorer.api.canvasSize();
    expect(after.width).toBeLessThan(before.width);
    expect(after.height).toBeLessThan(before.height);
    await close(explorer);
  });
});
