// End to end in headless Chromium: every export is triggered from the menu and the downloaded file is checked.
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateDatasetText } from '../../src/domain/validate';
import { RELATION_TYPE_STYLES, ACTOR_KIND_STYLES } from '../../src/graph/palette';
import { syntheticDataset } from '../../bench/synthetic';
import { launchBrowser } from './browser';
import { ExplorerPage, explorerAddress } from './driver/explorerPage';
import {
  chooseImageOptions,
  countColour,
  decodePng,
  downloadFrom,
  exportMessages,
  figureGraphLabels,
  inkedPixels,
  PAGE_PRESETS,
  quadsOverlap,
  type FigureLabel,
} from './exportHelpers';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const parseXml = (bytes: Buffer) => new DOMParser().parseFromString(bytes.toString('utf8'), 'text/xml');
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** What the canvas shows now: counts, the visible graph's width, and the visible actors' names. */
async function shown(explorer: ExplorerPage) {
  const graph = await explorer.api.shownGraph();
  return {
    nodes: graph.actors.length,
    edges: graph.relations.length,
    graphWidth: Math.ceil(graph.width),
    names: graph.actors.map((actor) => actor.label),
  };
}

describe('exports of the seed dataset', () => {
  let explorer: ExplorerPage;
  let page: Page;
  beforeAll(async () => {
    explorer = await ExplorerPage.open(browser, explorerAddress(baseUrl, { 'hide-type': 'meets' }));
    page = explorer.page;
  });
  afterAll(async () => {
    await explorer?.close();
  });

  it('PNG of the whole graph: named after the dataset and filter, decodes, scales exactly, not blank, with the legend', async () => {
    const view = await shown(explorer);
    const sizes: Record<string, { width: number; height: number }> = {};
    for (const scale of ['1×', '2×', '4×'] as const) {
      await chooseImageOptions(page, { area: 'whole graph', scale, background: 'white' });
      const file = await downloadFrom(page, 'Download PNG');
      expect(file.name).toBe(`russia-israel-iran-without-meets-${today()}.png`);
      const png = decodePng(file.bytes);
      sizes[scale] = { width: png.width, height: png.height };
      const messages = await exportMessages(page);
      expect(messages.at(-1)?.text).toContain(
        `${png.width.toLocaleString('en')} × ${png.height.toLocaleString('en')} px`,
      );
      if (scale !== '2×') continue;

      const factor = 2;
      // The graph is drawn left, at least as wide as its bounding box; the legend column sits right of it.
      expect(png.width).toBeGreaterThanOrEqual((view.graphWidth + 24 + 48) * factor);
      expect(inkedPixels(png)).toBeGreaterThan(png.width * png.height * 0.01);
      const legendRegion = { x0: (24 + view.graphWidth + 24 + 16) * factor, y0: 0, x1: png.width, y1: png.height };
      expect(countColour(png, RELATION_TYPE_STYLES.strikes!.color, legendRegion)).toBeGreaterThan(20);
      expect(countColour(png, ACTOR_KIND_STYLES.state.color, legendRegion)).toBeGreaterThan(20);
      // The hidden type is neither drawn nor in the legend.
      expect(
        countColour(png, RELATION_TYPE_STYLES.meets!.color, { x0: 0, y0: 0, x1: png.width, y1: png.height }, 2),
      ).toBe(0);
      // An opaque white background.
      expect(png.data[3]).toBe(255);
    }
    expect(sizes['2×']).toEqual({ width: sizes['1×']!.width * 2, height: sizes['1×']!.height * 2 });
    expect(sizes['4×']).toEqual({ width: sizes['1×']!.width * 4, height: sizes['1×']!.height * 4 });
  });

  it('PNG is deterministic and can be the current view on a transparent background', async () => {
    await chooseImageOptions(page, { area: 'current view', scale: '1×', background: 'transparent' });
    const first = await downloadFrom(page, 'Download PNG');
    const second = await downloadFrom(page, 'Download PNG');
    expect(first.name).toBe(`russia-israel-iran-without-meets-view-${today()}.png`);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    const png = decodePng(first.bytes);
    const canvas = await explorer.ui.canvas.boundingBox();
    expect(png.width).toBeGreaterThanOrEqual(Math.round(canvas!.width) + 48);
    expect(png.data[3]).toBe(0); // the top-left corner is transparent
    expect(inkedPixels(png)).toBeGreaterThan(1000);
  });

  it('SVG parses, carries the actor names as text, the legend and the sources', async () => {
    await chooseImageOptions(page, { area: 'whole graph', scale: '1×', background: 'white' });
    const file = await downloadFrom(page, 'Download SVG');
    expect(file.name).toBe(`russia-israel-iran-without-meets-${today()}.svg`);
    const svg = parseXml(file.bytes);
    expect(svg.documentElement?.nodeName).toBe('svg');
    const texts = Array.from(svg.getElementsByTagName('text')).map((text) => (text.textContent ?? '').trim());
    const allText = texts.join(' ').replace(/\s+/g, ' ');
    const view = await shown(explorer);
    // Long names wrap over several <text> lines: every word of every name is there.
    for (const name of view.names)
      for (const word of name.split(/\s+/)) expect(texts.some((text) => text.includes(word))).toBe(true);
    expect(allText).toContain('Relations');
    expect(allText).toContain('strikes');
    expect(allText).toContain('Sources');
    expect(allText).not.toMatch(/\bmeets \(/);
    const again = await downloadFrom(page, 'Download SVG');
    expect(again.bytes.equals(file.bytes)).toBe(true);
  });

  it('dataset JSON passes the validator and holds exactly what is shown', async () => {
    const file = await downloadFrom(page, 'Download Dataset JSON');
    expect(file.name).toBe(`russia-israel-iran-without-meets-${today()}.json`);
    const result = validateDatasetText(file.bytes.toString('utf8'), { file: file.name });
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    if (!result.ok) throw new Error('invalid');
    const view = await shown(explorer);
    expect(result.checked.dataset.relations.length).toBe(view.edges);
    expect(result.checked.dataset.relations.some((relation) => relation.type === 'meets')).toBe(false);
    expect(
      result.checked.dataset.documents.every(
        (document) => typeof document.text === 'string' && document.textFile === undefined,
      ),
    ).toBe(true);
  });

  it('CSV zip holds actors.csv and relations.csv with one row per quote', async () => {
    const json = JSON.parse((await downloadFrom(page, 'Download Dataset JSON')).bytes.toString('utf8')) as {
      actors: unknown[];
      relations: { evidence: unknown[] }[];
    };
    const file = await downloadFrom(page, 'Download CSV (zip)');
    expect(file.name).toBe(`russia-israel-iran-without-meets-${today()}.csv.zip`);
    const entries = unzipSync(new Uint8Array(file.bytes));
    expect(Object.keys(entries).sort()).toEqual(['actors.csv', 'relations.csv']);
    const relations = strFromU8(entries['relations.csv']!);
    expect(relations.startsWith('relation_id,source,type,target,date,quote,document,outlet,published,url,')).toBe(true);
    const evidenceCount = json.relations.reduce((sum, relation) => sum + relation.evidence.length, 0);
    // Quotes may hold line breaks inside quoted cells; count records by the CRLF that ends each one.
    expect(relations.split('\r\n').length - 2).toBe(evidenceCount);
    expect(strFromU8(entries['actors.csv']!).split('\r\n').length - 2).toBe(json.actors.length);
  });

  it('GraphML and GEXF parse with the shown node and edge counts', async () => {
    const json = JSON.parse((await downloadFrom(page, 'Download Dataset JSON')).bytes.toString('utf8')) as {
      actors: unknown[];
      relations: unknown[];
    };
    const view = await shown(explorer);
    for (const [button, extension] of [
      ['Download GraphML', 'graphml'],
      ['Download GEXF', 'gexf'],
    ] as const) {
      const file = await downloadFrom(page, button);
      expect(file.name).toBe(`russia-israel-iran-without-meets-${today()}.${extension}`);
      const xml = parseXml(file.bytes);
      expect(xml.getElementsByTagName('node').length).toBe(json.actors.length);
      expect(xml.getElementsByTagName('edge').length).toBe(view.edges);
    }
  });
});

/** Pairs of a figure's graph labels whose letters overlap. */
function overlappingLabels(labels: readonly FigureLabel[]): string[] {
  const pairs: string[] = [];
  labels.forEach((label, index) => {
    for (const other of labels.slice(index + 1))
      if (quadsOverlap(label.corners, other.corners)) pairs.push(`${label.text} / ${other.text}`);
  });
  return pairs;
}

const normalised = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A cited figure's number label: numbers and ranges of numbers, "3–5, 9". */
const NUMBER_LABEL = /^\d+(–\d+)?(, \d+(–\d+)?)*$/;

/** The numbers a number label stands for, ranges spelt out. */
const numbersIn = (text: string): number[] =>
  text
    .trim()
    .split(', ')
    .flatMap((part) => {
      const [from, to = from] = part.split('–').map(Number);
      return Array.from({ length: to! - from! + 1 }, (_, index) => from! + index);
    });

describe('figures on a page, of the seed dataset', () => {
  let explorer: ExplorerPage;
  let page: Page;
  let measuring: Page;
  beforeAll(async () => {
    explorer = await ExplorerPage.open(browser, explorerAddress(baseUrl));
    page = explorer.page;
    measuring = await browser.newPage();
  });
  afterAll(async () => {
    await measuring?.close();
    await explorer?.close();
  });

  it('each page preset’s PNG has the preset’s exact size, decodes, and shows the graph and the legend', async () => {
    for (const [id, preset] of Object.entries(PAGE_PRESETS)) {
      await chooseImageOptions(page, { area: preset.label, background: 'white' });
      const file = await downloadFrom(page, 'Download PNG');
      expect(file.name).toMatch(
        new RegExp(`^russia-israel-iran-${id === 'social' ? 'social-card' : id.replace('a4', 'a4-').toLowerCase()}-`),
      );
      const png = decodePng(file.bytes);
      expect({ id, width: png.width, height: png.height }).toEqual({ id, width: preset.width, height: preset.height });
      expect((await exportMessages(page)).at(-1)?.text).toContain(
        `${preset.width.toLocaleString('en')} × ${preset.height.toLocaleString('en')} px`,
      );
      const everywhere = { x0: 0, y0: 0, x1: png.width, y1: png.height };
      expect(inkedPixels(png)).toBeGreaterThan(png.width * png.height * 0.02);
      // Actors (states are green squares) and the strongest relation colour are drawn, not only the words.
      expect(countColour(png, ACTOR_KIND_STYLES.state.color, everywhere)).toBeGreaterThan(100);
      expect(countColour(png, RELATION_TYPE_STYLES.strikes!.color, everywhere)).toBeGreaterThan(100);
      expect(png.data[3]).toBe(255);
    }
  });

  it('labels every actor at 12 px or more, with no label overlapping another, on a slide and on an A4 page', async () => {
    const names = (await explorer.api.shownGraph()).actors.map((actor) => actor.label);
    for (const preset of [PAGE_PRESETS.slide, PAGE_PRESETS.a4Portrait, PAGE_PRESETS.a4Landscape]) {
      await chooseImageOptions(page, { area: preset.label });
      const svg = (await downloadFrom(page, 'Download SVG')).bytes.toString('utf8');
      const labels = await figureGraphLabels(measuring, svg);
      const drawn = normalised(labels.map((label) => label.text).join(' '));
      for (const name of names) expect(drawn, preset.label).toContain(normalised(name).split(' ')[0]);
      for (const label of labels) expect(label.fontPx, label.text).toBeGreaterThanOrEqual(12 - 0.01);
      expect(overlappingLabels(labels), preset.label).toEqual([]);
    }
  });
});

describe('a cited figure', () => {
  let explorer: ExplorerPage;
  let page: Page;
  let measuring: Page;
  beforeAll(async () => {
    // The relations quoted from the 2016 article: few enough (at most 40) for a cited figure.
    explorer = await ExplorerPage.open(browser, explorerAddress(baseUrl, { 'hide-doc': 'cdmedia-2021-10' }));
    page = explorer.page;
    measuring = await browser.newPage();
  });
  afterAll(async () => {
    await measuring?.close();
    await explorer?.close();
  });

  /** The shown relations, as the dataset export writes them. */
  const shownRelations = async () =>
    (
      JSON.parse((await downloadFrom(page, 'Download Dataset JSON')).bytes.toString('utf8')) as {
        relations: { id: string; evidence: { quote: string }[] }[];
      }
    ).relations;

  it('holds a quote of every shown relation as SVG text, numbered in the list', async () => {
    const shown = await shownRelations();
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThanOrEqual(40);
    await chooseImageOptions(page, { area: PAGE_PRESETS.a4Portrait.label, cited: true });
    const file = await downloadFrom(page, 'Download SVG');
    const texts = Array.from(parseXml(file.bytes).getElementsByTagName('text')).map((text) => text.textContent ?? '');
    const words = normalised(texts.join(' '));
    expect(words).toContain('The quote behind each numbered relation');
    for (const relation of shown)
      expect(
        relation.evidence.some((evidence) => words.includes(normalised(evidence.quote))),
        relation.id,
      ).toBe(true);
    for (let number = 1; number <= shown.length; number++) expect(texts).toContain(`${number}.`);
  });

  it('writes every listed number on the graph, each once, legible and clear of other words, at each size', async () => {
    const count = (await shownRelations()).length;
    for (const size of [PAGE_PRESETS.a4Portrait.label, PAGE_PRESETS.slide.label, 'whole graph'] as const) {
      await chooseImageOptions(page, { area: size, scale: size === 'whole graph' ? '1×' : undefined, cited: true });
      const svg = (await downloadFrom(page, 'Download SVG')).bytes.toString('utf8');
      await expectEveryNumberOnTheGraph(measuring, svg, count, size);
    }
  }, 240_000);

  it('on A4 landscape, refuses the quotes of all 27 relations, and accounts for every one of 20: on the graph or named under it', async () => {
    // The 27 quotes under the graph would take most of a landscape page: the menu says so rather than cramp the graph.
    await chooseImageOptions(page, { area: PAGE_PRESETS.a4Landscape.label, cited: true });
    await page.getByRole('button', { name: 'Download SVG', exact: true }).click();
    await expect
      .poll(async () => (await exportMessages(page)).map((message) => message.text).join(' '))
      .toMatch(/too little room for the graph on this page/);
    // Without meetings, visits and memberships: 20 relations, whose quotes leave the graph room on a landscape page;
    // its crowded centre may leave a number without a place, which the line under the graph then names.
    const smaller = await ExplorerPage.open(
      browser,
      `${explorerAddress(baseUrl, { 'hide-doc': 'cdmedia-2021-10', 'hide-type': 'meets' })}&hide-type=visits&hide-type=member-of`,
    );
    try {
      const fewer = (
        JSON.parse((await downloadFrom(smaller.page, 'Download Dataset JSON')).bytes.toString('utf8')) as {
          relations: unknown[];
        }
      ).relations.length;
      expect(fewer).toBe(20);
      await chooseImageOptions(smaller.page, { area: PAGE_PRESETS.a4Landscape.label, cited: true });
      const svg = (await downloadFrom(smaller.page, 'Download SVG')).bytes.toString('utf8');
      await expectEveryNumberOnTheGraph(measuring, svg, fewer, PAGE_PRESETS.a4Landscape.label, { orNamedUnder: true });
    } finally {
      await smaller.close();
    }
  }, 240_000);
});

/**
 * Every number of a cited figure's list, 1 to `count`, is written once on its graph (on a line, inside a bundle's
 * ranges, or in a badge), at the screen's edge-label size or more, and no two words of the graph overlap. With
 * `orNamedUnder`, a number may instead be named in the line under the graph that says which found no place.
 */
async function expectEveryNumberOnTheGraph(
  measuring: Page,
  svg: string,
  count: number,
  size: string,
  { orNamedUnder = false } = {},
) {
  const labels = await figureGraphLabels(measuring, svg);
  const numberLabels = labels.filter((label) => NUMBER_LABEL.test(label.text.trim()));
  const numbers = numberLabels.flatMap((label) => numbersIn(label.text));
  const unplacedNote = /Numbers? ([\d, and]+) could not be placed on the graph/.exec(svg)?.[1];
  const named = orNamedUnder && unplacedNote ? (unplacedNote.match(/\d+/g) ?? []).map(Number) : [];
  for (const number of named)
    expect(numbers, `${size}: ${number} is named under the graph and drawn`).not.toContain(number);
  expect(
    [...numbers, ...named].sort((a, b) => a - b),
    size,
  ).toEqual(Array.from({ length: count }, (_, index) => index + 1));
  for (const label of numberLabels) expect(label.fontPx, `${size}: ${label.text}`).toBeGreaterThanOrEqual(12 - 0.01);
  expect(overlappingLabels(labels), size).toEqual([]);
}

describe('an image too large for a canvas', () => {
  let explorer: ExplorerPage;
  let page: Page;
  beforeAll(async () => {
    // Three actors 70,000 px apart: the whole graph at 1× is wider than any canvas may be.
    const { dataset } = syntheticDataset({ actors: 3, relations: 3, documents: 1, documentSize: 200 });
    dataset.actors.forEach((actor, index) => (actor.position = { x: index * 35_000, y: index * 50 }));
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.route(
      (url) => url.pathname === '/__export-test/wide.json',
      (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
    );
    explorer = await ExplorerPage.open(context, explorerAddress(baseUrl, { data: '/__export-test/wide.json' }));
    page = explorer.page;
  });
  afterAll(async () => {
    await explorer?.page.context().close();
  });

  it('yields a smaller, valid, non-blank PNG and says so', async () => {
    const width = (await shown(explorer)).graphWidth;
    expect(width).toBeGreaterThan(65_535);
    await chooseImageOptions(page, { area: 'whole graph', scale: '1×', background: 'white' });
    const file = await downloadFrom(page, 'Download PNG');
    const png = decodePng(file.bytes);
    expect(png.width).toBeLessThanOrEqual(65_535);
    expect(png.width).toBeGreaterThan(30_000);
    expect(png.width * png.height).toBeLessThanOrEqual(268_435_456);
    expect(inkedPixels(png)).toBeGreaterThan(1000);
    const messages = await exportMessages(page);
    expect(messages.find((message) => message.kind === 'warning')?.text).toMatch(
      /At 1× the image would be .* Exported at 0\.\d+× instead/,
    );
  });
});
