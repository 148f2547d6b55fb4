// Helpers for the export end-to-end tests: open the export menu, click an export, and read the file it downloads.
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';

async function openExportMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Export', exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
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

/** The export menu's size choices, as the menu names them. */
export const PAGE_PRESETS = {
  slide: { label: 'slide 16:9 (1,920 × 1,080 px)', width: 1920, height: 1080 },
  social: { label: 'social card (1,200 × 675 px)', width: 1200, height: 675 },
  a4Portrait: { label: 'A4 portrait, 300 dpi (2,480 × 3,508 px)', width: 2480, height: 3508 },
  a4Landscape: { label: 'A4 landscape, 300 dpi (3,508 × 2,480 px)', width: 3508, height: 2480 },
} as const;

type SizeLabel = 'whole graph' | 'current view' | (typeof PAGE_PRESETS)[keyof typeof PAGE_PRESETS]['label'];

export async function chooseImageOptions(
  page: Page,
  options: {
    area?: SizeLabel;
    scale?: '1×' | '2×' | '4×';
    background?: 'white' | 'transparent';
    /** The cited figure's checkbox. */
    cited?: boolean;
  },
): Promise<void> {
  await openExportMenu(page);
  for (const label of [options.area, options.scale, options.background]) {
    if (label !== undefined) await page.getByRole('radio', { name: label, exact: true }).check();
  }
  if (options.cited !== undefined) await page.getByRole('checkbox', { name: /quotes/ }).setChecked(options.cited);
}

/** A label drawn in a figure's graph: its text, size in figure CSS pixels and its box's corners (turned with it). */
export interface FigureLabel {
  text: string;
  fontPx: number;
  corners: [number, number][];
}

/**
 * The graph's labels in a figure SVG, measured by the browser: the SVG is shown at its CSS size (its viewBox), and each
 * filled <text> inside the nested graph gives its box, less the room above and below the letters, in figure pixels.
 * Halos (the same text, stroked) are left out.
 */
export async function figureGraphLabels(page: Page, svg: string): Promise<FigureLabel[]> {
  await page.setContent(`<!doctype html><body style="margin:0">${svg.replace(/^<\?xml[^>]*\?>/, '')}</body>`);
  return page.evaluate(() => {
    const root = document.querySelector('body > svg') as SVGSVGElement;
    const box = root.viewBox.baseVal;
    root.setAttribute('width', String(box.width));
    root.setAttribute('height', String(box.height));
    const graph = root.querySelector(':scope > svg');
    if (!graph) throw new Error('the figure has no nested graph SVG');
    return Array.from(graph.querySelectorAll('text'))
      .filter((text) => text.getAttribute('fill') !== 'none' && (text.textContent ?? '').trim() !== '')
      .map((text) => {
        const bounds = text.getBBox();
        const matrix = text.getScreenCTM()!;
        const fontSize = Number.parseFloat(getComputedStyle(text).fontSize);
        // A line's box holds the ascent and descent: the letters sit in its middle two thirds or so.
        const inset = bounds.height * 0.18;
        const corners = [
          [bounds.x, bounds.y + inset],
          [bounds.x + bounds.width, bounds.y + inset],
          [bounds.x + bounds.width, bounds.y + bounds.height - inset],
          [bounds.x, bounds.y + bounds.height - inset],
        ].map(([x, y]) => {
          const point = new DOMPoint(x, y).matrixTransform(matrix);
          return [point.x, point.y] as [number, number];
        });
        return { text: text.textContent ?? '', fontPx: fontSize * Math.hypot(matrix.a, matrix.b), corners };
      });
  });
}

/** Whether two convex quadrilaterals overlap (separating axis test), by more than `slack` pixels. */
export function quadsOverlap(a: [number, number][], b: [number, number][], slack = 0.5): boolean {
  for (const shape of [a, b]) {
    for (let index = 0; index < shape.length; index++) {
      const [x1, y1] = shape[index]!;
      const [x2, y2] = shape[(index + 1) % shape.length]!;
      const axis = [y1 - y2, x2 - x1] as const;
      const length = Math.hypot(axis[0], axis[1]) || 1;
      const project = (points: [number, number][]) => points.map(([x, y]) => (x * axis[0] + y * axis[1]) / length);
      const pa = project(a);
      const pb = project(b);
      if (Math.max(...pa) - slack <= Math.min(...pb) || Math.max(...pb) - slack <= Math.min(...pa)) return false;
    }
  }
  return true;
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
