// Pure: places the title, the graph, the legend (a column on the right), the cited quotes and the sources (a footer) in
// CSS pixels: around a graph of a given size, or on a page of a fixed size with the graph in the room left.
import type { KindEntry, MarkEntry, RelationEntry } from '../../graph/legend';
import type { FigureContent } from './figureContent';
import type { Box, FontSpec, MeasureText, Primitive } from './primitives';
import { EDGE_SWATCH, edgeSwatch, markSwatch, NODE_SWATCH, nodeSwatch } from '../../graph/legendSwatches';
import { wrapText } from './wrapText';

export const FIGURE_STYLE = {
  margin: 24,
  gap: 16,
  title: { size: 22, bold: true },
  subtitle: { size: 14 },
  heading: { size: 14, bold: true },
  legendItem: { size: 13 },
  citation: { size: 12 },
  credit: { size: 11 },
  ink: '#1a1a1a',
  muted: '#555555',
  /** The legend column is as wide as its widest entry, within these bounds. */
  legendWidth: { min: 170, max: 300 },
  minWidth: 520,
  /** A figure lists at most this many sources; the data exports hold them all. */
  maxCitations: 300,
  /** A cited figure's numbered relation, and the narrowest column its quotes are listed in. */
  citedHeading: { size: 12, bold: true },
  citedColumn: 360,
  citedSpacing: 6,
} as const;

const lineHeight = (font: FontSpec) => Math.round(font.size * 1.35);

export interface FigureLayout {
  width: number;
  height: number;
  /** Where the graph image goes. */
  graph: Box;
  legend: Box;
  primitives: Primitive[];
}

/** A figure laid out on a page of a fixed size: the graph gets what the words leave. */
export interface FixedFigureLayout extends FigureLayout {
  /** False when the legend or the footer do not fit on the page (the graph box is then too small to use). */
  wordsFit: boolean;
}

type Place = (x: number, y: number, value: string, font: FontSpec, color?: string) => void;

function placer(primitives: Primitive[]): Place {
  return (x, y, value, font, color = FIGURE_STYLE.ink) =>
    primitives.push({ kind: 'text', x, y, text: value, font, color });
}

function legendLabels(content: FigureContent): LegendLabels {
  const { words } = content;
  return {
    relation: (entry) => words.legendEntry(entry.label, entry.visible),
    mark: (entry) => words.legendEntry(words.markLabel(entry.status), entry.visible),
    kind: (entry) => entry.label,
  };
}

/** The legend column is as wide as its widest entry, within FIGURE_STYLE.legendWidth. */
function legendWidthOf(content: FigureContent, labels: LegendLabels, measure: MeasureText): number {
  const S = FIGURE_STYLE;
  const { words, legend: model } = content;
  const widest = Math.max(
    measure(words.relationsHeading, S.heading),
    measure(words.claimsHeading, S.heading),
    measure(words.actorsHeading, S.heading),
    ...model.relations.map((entry) => EDGE_SWATCH.width + 8 + measure(labels.relation(entry), S.legendItem)),
    ...model.marks.map((entry) => EDGE_SWATCH.width + 8 + measure(labels.mark(entry), S.legendItem)),
    ...model.kinds.map((entry) => EDGE_SWATCH.width + 8 + measure(labels.kind(entry), S.legendItem)),
  );
  return Math.ceil(Math.min(S.legendWidth.max, Math.max(S.legendWidth.min, widest)));
}

/** Title and subtitle from the top margin; returns where the graph may start. */
function layoutHeader(content: FigureContent, width: number, measure: MeasureText, text: Place): number {
  const S = FIGURE_STYLE;
  const contentWidth = width - 2 * S.margin;
  let y = S.margin;
  for (const line of wrapText(content.title, contentWidth, S.title, measure)) {
    y += lineHeight(S.title);
    text(S.margin, y - 6, line, S.title);
  }
  for (const line of wrapText(content.subtitle, contentWidth, S.subtitle, measure)) {
    y += lineHeight(S.subtitle);
    text(S.margin, y - 4, line, S.subtitle, S.muted);
  }
  return y + S.gap;
}

