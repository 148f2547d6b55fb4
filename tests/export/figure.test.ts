// The figure around the graph: title with the filters, a legend of exactly the shown types, sources, and the SVG form of it.
import { DOMParser } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import { applyFilters } from '../../src/domain/query';
import { DEFAULT_FILTERS } from '../../src/filters/filterTable';
import { figureContent } from '../../src/export/figure/figureContent';
import { FIGURE_STYLE, layoutFigure } from '../../src/export/figure/figureLayout';
import { figureSvg, nestSvg } from '../../src/export/figure/figureSvg';
import type { Primitive } from '../../src/export/figure/primitives';
import { wrapText } from '../../src/export/figure/wrapText';
import { filterSummary } from '../../src/export/filterSummary';
import { everythingVisible } from '../../src/export/visibleSubgraph';
import { CLAIM_MARKS } from '../../src/graph/claimMarks';
import { markSwatch } from '../../src/graph/legendSwatches';
import { RELATION_TYPE_STYLES } from '../../src/graph/palette';
import { strictFormatter, testFormatter } from '../support/testI18n';
import { fakeMeasure, seedChecked } from './fixtures';

let seed: CheckedDataset;
beforeAll(async () => {
  seed = await seedChecked();
});

const texts = (primitives: Primitive[]) => primitives.flatMap((item) => (item.kind === 'text' ? [item.text] : []));

function strikesOnly() {
  const filters = { ...DEFAULT_FILTERS, hiddenTypes: [...seed.relationTypes.keys()].filter((id) => id !== 'strikes') };
  const visible = applyFilters(seed, filters);
  return {
    visible,
    content: figureContent(
      seed,
      visible,
      filterSummary(seed, { filters, focusHops: 0, focusSeeds: [] }, testFormatter),
      testFormatter,
    ),
  };
}

describe('figure content', () => {
  it('titles the figure with the dataset and what is shown, and lists only the shown relation types and kinds', () => {
    const { visible, content } = strikesOnly();
    expect(content.title).toBe('Russia between Israel and Iran');
    expect(content.subtitle).toBe(
      `${visible.actorIds.size} actors, ${visible.relationIndices.length} relations · relation types: strikes`,
    );
    expect(content.legend.relations.map((entry) => [entry.id, entry.visible, entry.style.color])).toEqual([
      ['strikes', visible.relationIndices.length, RELATION_TYPE_STYLES.strikes!.color],
    ]);
  });

  it('cites the documents behind the shown relations by outlet, title and date, the date in the reader’s locale', () => {
    const content = figureContent(seed, everythingVisible(seed), { text: '', slug: '' }, testFormatter);
    expect(content.citations).toEqual([
      'The Algemeiner, “Former Israel Envoy to Moscow: Despite Cooperation in Syria, Russia Does Not Trust Iran as Foreign Policy Partner”, Algemeiner Staff, September 16, 2016',
      'CDMedia, “Should Iran Worry About Russian–Israeli Ties?”, Nikola Mikovic, October 2021',
    ]);
    const british = figureContent(
      seed,
      everythingVisible(seed),
      { text: '', slug: '' },
      strictFormatter({ locale: 'en-GB' }),
    );
    expect(british.citations[0]).toMatch(/, 16 September 2016$/);
    expect(british.credit).toBe(content.credit);
  });

  it('counts what is shown in the singular and the plural, with the reader’s digits', () => {
    const one = { ...everythingVisible(seed), actorIds: new Set(['iran']), relationIndices: [0] };
    expect(figureContent(seed, one, { text: '', slug: '' }, testFormatter).subtitle).toBe('1 actor, 1 relation');
    const many = { ...one, actorIds: new Set(Array.from({ length: 1200 }, (_, index) => `a${index}`)) };
    expect(figureContent(seed, many, { text: '', slug: '' }, strictFormatter({ locale: 'de-DE' })).subtitle).toBe(
      '1.200 actors, 1 relation',
    );
  });
});

describe('figure layout', () => {
  it('puts the title above, the legend right of the graph, the sources below, in whole pixels', () => {
    const { content } = strikesOnly();
    const layout = layoutFigure(content, { width: 800, height: 500 }, fakeMeasure);
    expect(Number.isInteger(layout.width) && Number.isInteger(layout.height)).toBe(true);
    expect(layout.legend.x).toBeGreaterThanOrEqual(layout.graph.x + layout.graph.width + FIGURE_STYLE.gap);
    expect(layout.legend.x + layout.legend.width).toBeLessThanOrEqual(layout.width - FIGURE_STYLE.margin);
    const all = texts(layout.primitives);
    expect(all[0]).toBe('Russia between Israel and Iran');
    expect(all).toContain('strikes (7)');
    expect(all).toContain('Sources');
    expect(all).toContain('Relations');
    expect(all).toContain('Actors');
    const footer = layout.primitives.filter(
      (item) => item.kind === 'text' && item.y > layout.graph.y + layout.graph.height,
    );
    expect(texts(footer).join(' ')).toContain('The Algemeiner');
    expect(layout.height).toBeGreaterThan(layout.graph.y + layout.graph.height + 60);
  });

  it('is the same for the same input, and wraps what is too long for the width', () => {
    const { content } = strikesOnly();
    expect(layoutFigure(content, { width: 300, height: 200 }, fakeMeasure)).toEqual(
      layoutFigure(content, { width: 300, height: 200 }, fakeMeasure),
    );
    const narrow = layoutFigure({ ...content, title: 'word '.repeat(80) }, { width: 300, height: 200 }, fakeMeasure);
    const titleLines = narrow.primitives.filter(
      (item) => item.kind === 'text' && item.font.size === FIGURE_STYLE.title.size,
    );
    expect(titleLines.length).toBeGreaterThan(1);
    for (const item of narrow.primitives)
      if (item.kind === 'text')
        expect(item.x + fakeMeasure(item.text, item.font)).toBeLessThanOrEqual(
          narrow.width - FIGURE_STYLE.margin + 0.001,
        );
  });

  it('caps a very long source list and says where the rest is', () => {
    const { content } = strikesOnly();
    const many = { ...content, citations: Array.from({ length: 450 }, (_, index) => `Outlet ${index}, “Title”, 2020`) };
    const all = texts(layoutFigure(many, { width: 600, height: 400 }, fakeMeasure).primitives);
    expect(all).toContain('300.');
    expect(all).not.toContain('301.');
    expect(all.some((text) => text.startsWith('… and 150 more'))).toBe(true);
  });
});

