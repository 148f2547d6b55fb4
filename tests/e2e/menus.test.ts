// Every menu, popover and drawer of the explorer opens wholly inside the window at five common window sizes, with the
// panels as they open and with each one toggled; its first and last control can be clicked; no page scrolls sideways;
// and axe finds no serious or critical accessibility fault on the opening view or with any of them open. Screenshots
// with the Export menu open go to EXPLORER_SCREENSHOTS (default: a folder in the temporary directory).
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { ExplorerPage, explorerAddress } from './driver/explorerPage';

const SCREENSHOTS = process.env.EXPLORER_SCREENSHOTS ?? path.join(tmpdir(), 'explorer-menu-screenshots');

const SIZES: ReadonlyArray<readonly [number, number]> = [
  [1920, 1080],
  [1400, 900],
  [1280, 800],
  [1024, 768],
  [390, 844],
];

/** Below this width the explorer folds its tools behind one button and opens menus as sheets. */
const NARROW_BELOW_PX = 900;

type PanelName = 'Filters' | 'Details' | 'Table';
const PANELS: readonly PanelName[] = ['Filters', 'Details', 'Table'];

interface Opener {
  name: string;
  /** Whether the window shows it at all (the tools' fold exists only on a narrow window). */
  shownAt?(width: number): boolean;
  /** Opens it and returns its box: the element whose whole extent must lie inside the window. */
  open(explorer: ExplorerPage): Promise<Locator>;
  close(explorer: ExplorerPage): Promise<void>;
}

const narrow = (explorer: ExplorerPage) => (explorer.page.viewportSize()?.width ?? 0) < NARROW_BELOW_PX;