/** The footer from `top`: a rule, the cited quotes, the sources, the credit; returns where it ends. */
function layoutFooter(
  content: FigureContent,
  top: number,
  width: number,
  measure: MeasureText,
  primitives: Primitive[],
): number {
  const S = FIGURE_STYLE;
  const text = placer(primitives);
  const { words } = content;
  const contentWidth = width - 2 * S.margin;
  let y = top;
  primitives.push({ kind: 'line', x1: S.margin, y1: y, x2: width - S.margin, y2: y, color: '#c9c9c4', width: 1 });
  y += 4;
  if (content.cited !== null && content.cited.length > 0) {
    y += lineHeight(S.heading);
    text(S.margin, y - 4, words.citedHeading, S.heading);
    y = layoutCited(content, y + 2, width, measure, primitives) + S.gap / 2;
  }
  y += lineHeight(S.heading);
  text(S.margin, y - 4, words.sourcesHeading(content.citations.length), S.heading);
  const listed = content.citations.slice(0, S.maxCitations);
  const numberWidth = measure(`${listed.length}.`, S.citation) + 6;
  listed.forEach((citation, index) => {
    wrapText(citation, contentWidth - numberWidth, S.citation, measure).forEach((line, at) => {
      y += lineHeight(S.citation);
      if (at === 0) text(S.margin, y - 3, `${index + 1}.`, S.citation, S.muted);
      text(S.margin + numberWidth, y - 3, line, S.citation);
    });
  });
  if (content.citations.length > listed.length) {
    y += lineHeight(S.citation);
    text(S.margin, y - 3, words.moreSources(content.citations.length - listed.length), S.citation, S.muted);
  }
  y += 6;
  for (const line of wrapText(content.credit, contentWidth, S.credit, measure)) {
    y += lineHeight(S.credit);
    text(S.margin, y - 3, line, S.credit, S.muted);
  }
  return y;
}

/**
 * The numbered relations and their quotes, in as many balanced columns as the width holds (each at least
 * FIGURE_STYLE.citedColumn wide), read down then across; returns where the longest column ends.
 */
function layoutCited(
  content: FigureContent,
  top: number,
  width: number,
  measure: MeasureText,
  primitives: Primitive[],
): number {
  const S = FIGURE_STYLE;
  const cited = content.cited ?? [];
  const contentWidth = width - 2 * S.margin;
  const columns = Math.max(1, Math.min(3, Math.floor((contentWidth + S.gap) / (S.citedColumn + S.gap))));
  const columnWidth = (contentWidth - (columns - 1) * S.gap) / columns;
  const numberWidth = measure(content.words.citedNumber(cited.length), S.citedHeading) + 6;
  const lineStep = lineHeight(S.citation);
  const items = cited.map((row, index) => {
    const lines = [
      ...wrapText(row.heading, columnWidth - numberWidth, S.citedHeading, measure).map((line) => ({
        line,
        font: S.citedHeading,
      })),
      ...row.quotes.flatMap((quote) =>
        wrapText(quote, columnWidth - numberWidth, S.citation, measure).map((line) => ({ line, font: S.citation })),
      ),
    ];
    return { number: content.words.citedNumber(index + 1), lines, height: lines.length * lineStep + S.citedSpacing };
  });
  const total = items.reduce((sum, item) => sum + item.height, 0);
  const target = total / columns;
  let column = 0;
  let y = top;
  let bottom = top;
  for (const item of items) {
    if (y > top && y - top + item.height > target + lineStep && column < columns - 1) {
      column++;
      y = top;
    }
    const x = S.margin + column * (columnWidth + S.gap);
    item.lines.forEach(({ line, font }, at) => {
      y += lineStep;
      if (at === 0)
        primitives.push({ kind: 'text', x, y: y - 3, text: item.number, font: S.citedHeading, color: S.ink });
      primitives.push({ kind: 'text', x: x + numberWidth, y: y - 3, text: line, font, color: S.ink });
    });
    y += S.citedSpacing;
    bottom = Math.max(bottom, y);
  }
  return bottom;
}

