// End to end in headless Chromium: the view shared as an interactive HTML file (opened from disk with every request
// refused, then reopened in the explorer) and as a PDF (read back with pdf.js).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateDatasetText } from '../../src/domain/validate';
import { launchBrowser } from './browser';
import { ExplorerPage, explorerAddress } from './driver/explorerPage';
import { SharedViewPage } from './driver/sharedViewPage';
import { downloadFrom, exportMessages } from './exportHelpers';

const baseUrl = inject('baseUrl');
let browser: Browser;
let folder: string;
let explorer: ExplorerPage;

/** What the explorer shows: its dataset export holds exactly that. */
interface ShownDataset {
  title: string;
  actors: { id: string }[];
  relations: { id: string; type: string; evidence: { quote: string }[] }[];
}

let shown: ShownDataset;

beforeAll(async () => {
  browser = await launchBrowser();
  folder = await mkdtemp(path.join(tmpdir(), 'explorer-share-'));
  explorer = await ExplorerPage.open(browser, explorerAddress(baseUrl));
  shown = JSON.parse((await downloadFrom(explorer.page, 'Download Dataset JSON')).bytes.toString('utf8'));
});
afterAll(async () => {
  await explorer?.close();
  await browser?.close();
  await rm(folder, { recursive: true, force: true });
});

const normalised = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the view as an interactive HTML file', () => {
  let file: string;
  let view: SharedViewPage;
  beforeAll(async () => {
    const download = await downloadFrom(explorer.page, 'Download Interactive HTML');
    expect(download.name).toMatch(/^russia-israel-iran-view-\d{4}-\d{2}-\d{2}\.html$/);
    file = path.join(folder, download.name);
    await writeFile(file, download.bytes);
    view = await SharedViewPage.open(browser, file);
  });
  afterAll(async () => {
    await view?.close();
  });

  it('is one file with the viewer inside, under a policy that allows only its own script and style', async () => {
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
    expect(text).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|@import|url\(http/i);
    expect((await exportMessages(explorer.page)).at(-1)?.text).toMatch(/^Saved .*\.html \(\d+(\.\d)? kB: /);
  });

  it('draws the exported view from disk with no request and no fault', async () => {
    const drawn = await view.shown();
    expect(drawn.actors.sort()).toEqual((await explorer.api.shownGraph()).actors.map((actor) => actor.id).sort());
    expect(drawn.relations.map((relation) => relation.id).sort()).toEqual(
      shown.relations.map((relation) => relation.id).sort(),
    );
    expect(await view.paintedPixels()).toBeGreaterThan(5_000);
    expect(view.requests).toEqual([]);
    expect(await view.cspViolations()).toEqual([]);
    expect(view.pageErrors).toEqual([]);
  });

  it('shows the quotes of a relation clicked on the graph, with outlet and link', async () => {
    const point = await view.clearRelationPoint();
    await view.page.mouse.click(point.x, point.y);
    const relation = shown.relations.find((candidate) => candidate.id === point.relationId)!;
    await expect.poll(() => view.shownQuotes()).toHaveLength(relation.evidence.length);
    const marked = (await view.shownQuotes()).map(normalised);
    for (const evidence of relation.evidence) expect(marked).toContain(normalised(evidence.quote));
    const caption = view.page.locator('.viewer-details figcaption').first();
    await expect.poll(() => caption.locator('cite').textContent()).toBeTruthy();
    expect(await caption.locator('a').getAttribute('href')).toMatch(/^https?:\/\//);
  });

  it('hides a relation type when its filter is unticked, and shows it again', async () => {
    const strikes = shown.relations.filter((relation) => relation.type === 'strikes').length;
    expect(strikes).toBeGreaterThan(0);
    const box = view.page.getByRole('checkbox', { name: /^strikes \(\d+\)$/ });
    await box.uncheck();
    await expect.poll(async () => (await view.shown()).relations.length).toBe(shown.relations.length - strikes);
    expect((await view.shown()).relations.some((relation) => relation.type === 'strikes')).toBe(false);
    await box.check();
    await expect.poll(async () => (await view.shown()).relations.length).toBe(shown.relations.length);
    expect(view.requests).toEqual([]);
  });

  it('finds an actor by name and shows its relations', async () => {
    await view.page.getByRole('searchbox', { name: 'Find an actor' }).fill('khamen');
    await view.page.getByRole('button', { name: /^Ali Khamenei/ }).click();
    await expect.poll(() => view.page.locator('.viewer-details h3').textContent()).toBe('Ali Khamenei');
  });

  it('fits a phone: nothing scrolls sideways and the graph is drawn', async () => {
    const phone = await SharedViewPage.open(browser, file, { width: 390, height: 844 });
    try {
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await phone.paintedPixels()).toBeGreaterThan(2_000);
      expect(phone.requests).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('opens in the explorer as the dataset it was exported from', async () => {
    const reopening = await ExplorerPage.open(browser, explorerAddress(baseUrl));
    try {
      await reopening.ui.openFiles(file);
      expect(await reopening.api.waitForOpened(path.basename(file))).toBe('opened');
      const again = JSON.parse(
        (await downloadFrom(reopening.page, 'Download Dataset JSON')).bytes.toString('utf8'),
      ) as ShownDataset;
      expect(again.title).toBe(shown.title);
      expect(again.relations).toEqual(shown.relations);
      expect(again.actors.map((actor) => actor.id)).toEqual(shown.actors.map((actor) => actor.id));
      expect(reopening.pageErrors).toEqual([]);
    } finally {
      await reopening.close();
    }
  });
});

/** The text of every page of a PDF, as pdf.js reads it. */
async function pdfText(bytes: Buffer): Promise<{ pages: string[] }> {
  const document = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false })
    .promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return { pages };
}

describe('the view as a PDF', () => {
  it('holds the figure, then the text of every quote on show, over several pages', async () => {
    const download = await downloadFrom(explorer.page, 'Download PDF');
    expect(download.name).toMatch(/^russia-israel-iran-a4-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(download.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages } = await pdfText(download.bytes);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[0]).toContain(shown.title);
    const all = normalised(pages.join(' '));
    for (const relation of shown.relations)
      for (const evidence of relation.evidence) expect(all, relation.id).toContain(normalised(evidence.quote));
    const message = (await exportMessages(explorer.page)).at(-1)?.text;
    expect(message).toContain(`${pages.length} pages`);
    // The numbered list reaches the last relation.
    expect(all).toContain(`${shown.relations.length}.`);
  }, 120_000);

  it('is laid out on US Letter when asked', async () => {
    await explorer.page.getByRole('radio', { name: 'US Letter', exact: true }).check();
    const download = await downloadFrom(explorer.page, 'Download PDF');
    expect(download.name).toMatch(/-letter-\d{4}-\d{2}-\d{2}\.pdf$/);
    const document = await getDocument({ data: new Uint8Array(download.bytes) }).promise;
    const page = await document.getPage(1);
    expect(page.view).toEqual([0, 0, 612, 792]);
    await document.destroy();
  }, 120_000);
});

describe('a dataset made of a shared view', () => {
  it('validates as it is written in the file', async () => {
    // The dataset block alone passes the validator: it is the shown subgraph, documents inlined.
    const download = await downloadFrom(explorer.page, 'Download Interactive HTML');
    const block = /<script type="application\/json" id="shared-view-dataset">([\s\S]*?)<\/script>/.exec(
      download.bytes.toString('utf8'),
    )?.[1];
    expect(block).toBeDefined();
    const result = validateDatasetText(block!, { file: 'block.json' });
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});