describe('the figure’s legend of claims', () => {
  const withFilters = (hiddenStatuses: readonly ('denied' | 'probable')[]) => {
    const filters = { ...DEFAULT_FILTERS, hiddenStatuses };
    const visible = applyFilters(seed, filters);
    return figureContent(
      seed,
      visible,
      filterSummary(seed, { filters, focusHops: 0, focusSeeds: [] }, testFormatter),
      testFormatter,
    );
  };

  it('explains the marks of the statuses it shows, and only those', () => {
    const byDefault = withFilters(['denied']);
    expect(byDefault.legend.marks.map((entry) => [entry.status, entry.visible])).toEqual([
      ['probable', 10],
      ['possible', 3],
    ]);
    const all = withFilters([]);
    expect(all.legend.marks.map((entry) => entry.status)).toEqual(['probable', 'possible', 'denied']);
    expect(withFilters(['denied', 'probable']).legend.marks.map((entry) => entry.status)).toEqual(['possible']);
  });

  it('draws each mark as the graph does, with its words and count under a heading of its own', () => {
    const content = withFilters([]);
    const layout = layoutFigure(content, { width: 800, height: 500 }, fakeMeasure);
    const legendText = texts(
      layout.primitives.filter((item) => item.kind === 'text' && item.x >= layout.legend.x),
    ).join(' ');
    expect(legendText).toContain('Claims probable: only forecasts or beliefs state it (10) possible:');
    expect(legendText).toContain('denied: the quotes say it does not hold (2)');
    const faded = layout.primitives.filter((item) => item.kind === 'line' && item.opacity !== undefined);
    expect(faded.map((item) => (item.kind === 'line' ? item.opacity : null))).toEqual([
      CLAIM_MARKS.probable.lineOpacity,
      CLAIM_MARKS.possible.lineOpacity,
      CLAIM_MARKS.denied.lineOpacity,
    ]);
    // The denied mark's bar sits where markSwatch puts it, in the legend column.
    const bar = markSwatch(CLAIM_MARKS.denied)[1];
    expect(bar?.kind).toBe('rect');
    const bars = layout.primitives.filter(
      (item) => item.kind === 'rect' && bar?.kind === 'rect' && item.width === bar.width && item.height === bar.height,
    );
    expect(bars).toHaveLength(1);
    expect(bars[0]!.kind === 'rect' && bars[0]!.x).toBeGreaterThanOrEqual(layout.legend.x);
  });

  it('keeps the lines’ opacity in the SVG', () => {
    const layout = layoutFigure(withFilters([]), { width: 400, height: 300 }, fakeMeasure);
    const svg = figureSvg(
      layout,
      { svg: '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>', x: 0, y: 0 },
      { title: 't', background: 'white', pixels: layout },
    );
    const lines = Array.from(new DOMParser().parseFromString(svg, 'image/svg+xml').getElementsByTagName('line'));
    expect(lines.map((line) => line.getAttribute('stroke-opacity')).filter(Boolean)).toEqual(
      [CLAIM_MARKS.probable, CLAIM_MARKS.possible, CLAIM_MARKS.denied].map((mark) => String(mark.lineOpacity)),
    );
  });
});

describe('wrapText', () => {
  it('breaks at spaces, and cuts a word longer than the line', () => {
    expect(wrapText('aa bb cc', 5 * 6, { size: 10 }, fakeMeasure)).toEqual(['aa bb', 'cc']);
    expect(wrapText('abcdefghij', 4 * 6, { size: 10 }, fakeMeasure)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('figure SVG', () => {
  it('nests the graph SVG at its place and keeps all text as <text>', () => {
    const { content } = strikesOnly();
    const layout = layoutFigure(content, { width: 400, height: 300 }, fakeMeasure);
    const graph =
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="376" height="276"><text x="1" y="2">Iran</text></svg>';
    const svg = figureSvg(
      layout,
      { svg: graph, x: layout.graph.x + 12, y: layout.graph.y + 12 },
      {
        title: 'A <title> & more',
        background: 'white',
        pixels: { width: layout.width * 2, height: layout.height * 2 },
      },
    );
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = document.documentElement!;
    expect(root.getAttribute('width')).toBe(String(layout.width * 2));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${layout.width} ${layout.height}`);
    const nested = Array.from(root.getElementsByTagName('svg'))[0]!;
    expect(nested.getAttribute('x')).toBe(String(layout.graph.x + 12));
    const allText = Array.from(root.getElementsByTagName('text')).map((text) => text.textContent);
    expect(allText).toContain('Iran');
    expect(allText).toContain('strikes (7)');
    expect(root.getElementsByTagName('title')[0]?.textContent).toBe('A <title> & more');
  });

  it('refuses a graph document that is not an SVG', () => {
    expect(() => nestSvg('<html/>', 0, 0)).toThrow(/does not start with <svg>/);
  });
});