/** The figure sized by its graph: the graph as large as `graphSize`, the words around it. */
export function layoutFigure(
  content: FigureContent,
  graphSize: { width: number; height: number },
  measure: MeasureText,
): FigureLayout {
  const S = FIGURE_STYLE;
  const primitives: Primitive[] = [];
  const labels = legendLabels(content);
  const legendWidth = legendWidthOf(content, labels, measure);
  const width = Math.ceil(Math.max(S.minWidth, S.margin + graphSize.width + S.gap * 2 + legendWidth + S.margin));
  const top = layoutHeader(content, width, measure, placer(primitives));
  const graph: Box = { x: S.margin, y: top, width: graphSize.width, height: graphSize.height };
  const legend = layoutLegend(
    content,
    { x: width - S.margin - legendWidth, y: top, width: legendWidth },
    measure,
    primitives,
    labels,
  );
  const end = layoutFooter(content, top + Math.max(graph.height, legend.height) + S.gap, width, measure, primitives);
  return { width, height: Math.ceil(end + S.margin), graph, legend, primitives };
}

/** The figure on a page of `page` CSS pixels: the title above, the footer at the bottom, the graph in what is left. */
export function layoutFixedFigure(
  content: FigureContent,
  page: { width: number; height: number },
  measure: MeasureText,
): FixedFigureLayout {
  const S = FIGURE_STYLE;
  const primitives: Primitive[] = [];
  const labels = legendLabels(content);
  const legendWidth = legendWidthOf(content, labels, measure);
  const top = layoutHeader(content, page.width, measure, placer(primitives));
  const footerHeight = layoutFooter(content, 0, page.width, measure, []);
  const footerTop = page.height - S.margin - footerHeight;
  const graph: Box = {
    x: S.margin,
    y: top,
    width: Math.max(0, Math.floor(page.width - 2 * S.margin - 2 * S.gap - legendWidth)),
    height: Math.max(0, Math.floor(footerTop - S.gap - top)),
  };
  const legend = layoutLegend(
    content,
    { x: page.width - S.margin - legendWidth, y: top, width: legendWidth },
    measure,
    primitives,
    labels,
  );
  layoutFooter(content, footerTop, page.width, measure, primitives);
  const wordsFit = graph.height > 0 && graph.width > 0 && legend.height <= footerTop - S.gap - top;
  return { width: page.width, height: page.height, graph, legend, primitives, wordsFit };
}

interface LegendLabels {
  relation(entry: RelationEntry): string;
  mark(entry: MarkEntry): string;
  kind(entry: KindEntry): string;
}

function layoutLegend(
  content: FigureContent,
  at: { x: number; y: number; width: number },
  measure: MeasureText,
  primitives: Primitive[],
  labels: LegendLabels,
): Box {
  const S = FIGURE_STYLE;
  const rowHeight = 24;
  let y = at.y;
  let sections = 0;
  const heading = (value: string) => {
    if (sections++ > 0) y += 8;
    y += lineHeight(S.heading);
    primitives.push({ kind: 'text', x: at.x, y: y - 4, text: value, font: S.heading, color: S.ink });
    y += 4;
  };
  const label = (value: string, x: number) => {
    const lines = wrapText(value, at.x + at.width - x, S.legendItem, measure);
    lines.forEach((line, index) =>
      primitives.push({
        kind: 'text',
        x,
        y: y + 15 + index * lineHeight(S.legendItem),
        text: line,
        font: S.legendItem,
        color: S.ink,
      }),
    );
    y += Math.max(rowHeight, 4 + lines.length * lineHeight(S.legendItem));
  };
  const { legend, words } = content;
  const labelX = at.x + EDGE_SWATCH.width + 8;
  if (legend.relations.length > 0) {
    heading(words.relationsHeading);
    for (const entry of legend.relations) {
      primitives.push(...edgeSwatch(entry.style, at.x, y + 1));
      label(labels.relation(entry), labelX);
    }
  }
  if (legend.marks.length > 0) {
    heading(words.claimsHeading);
    for (const entry of legend.marks) {
      primitives.push(...markSwatch(entry.mark, at.x, y + 1));
      label(labels.mark(entry), labelX);
    }
  }
  if (legend.kinds.length > 0) {
    heading(words.actorsHeading);
    for (const entry of legend.kinds) {
      primitives.push(...nodeSwatch(entry.style, at.x + (EDGE_SWATCH.width - NODE_SWATCH.width) / 2, y + 1));
      label(labels.kind(entry), labelX);
    }
  }
  return { x: at.x, y: at.y, width: at.width, height: y - at.y };
}