/** On a narrow window the bar's tools are behind the "Tools" button: unfold them. */
async function revealTools(explorer: ExplorerPage): Promise<void> {
  if (!narrow(explorer)) return;
  const toggle = explorer.page.getByRole('button', { name: 'Tools', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

async function foldTools(explorer: ExplorerPage): Promise<void> {
  if (!narrow(explorer)) return;
  const toggle = explorer.page.getByRole('button', { name: 'Tools', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
}

/** A popover of the bar: opened by its button, closed by Escape, which gives the focus back to the button. */
function barPopover(name: string): Opener {
  return {
    name,
    async open(explorer) {
      await revealTools(explorer);
      await explorer.page.getByRole('button', { name, exact: true }).click();
      const popover = explorer.page.getByRole('dialog', { name });
      await popover.waitFor();
      return popover;
    },
    async close(explorer) {
      await explorer.page.keyboard.press('Escape');
      await explorer.page.getByRole('dialog', { name }).waitFor({ state: 'detached' });
      await expect.poll(() => explorer.page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(name);
      await foldTools(explorer);
    },
  };
}

const OPENERS: readonly Opener[] = [
  barPopover('Export'),
  // Its choice appears only once an actor is pinned (see beforeAll of each size).
  barPopover('Re-run layout'),
  {
    name: 'search list',
    async open({ page }) {
      await page.getByRole('combobox', { name: 'Find an actor' }).fill('a');
      const list = page.getByRole('listbox', { name: 'Matching actors' });
      await list.waitFor();
      return list;
    },
    async close({ page }) {
      await page.getByRole('combobox', { name: 'Find an actor' }).fill('');
      await page.getByRole('listbox', { name: 'Matching actors' }).waitFor({ state: 'hidden' });
    },
  },
  {
    name: 'tools',
    shownAt: (width) => width < NARROW_BELOW_PX,
    async open(explorer) {
      await revealTools(explorer);
      const toggle = explorer.page.getByRole('button', { name: 'Tools', exact: true });
      return explorer.page.locator(`#${await toggle.getAttribute('aria-controls')}`);
    },
    close: foldTools,
  },
  {
    name: 'curation drawer',
    async open(explorer) {
      await revealTools(explorer);
      await explorer.page.getByRole('button', { name: 'New actor', exact: true }).click();
      const drawer = explorer.page.getByRole('complementary', { name: 'Curation' });
      await drawer
        .getByRole('button', { name: /^Create|^Add|^Save/ })
        .first()
        .waitFor();
      return drawer;
    },
    async close(explorer) {
      await explorer.page.getByRole('button', { name: 'Close the curation panel' }).click();
      await explorer.page.getByRole('complementary', { name: 'Curation' }).waitFor({ state: 'detached' });
      await foldTools(explorer);
    },
  },
];

/** The controls a user can reach in a box, in document order, as shown. */
const controlsIn = (box: Locator) =>
  box.locator('button, input:not([type=hidden]), select, textarea, a[href], [role=option]').filter({ visible: true });

/** How far (px) a box sticks out of the window on each side; all zero when it lies wholly inside. */
async function overhang(box: Locator): Promise<{ left: number; top: number; right: number; bottom: number }> {
  return box.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const round = (value: number) => Math.max(0, Math.round(value));
    return {
      left: round(-rect.left),
      top: round(-rect.top),
      right: round(rect.right - document.documentElement.clientWidth),
      bottom: round(rect.bottom - document.documentElement.clientHeight),
    };
  });
}

const INSIDE = { left: 0, top: 0, right: 0, bottom: 0 };

/** Accessibility faults axe rates serious or critical, as "rule: target" lines. */
async function seriousFaults(explorer: ExplorerPage): Promise<string[]> {
  const results = await new AxeBuilder({ page: explorer.page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(SIZES)('at %i×%i', (width, height) => {
  let explorer: ExplorerPage;
  beforeAll(async () => {
    const phone = width < 600;
    const context = await browser.newContext({ viewport: { width, height }, isMobile: phone, hasTouch: phone });
    explorer = await ExplorerPage.open(context, explorerAddress(inject('baseUrl')));
    await explorer.api.waitUntilCanvasFits();
    // An arranged actor, so that "Re-run layout" asks what to do with it.
    await explorer.api.pinActor('iran');
  });
  afterAll(async () => {
    expect(explorer.pageErrors).toEqual([]);
    const context = explorer.page.context();
    await explorer.close();
    await context.close();
  });

  const openers = OPENERS.filter((opener) => opener.shownAt?.(width) ?? true);

  it('opens with no serious accessibility fault and nothing that scrolls sideways', async () => {
    expect(await explorer.ui.overflowsSideways()).toBe(false);
    expect(await seriousFaults(explorer)).toEqual([]);
  });

  it.each(openers.map((opener) => [opener.name, opener] as const))(
    '%s: no serious accessibility fault while open',
    async (_name, opener) => {
      await opener.open(explorer);
      const faults = await seriousFaults(explorer);
      await opener.close(explorer);
      expect(faults).toEqual([]);
    },
  );

  it.each(['no panel', ...PANELS] as const)('every menu fits the window with %s toggled', async (panel) => {
    const toggle = panel === 'no panel' ? null : explorer.ui.panelToggle(panel);
    await toggle?.click();
    try {
      for (const opener of openers) {
        const box = await opener.open(explorer);
        const where = `${opener.name} at ${width}×${height}, ${panel} toggled`;
        expect(await overhang(box), where).toEqual(INSIDE);
        expect(await explorer.ui.overflowsSideways(), where).toBe(false);
        const controls = controlsIn(box);
        expect(await controls.count(), where).toBeGreaterThan(0);
        // A trial click checks what a click needs (shown, inside the window once scrolled to, not covered) and stops.
        await controls.first().click({ trial: true, timeout: 5_000 });
        await controls.last().click({ trial: true, timeout: 5_000 });
        await opener.close(explorer);
      }
    } finally {
      await toggle?.click();
    }
  });

  it('shows the Export menu whole (screenshot)', async () => {
    const box = await OPENERS[0]!.open(explorer);
    const file = path.join(SCREENSHOTS, `export-menu-${width}x${height}.png`);
    await explorer.page.screenshot({ path: file });
    console.log(`${width}×${height}: ${file}`);
    expect(await overhang(box)).toEqual(INSIDE);
    await OPENERS[0]!.close(explorer);
  });
});
