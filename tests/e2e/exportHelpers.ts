// Helpers for the export end-to-end tests: open the export menu, click an export, and read the file it downloads.
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';

async function openExportMenu(page: Page): Promise<void> {
  const summary = page.locator('details.export-menu > summary');
  if ((await page.locator('details.export-menu[open]').count()) === 0) await summary.click();
}

/** Clicks a download button of the export menu and returns the downloaded file's name and bytes. */
export async function downloadFrom(page: Page, buttonName: string): Promise<{ name: string; bytes: Buffer }> {
  await openExportMenu(page);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

export async function chooseImageOptions(
  page: Page,
  options: { area?: 'whole graph' | 'current view'; scale?: '1×' | '2×' | '4×'; background?: 'white' | 'transparent' },
): Promise<void> {
  await openExportMenu(page);
  for (const label of [options.area, options.scale, options.background]) {
    if (label !== undefined) await page.getByRole('radio', { name: label, exact: true }).check();
  }
}

/** The export menu's messages, once the export has finished (no progress bar left). */
export async function exportMessages(page: Page): Promise<{ kind: string; text: string }[]> {
  await page.locator('.export-menu__progress').waitFor({ state: 'detached' });
  return page
    .locator('.export-menu__message')
    .evaluateAll((items) =>
      items.map((item) => ({ kind: item.getAttribute('data-kind') ?? '', text: item.textContent ?? '' })),
    );
}

export const decodePng = (bytes: Buffer) => PNG.sync.read(bytes);

/** Pixels within `tolerance` per channel of an opaque #rrggbb colour, inside a region. */
export function countColour(
  png: PNG,
  hex: string,
  region: { x0: number; y0: number; x1: number; y1: number },
  tolerance = 10,
): number {
  const target = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  let count = 0;
  for (let y = Math.max(0, region.y0); y < Math.min(png.height, region.y1); y++) {
    for (let x = Math.max(0, region.x0); x < Math.min(png.width, region.x1); x++) {
      const at = (y * png.width + x) * 4;
      if (png.data[at + 3]! < 250) continue;
      if (target.every((channel, index) => Math.abs(png.data[at + index]! - channel) <= tolerance)) count++;
    }
  }
  return count;
}

/** Pixels that are neither transparent nor white. */
export function inkedPixels(png: PNG): number {
  let count = 0;
  for (let at = 0; at < png.data.length; at += 4) {
    if (png.data[at + 3]! > 0 && (png.data[at]! < 245 || png.data[at + 1]! < 245 || png.data[at + 2]! < 245)) count++;
  }
  return count;
}
