// Page presets: their exact pixel sizes, the scale chosen so the words leave the graph room, and the layout on a page.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import { applyFilters } from '../../src/domain/query';
import { DEFAULT_FILTERS } from '../../src/filters/filterTable';
import { figureContent, type FigureContent } from '../../src/export/figure/figureContent';
import { FIGURE_STYLE, layoutFixedFigure } from '../../src/export/figure/figureLayout';
import {
  chooseScale,
  cssPage,
  FIGURE_PRESETS,
  IMAGE_MENU_PRESETS,
  MIN_GRAPH_SHARE,
  presetById,
  scalesToTry,
  type FixedSize,
} from '../../src/export/figure/presets';
import { filterSummary } from '../../src/export/filterSummary';
import { everythingVisible } from '../../src/export/visibleSubgraph';
import { CANVAS_LIMITS } from '../../src/export/imageSize';
import { testFormatter } from '../support/testI18n';
import { fakeMeasure, seedChecked } from './fixtures';

let seed: CheckedDataset;
let everything: FigureContent;
beforeAll(async () => {
  seed = await seedChecked();
  everything = figureContent(seed, everythingVisible(seed), { text: '', slug: '' }, testFormatter);
});

const fixedOf = (id: Parameters<typeof presetById>[0]): FixedSize => {
  const fixed = presetById(id).fixed;
  if (!fixed) throw new Error(`${id} has no size`);
  return fixed;
};

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('presets', () => {
  it('are the current view, the whole graph, a 16:9 slide, a social card and an A4 page at 300 dpi both ways', () => {
    expect(FIGURE_PRESETS.map((preset) => [preset.id, preset.fixed?.pixels])).toEqual([
      ['view', undefined],
      ['whole', undefined],
      ['slide', { width: 1920, height: 1080 }],
      ['social', { width: 1200, height: 675 }],
      ['a4Portrait', { width: 2480, height: 3508 }],
      ['a4Landscape', { width: 3508, height: 2480 }],
      ['letterPortrait', { width: 2550, height: 3300 }],
    ]);
    // US Letter is laid out for the PDF's first page only: the image menu offers the others.
    expect(IMAGE_MENU_PRESETS.map((preset) => preset.id)).not.toContain('letterPortrait');
    expect(fixedOf('a4Portrait').scale).toBeCloseTo(300 / 96, 10);
    for (const preset of FIGURE_PRESETS) {
      if (!preset.fixed) continue;
      const { width, height } = preset.fixed.pixels;
      expect(Math.max(width, height)).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
      expect(width * height).toBeLessThanOrEqual(CANVAS_LIMITS.maxArea);
    }
  });

  it('tries scales from the preferred one down to the smallest, about a tenth apart', () => {
    const scales = scalesToTry(fixedOf('slide'));
    expect(scales[0]).toBe(1.5);
    expect(scales.at(-1)).toBe(1);
    for (let index = 1; index < scales.length; index++) {
      expect(scales[index]!).toBeLessThan(scales[index - 1]!);
      expect(scales[index - 1]! / scales[index]!).toBeLessThanOrEqual(1.1 + 1e-9);
    }
    expect(cssPage(fixedOf('slide'), 1.5)).toEqual({ width: 1280, height: 720 });
  });

  it('keeps the preferred scale when the graph has its share, and lowers it only as far as needed', () => {
    const fixed = fixedOf('slide');
    const roomy = (scale: number) => ({ graph: cssPage(fixed, scale), wordsFit: true });
    expect(chooseScale(fixed, roomy)?.scale).toBe(1.5);
    // Words 600 CSS px tall: at 1.5× (720 px) the graph gets too little of the page; at 1× (1080 px), enough.
    const crowded = (scale: number) => {
      const page = cssPage(fixed, scale);
      return { graph: { width: page.width * 0.8, height: page.height - 600 }, wordsFit: true };
    };
    const chosen = chooseScale(fixed, crowded)!;
    expect(chosen.scale).toBeLessThan(1.5);
    const page = cssPage(fixed, chosen.scale);
    expect(page.height - 600).toBeGreaterThanOrEqual(MIN_GRAPH_SHARE.height * page.height);
    // The next larger scale tried would not have given that share.
    const larger = scalesToTry(fixed)
      .filter((scale) => scale > chosen.scale)
      .at(-1)!;
    expect(cssPage(fixed, larger).height - 600).toBeLessThan(MIN_GRAPH_SHARE.height * cssPage(fixed, larger).height);
  });

  it('refuses a page whose words leave no usable room', () => {
    const fixed = fixedOf('social');
    expect(chooseScale(fixed, () => ({ graph: { width: 900, height: 40 }, wordsFit: true }))).toBeNull();
    expect(chooseScale(fixed, (scale) => ({ graph: cssPage(fixed, scale), wordsFit: false }))).toBeNull();
  });
});

