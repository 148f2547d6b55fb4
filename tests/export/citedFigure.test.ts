// A cited figure: each shown relation numbered by date with a quote that states it, its outlet and date, listed under
// the graph; the numbers go to the painter, and the current view lists only what it draws.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import { applyFilters } from '../../src/domain/query';
import { DEFAULT_FILTERS } from '../../src/filters/filterTable';
import { CITED_MAX_RELATIONS, citedNumbers, citedRelations } from '../../src/export/figure/citedList';
import { figureContent } from '../../src/export/figure/figureContent';
import { layoutFigure } from '../../src/export/figure/figureLayout';
import type { FigureLabels, GraphArea, GraphPainter } from '../../src/export/figure/painter';
import { planFigure, type ImageRequest } from '../../src/export/figure/planFigure';
import { filterSummary } from '../../src/export/filterSummary';
import { testFormatter } from '../support/testI18n';
import { fakeMeasure, seedChecked } from './fixtures';

let seed: CheckedDataset;
beforeAll(async () => {
  seed = await seedChecked();
});

/** The relations quoted from the 2016 article only: 24 of them, few enough for a cited figure. */
/** The relations the 2016 article states (`hiddenTypes` hides some more, for a page that holds fewer). */
function algemeinerOnly(hiddenTypes: string[] = []) {
  const filters = { ...DEFAULT_FILTERS, hiddenDocuments: ['cdmedia-2021-10'], hiddenTypes };
  const visible = applyFilters(seed, filters);
  const summary = filterSummary(seed, { filters, focusHops: 0, focusSeeds: [] }, testFormatter);
  return { visible, content: figureContent(seed, visible, summary, testFormatter, { cited: true }) };
}

describe('the cited list', () => {
  it('numbers every shown relation once, by date, each with a quote, its outlet and its date', () => {
    const { visible, content } = algemeinerOnly();
    const cited = content.cited!;
    expect(visible.relationIndices.length).toBeLessThanOrEqual(CITED_MAX_RELATIONS);
    expect(cited.map((row) => row.relationId).sort()).toEqual(
      visible.relationIndices.map((index) => seed.dataset.relations[index]!.id).sort(),
    );
    for (const row of cited) {
      const relation = seed.dataset.relations[seed.relationIndexById.get(row.relationId)!]!;
      const quoted = relation.evidence.find((evidence) => row.text.includes(`“${evidence.quote}”`));
      expect(quoted, row.relationId).toBeDefined();
      const document = seed.documentsById.get(quoted!.document)!;
      expect(row.text).toContain(document.outlet);
      expect(row.text).toContain(testFormatter.partialDate(document.published));
      expect(row.text.startsWith(seed.actorsById.get(relation.source)!.name)).toBe(true);
    }
    // Dated by their first report: the 2016 article's relations come before those first reported in 2021.
    const firstReported = cited.map((row) => {
      const relation = seed.dataset.relations[seed.relationIndexById.get(row.relationId)!]!;
      return relation.evidence.map((evidence) => seed.documentsById.get(evidence.document)!.published).sort()[0]!;
    });
    expect([...firstReported].sort()).toEqual(firstReported);
    expect([...citedNumbers(cited)].map(([, number]) => number)).toEqual(cited.map((_, index) => index + 1));
  });

  it('says whose claim a quote is, marks a hedged or denied relation, and counts the quotes it leaves out', () => {
    const byId = (id: string) => citedRelations(seed, [seed.relationIndexById.get(id)!], testFormatter)[0]!.text;
    const attributed = seed.dataset.relations.find(
      (relation) => relation.evidence.length === 1 && relation.evidence[0]!.attributedTo !== undefined,
    )!;
    expect(byId(attributed.id)).toContain(
      `according to ${seed.actorsById.get(attributed.evidence[0]!.attributedTo!)!.name}`,
    );
    // Officially, Russia and Israel are neither allies nor strategic partners: a denial, and said to be one.
    expect(byId('russia-ally-israel')).toMatch(/^Russia – Israel: ally \(denied\) “Officially/);
    const several = seed.dataset.relations.find((relation) => relation.evidence.length === 3)!;
    expect(byId(several.id)).toMatch(/ and 2 more quotes in the data$/);
  });

  it('is listed under the graph: every number and every quote’s words, inside the figure’s width', () => {
    const { content } = algemeinerOnly();
    const layout = layoutFigure(content, { width: 900, height: 600 }, fakeMeasure);
    const below = layout.primitives.filter(
      (item) => item.kind === 'text' && item.y > layout.graph.y + layout.graph.height,
    );
    const texts = below.flatMap((item) => (item.kind === 'text' ? [item.text] : []));
    expect(texts).toContain('The quote behind each numbered relation');
    for (let number = 1; number <= content.cited!.length; number++) expect(texts).toContain(`${number}.`);
    const words = texts.join(' ').replace(/\s+/g, ' ');
    for (const row of content.cited!) expect(words).toContain(row.text.replace(/\s+/g, ' '));
  });

  it('is absent from a figure without quotes', () => {
    const visible = applyFilters(seed, DEFAULT_FILTERS);
    expect(figureContent(seed, visible, { text: '', slug: '' }, testFormatter).cited).toBeNull();
  });
});

