// From nothing to a dataset, in Chromium, as a new user: start a dataset, paste an article, add a saved web page, make
// two actors and a relation from a passage, reload, download the .zip and open it in a fresh browser; a hostile page
// added as a source stays inert; every dialog sits inside the window at desktop, laptop and phone sizes.
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { ExplorerPage, explorerAddress } from './driver/explorerPage';

const pages = path.join(import.meta.dirname, '../fixtures/pages');
const ARTICLE = [
  'Northmark and Orla sign a patrol accord',
  'Northmark and the Republic of Orla signed an accord on Tuesday to patrol the northern strait together.',
  'Orla supports Northmark in its talks with the Coastal Federation, the Orlan envoy said after the signing.',
].join('\n\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const address = () => explorerAddress(inject('baseUrl'));

/**
 * A page parsed for its article is an inert document, yet Chromium checks its inline styles, inline event handlers and
 * <base> against this page's Content-Security-Policy as it parses them, and reports each refusal. Those reports are the
 * policy refusing the parsed page a second time; any other violation (a fetch, eval, a script) is a failure.
 */
const PARSED_PAGE_REFUSAL = /^(style-src-elem inline|style-src-attr inline|script-src-attr inline|base-uri \S+)$/;

async function expectClean(explorer: ExplorerPage) {
  expect(explorer.dialogs).toEqual([]);
  expect(explorer.pageErrors).toEqual([]);
  expect((await explorer.cspViolations()).filter((violation) => !PARSED_PAGE_REFUSAL.test(violation))).toEqual([]);
}

describe('starting from nothing', () => {
  it('starts a dataset, adds two sources and a relation, keeps them over a reload, and opens the .zip elsewhere', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const explorer = await ExplorerPage.open(context, address());
    const { api, ui, page } = explorer;

    await ui.newDataset('Strait talks');
    expect(await api.datasetTitle()).toBe('Strait talks');
    await page.getByRole('status').filter({ hasText: 'This dataset has no sources yet.' }).waitFor();

    // A pasted article, from the empty explorer's own button.
    await page.getByRole('button', { name: 'Add a source…' }).click();
    const pasted = await ui.pasteSource(ARTICLE);
    await ui.completeSource(pasted, { Outlet: 'Strait Wire', Published: '2023-03-21' });
    await api.waitForDocument('northmark-and-orla-sign-a-patrol-accord');
    await page.getByTestId('reader-text').filter({ hasText: 'patrol the northern strait together' }).waitFor();

    // A saved web page, from the header: its metadata comes from the page.
    await ui.openAddSource();
    const saved = await ui.pickSourceFile(path.join(pages, 'news-jsonld.html'));
    await expect.poll(() => saved.getByLabel(/^Outlet/).inputValue()).toBe('The Harbour Times');
    await ui.completeSource(saved);
    const pageId = 'strait-talks-resume-after-six-months-of-silence';
    await api.waitForDocument(pageId);

    await ui.newActor('Northmark', 'state');
    await api.waitForActor('northmark');
    await ui.newActor('Republic of Orla', 'state');
    await api.waitForActor('republic-of-orla');

    // A relation from a passage of the saved page, selected in the reader.
    await page.getByRole('button', { name: 'Read sources' }).click();
    await page.getByRole('region', { name: 'Source reader' }).getByLabel('Document').selectOption(pageId);
    const passage = 'The talks are mediated by the Republic of Orla';
    await page.getByTestId('reader-text').filter({ hasText: passage }).waitFor();
    await ui.selectInReader(passage);
    await page.getByRole('button', { name: 'New relation from this passage' }).click();
    const form = page.getByRole('form', { name: 'New relation' });
    await form.getByLabel('Source (from)').selectOption('republic-of-orla');
    await form.getByLabel('Target (to)').selectOption('northmark');
    await form.getByLabel('Type').selectOption('mediator');
    await form.getByRole('button', { name: 'Add relation' }).click();
    await api.waitForRelation('republic-of-orla-mediator-northmark');
    await api.waitUntilAutosaved();
    await page.getByText(/Changes saved in this browser/).waitFor();
    const before = await api.datasetWithTexts();
    expect(before.dataset.documents.map((document) => document.textFile)).toEqual([
      'sources/northmark-and-orla-sign-a-patrol-accord.txt',
      `sources/${pageId}.txt`,
    ]);

    // The address names the draft: a reload opens it, as it was.
    expect(new URL(page.url()).searchParams.get('draft')).toMatch(/^new:\d+:strait-talks\.json$/);
    await explorer.reload();
    await api.waitForRelation('republic-of-orla-mediator-northmark');
    expect(await api.datasetWithTexts()).toEqual(before);

    const zip = await ui.downloadDatasetZip();
    expect(zip.name).toBe('strait-talks.zip');
    const entries = unzipSync(new Uint8Array(zip.bytes));
    expect(Object.keys(entries).sort()).toEqual([
      'dataset.json',
      'sources/northmark-and-orla-sign-a-patrol-accord.txt',
      `sources/${pageId}.txt`,
    ]);
    expect(JSON.parse(strFromU8(entries['dataset.json']!))).toEqual(before.dataset);
    for (const document of before.dataset.documents)
      expect(strFromU8(entries[document.textFile!]!)).toBe(before.texts[document.id]);
    await expectClean(explorer);
    await context.close();

    // A fresh browser, with nothing stored: the .zip opens as the same dataset, with the same texts.
    const elsewhere = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const other = await ExplorerPage.open(elsewhere, address());
    await other.ui.openFiles({
      name: 'strait-talks.zip',
      mimeType: 'application/zip',
      buffer: zip.bytes,
    });
    expect(await other.api.waitForOpened('strait-talks.zip')).toBe('opened');
    await other.api.waitForRelation('republic-of-orla-mediator-northmark');
    expect(await other.api.datasetWithTexts()).toEqual(before);
    await expectClean(other);
    await elsewhere.close();
  });

  it('adds a page full of hostile markup as inert text: no script runs, nothing is fetched, nothing enters the page', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const explorer = await ExplorerPage.open(context, address());
    const { api, ui, page } = explorer;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await ui.openAddSource();
    const form = await ui.pickSourceFile(path.join(pages, 'hostile.html'));
    await expect.poll(() => form.getByLabel(/^Outlet/).inputValue()).toBe('The Hill Gazette');
    expect(await form.getByLabel(/^Address/).inputValue()).toBe('');
    await ui.completeSource(form);
    await api.waitForDocument('ceasefire-holds-in-the-hills-script-window-pwned-title-script');
    await page.getByTestId('reader-text').filter({ hasText: 'Writing <script>alert(1)</script> in a story' }).waitFor();
    expect(await explorer.injectedScriptRan()).toBe(false);
    expect(requests.filter((url) => url.includes('attacker.example'))).toEqual([]);
    expect(await page.locator('iframe, object, embed, svg script, [onerror], [onload]').count()).toBe(0);
    expect(new URL(page.url()).host).toBe(new URL(inject('baseUrl')).host);
    await expectClean(explorer);
    await context.close();
  });
});