describe('a figure on a page', () => {
  it('fills the page exactly, the graph, legend and footer apart and every word inside the margins', () => {
    for (const id of ['slide', 'social', 'a4Portrait', 'a4Landscape'] as const) {
      const fixed = fixedOf(id);
      const page = cssPage(fixed, fixed.minScale);
      const layout = layoutFixedFigure(everything, page, { width: 800, height: 500 }, fakeMeasure);
      expect([layout.width, layout.height]).toEqual([page.width, page.height]);
      expect(layout.wordsFit).toBe(true);
      expect(overlaps(layout.graph, layout.legend)).toBe(false);
      for (const item of layout.primitives) {
        if (item.kind !== 'text') continue;
        expect(item.x).toBeGreaterThanOrEqual(FIGURE_STYLE.margin - 0.001);
        expect(item.x + fakeMeasure(item.text, item.font)).toBeLessThanOrEqual(page.width - FIGURE_STYLE.margin + 0.5);
        expect(item.y).toBeLessThanOrEqual(page.height - FIGURE_STYLE.margin + 0.001);
        // Nothing is written inside the graph's box.
        const box = { x: item.x, y: item.y - item.font.size, width: fakeMeasure(item.text, item.font), height: 1 };
        expect(overlaps(box, layout.graph)).toBe(false);
      }
    }
  });

  it('puts the legend under a wide graph on a portrait page, and beside a tall one', () => {
    const page = cssPage(fixedOf('a4Portrait'), fixedOf('a4Portrait').scale);
    const wide = layoutFixedFigure(everything, page, { width: 1000, height: 500 }, fakeMeasure);
    expect(wide.legend.y).toBeGreaterThan(wide.graph.y + wide.graph.height);
    expect(wide.graph.width).toBe(Math.floor(page.width - 2 * FIGURE_STYLE.margin));
    const tall = layoutFixedFigure(everything, page, { width: 300, height: 1200 }, fakeMeasure);
    expect(tall.legend.x).toBeGreaterThan(tall.graph.x + tall.graph.width);
  });

  it('says when the words do not fit the page', () => {
    const long = { ...everything, citations: Array.from({ length: 80 }, (_, index) => `Outlet ${index}, “T”, 2020`) };
    const fixed = fixedOf('social');
    expect(layoutFixedFigure(long, cssPage(fixed, 1), { width: 1, height: 1 }, fakeMeasure).wordsFit).toBe(false);
  });

  it('shows a filtered figure’s legend of only what is shown', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      hiddenTypes: [...seed.relationTypes.keys()].filter((id) => id !== 'strikes'),
    };
    const visible = applyFilters(seed, filters);
    const content = figureContent(
      seed,
      visible,
      filterSummary(seed, { filters, focusHops: 0, focusSeeds: [] }, testFormatter),
      testFormatter,
    );
    const layout = layoutFixedFigure(content, { width: 1280, height: 720 }, { width: 1, height: 1 }, fakeMeasure);
    const texts = layout.primitives.flatMap((item) => (item.kind === 'text' ? [item.text] : []));
    expect(texts).toContain('strikes (7)');
    expect(texts.some((text) => text.startsWith('meets'))).toBe(false);
  });
});