/**
 * A painter that records what it was asked; the view draws only the first relation; the graph holds no number above
 * `holds` (all by default).
 */
function recordingPainter(firstRelation: string, holds = Infinity) {
  const calls: { which: string; labels: FigureLabels; fit?: { width: number; height: number } }[] = [];
  const area: GraphArea = { width: 600, height: 400, transform: { x: 0, y: 0, zoom: 1 } };
  const painter: GraphPainter = {
    area: (which, labels, fit) => {
      calls.push({ which, labels, ...(fit && { fit }) });
      const left = [...(labels.numbers?.values() ?? [])].filter((number) => number > holds).sort((a, b) => a - b);
      return Promise.resolve({ ...area, ...fit, ...(left.length > 0 && { unplacedNumbers: left }) });
    },
    graphShape: () => ({ width: 800, height: 500 }),
    drawnRelations: () => new Set([firstRelation]),
    paint: () => Promise.resolve(),
    svg: () => Promise.resolve('<svg/>'),
    nodePositions: () => new Map(),
  };
  return { painter, calls };
}

describe('planning a figure', () => {
  const request = (preset: ImageRequest['preset']): ImageRequest => ({
    preset,
    scale: 2,
    background: 'white',
    edgeLabels: true,
  });

  it('gives a page preset its exact pixels, fits the graph into the box the words leave, with the numbers', async () => {
    const { content } = algemeinerOnly();
    const { painter, calls } = recordingPainter(content.cited![0]!.relationId);
    const plan = await planFigure(painter, content, request('slide'), fakeMeasure);
    expect([plan.size.pixelWidth, plan.size.pixelHeight]).toEqual([1920, 1080]);
    expect(calls).toEqual([
      {
        which: 'whole',
        labels: { edgeLabels: true, numbers: citedNumbers(content.cited!), numberText: content.words.lineNumbers },
        fit: { width: plan.layout.graph.width, height: plan.layout.graph.height },
      },
    ]);
    expect(plan.layout.width * plan.size.scale).toBeCloseTo(1920, 6);
  });

  it('says under the graph which numbers the graph could not hold, with room for the line on a page', async () => {
    // Without the ties, so that an A4 page holds the graph, the list and the line.
    const { content } = algemeinerOnly(['member-of', 'leads', 'writes-for']);
    const total = content.cited!.length;
    const plain = await planFigure(recordingPainter('none').painter, content, request('a4Portrait'), fakeMeasure);
    const words = (plan: typeof plain) =>
      plan.layout.primitives.flatMap((item) => (item.kind === 'text' ? [item.text] : [])).join(' ');
    expect(words(plain)).not.toContain('could not be placed');
    const { painter, calls } = recordingPainter('none', total - 2);
    const plan = await planFigure(painter, content, request('a4Portrait'), fakeMeasure);
    expect(plan.content.unplacedNumbers).toEqual([total - 1, total]);
    expect(words(plan)).toContain(`Numbers ${total - 1} and ${total} could not be placed on the graph; see the list.`);
    // Laid out again with the line: the graph's box is the one the painter placed the numbers in.
    expect(calls.at(-1)!.fit).toEqual({ width: plan.layout.graph.width, height: plan.layout.graph.height });
    expect(plan.layout.graph.height).toBeLessThan(plain.layout.graph.height);
    const whole = await planFigure(recordingPainter('none', total - 1).painter, content, request('whole'), fakeMeasure);
    expect(words(whole)).toContain(`Number ${total} could not be placed on the graph; see the list.`);
  });

  it('writes a bundle’s numbers as runs', () => {
    const { content } = algemeinerOnly();
    expect(content.words.lineNumbers([9, 3, 4, 5])).toBe('3–5, 9');
    expect(content.words.lineNumbers([11, 12])).toBe('11, 12');
  });

  it('lists and numbers only the relations the current view draws', async () => {
    const { content } = algemeinerOnly();
    const first = content.cited![5]!.relationId;
    const { painter } = recordingPainter(first);
    const plan = await planFigure(painter, content, request('view'), fakeMeasure);
    expect(plan.content.cited!.map((row) => row.relationId)).toEqual([first]);
    expect(plan.labels.numbers).toEqual(new Map([[first, 1]]));
    expect([plan.size.pixelWidth, plan.size.pixelHeight]).toEqual([plan.layout.width * 2, plan.layout.height * 2]);
  });
});