/** Whether a control, scrolled into its dialog's view, is the element at its own centre: a click reaches it. */
function clickable(control: Locator): Promise<boolean> {
  return control.evaluate((element) => {
    element.scrollIntoView({ block: 'nearest' });
    const box = element.getBoundingClientRect();
    const inside = box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return inside && hit !== null && (hit === element || element.contains(hit));
  });
}

describe('the dialogs fit the window', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1400, 900],
    [1280, 800],
    [1024, 768],
    [390, 844],
  ] as const) {
    it(`at ${width}×${height}: whole, with their first and last controls clickable`, async () => {
      const context = await browser.newContext({ viewport: { width, height } });
      const explorer = await ExplorerPage.open(context, address());
      const { ui, page } = explorer;
      const controls = (dialog: Locator) =>
        dialog.locator('button:visible, input:not([type="file"]):visible, textarea:visible, select:visible');
      const check = async (dialog: Locator) => {
        await dialog.waitFor();
        expect(await ui.inWindow(dialog), 'the dialog lies inside the window').toBe(true);
        expect(await clickable(controls(dialog).first())).toBe(true);
        expect(await clickable(controls(dialog).last())).toBe(true);
      };
      const tools = page.getByRole('button', { name: 'Tools' });
      const showTools = async () => {
        if ((await tools.isVisible()) && (await tools.getAttribute('aria-expanded')) !== 'true') await tools.click();
      };

      await page.getByRole('button', { name: 'New dataset…' }).click();
      await check(ui.dialog('Start a new dataset'));
      await page.keyboard.press('Escape');
      await ui.dialog('Start a new dataset').waitFor({ state: 'detached' });

      await showTools();
      const addSource = await ui.openAddSource();
      await check(addSource);
      const form = await ui.pickSourceFile(path.join(pages, 'news-jsonld.html'));
      // Checked once the validator has passed it, as the user would see it.
      await form.getByRole('button', { name: 'Add source' }).and(page.locator(':enabled')).waitFor();
      await check(addSource);
      await page.keyboard.press('Escape');
      await addSource.waitFor({ state: 'detached' });

      await showTools();
      await page.getByRole('button', { name: 'Download dataset' }).click();
      await check(ui.dialog('Download the dataset'));
      await page.keyboard.press('Escape');

      await ui.showPanel('Filters');
      await ui.sourcesView.getByRole('button', { name: 'Edit', exact: true }).first().click();
      await check(ui.dialog('Edit source'));
      await page.keyboard.press('Escape');
      await ui.dialog('Edit source').waitFor({ state: 'detached' });
      await expectClean(explorer);
      await context.close();
    });
  }
});

describe('the header stays in reach while the source reader is open', () => {
  // Long enough to push the header's controls to its right end at 1400 px, and to wrap them under it on a laptop.
  const LONG_TITLE = 'The northern strait: who talks to whom, 2019 to 2024';
  for (const [width, height] of [
    [1400, 900],
    [1024, 768],
    [390, 844],
  ] as const) {
    it(`at ${width}×${height}, with a long title: every control of the header can be clicked`, async () => {
      const phone = width < 600;
      const context = await browser.newContext({ viewport: { width, height }, isMobile: phone, hasTouch: phone });
      const explorer = await ExplorerPage.open(context, address());
      const { ui, page } = explorer;
      await ui.newDataset(LONG_TITLE);
      await ui.openAddSource();
      await ui.completeSource(await ui.pasteSource(ARTICLE), { Outlet: 'Strait Wire', Published: '2023-03-21' });
      await page.getByRole('region', { name: 'Source reader' }).getByTestId('reader-text').waitFor();

      const header = page.getByRole('banner');
      const controls = header.locator('button:visible, a:visible');
      expect(await controls.count()).toBeGreaterThanOrEqual(3);
      // A trial click checks what a click needs (shown, inside the window, not covered by the reader) and stops.
      for (const control of await controls.all()) await control.click({ trial: true, timeout: 5_000 });
      await ui.openAddSource();
      await ui.dialog('Add a source').waitFor();
      await page.keyboard.press('Escape');
      await ui.dialog('Add a source').waitFor({ state: 'detached' });
      await expectClean(explorer);
      await context.close();
    });
  }
});
