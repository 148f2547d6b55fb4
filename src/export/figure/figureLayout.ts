// Pure: places the title, the graph, the legend (a column on the right), the cited quotes and the sources (a footer) in
// CSS pixels: around a graph of a given size, or on a page of a fixed size with the graph in the room left.
import type { KindEntry, MarkEntry, RelationEntry } from '../../graph/legend';
import type { FigureContent } from './figureContent';
import type { PageBox, FontSpec, MeasureText, Primitive } from './primitives';
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
  /** A cited figure's numbers, and the narrowest column its quotes are listed in. */
  citedNumber: { size: 12, bold: true },
  citedColumn: 320,
  citedSpacing: 4,
} as const;

const lineHeight = (font: FontSpec) => Math.round(font.size * 1.35);

export interface FigureLayout {
  width: number;
  height: number;
  /** Where the graph image goes. */
  graph: PageBox;
  legend: PageBox;
  primitives: Primitive[];
}

/** A legend taller than the page's room beside the graph flows into this many columns at most. */
const MAX_LEGEND_COLUMNS = 3;

interface Arrangement {
  graph: PageBox;
  legend: PageBox;
  primitives: Primitive[];
  fits: boolean;
}

/** The legend right of the graph, in as many columns as it needs to fit the room's height (a landscape page is short). */
function legendBeside(
  content: FigureContent,
  page: { width: number },
  top: number,
  room: number,
  legendWidth: number,
  measure: MeasureText,
  labels: LegendLabels,
): Arrangement {
  const S = FIGURE_STYLE;
  let legend: PageBox = { x: 0, y: 0, width: 0, height: Infinity };
  let primitives: Primitive[] = [];
  // Beside the graph, the legend takes half the page at most.
  const widest = Math.max(1, Math.floor((page.width / 2 + S.gap) / (legendWidth + S.gap)));
  for (let columns = 1; columns <= Math.min(MAX_LEGEND_COLUMNS, widest) && legend.height > room; columns++) {
    primitives = [];
    const width = columns * legendWidth + (columns - 1) * S.gap;
    legend = layoutLegend(
      content,
      { x: page.width - S.margin - width, y: top, width: legendWidth },
      measure,
      primitives,
      labels,
      columns,
    );
  }
  const graph: PageBox = {
    x: S.margin,
    y: top,
    width: Math.max(0, Math.floor(page.width - 2 * S.margin - 2 * S.gap - legend.width)),
    height: Math.max(0, room),
  };
  return { graph, legend, primitives, fits: legend.height <= room };
}

/** The legend under the graph, across the page in as many columns as fit (a portrait page is narrow). */
function legendBelow(
  content: FigureContent,
  page: { width: number },
  top: number,
  room: number,
  legendWidth: number,
  measure: MeasureText,
  labels: LegendLabels,
): Arrangement {
  const S = FIGURE_STYLE;
  const contentWidth = page.width - 2 * S.margin;
  const columns = Math.max(1, Math.floor((contentWidth + S.gap) / (legendWidth + S.gap)));
  const measured = layoutLegend(content, { x: S.margin, y: 0, width: legendWidth }, measure, [], labels, columns);
  const graphHeight = Math.max(0, Math.floor(room - measured.height - S.gap));
  const primitives: Primitive[] = [];
  const legend = layoutLegend(
    content,
    { x: S.margin, y: top + graphHeight + S.gap, width: legendWidth },
    measure,
    primitives,
    labels,
    columns,
  );
  const graph: PageBox = { x: S.margin, y: top, width: Math.max(0, Math.floor(contentWidth)), height: graphHeight };
  return { graph, legend, primitives, fits: graphHeight > 0 };
}

/** A figure laid out on a page of a fixed size: the graph gets what the words leave. */
interface FixedFigureLayout extends FigureLayout {
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
  if (content.listsFollow) {
    for (const line of wrapText(words.listsFollow, contentWidth, S.citation, measure)) {
      y += lineHeight(S.citation);
      text(S.margin, y - 3, line, S.citation);
    }
    return creditLines(content, y + 6, contentWidth, measure, text);
  }
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
  return creditLines(content, y + 6, contentWidth, measure, text);
}

/** The credit line(s) from `top`; returns where they end. */
function creditLines(content: FigureContent, top: number, width: number, measure: MeasureText, text: Place): number {
  const S = FIGURE_STYLE;
  let y = top;
  for (const line of wrapText(content.credit, width, S.credit, measure)) {
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
  const numberWidth = measure(content.words.citedNumber(cited.length), S.citedNumber) + 6;
  const lineStep = lineHeight(S.citation);
  const items = cited.map((row, index) => {
    const lines = wrapText(row.text, columnWidth - numberWidth, S.citation, measure);
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
    item.lines.forEach((line, at) => {
      y += lineStep;
      if (at === 0)
        primitives.push({ kind: 'text', x, y: y - 3, text: item.number, font: S.citedNumber, color: S.ink });
      primitives.push({ kind: 'text', x: x + numberWidth, y: y - 3, text: line, font: S.citation, color: S.ink });
    });
    y += S.citedSpacing;
    bottom = Math.max(bottom, y);
  }
  return bottom;
}

/** The lines naming the numbers a graph `width` wide could not hold, in the figure's type. */
const unplacedLines = (content: FigureContent, numbers: readonly number[], width: number, measure: MeasureText) =>
  numbers.length > 0 ? wrapText(content.words.unplacedNumbers(numbers), width, FIGURE_STYLE.citation, measure) : [];

/**
 * The room to keep under a graph `width` wide for the line that names the numbers it could not hold, as long as the
 * longest such line (every number), so that the room does not change with what the graph then holds.
 */
export function unplacedRoom(content: FigureContent, width: number, measure: MeasureText): number {
  const all = (content.cited ?? []).map((_, index) => index + 1);
  return unplacedLines(content, all, width, measure).length * lineHeight(FIGURE_STYLE.citation) + 4;
}

/**
 * Writes, at the bottom of the layout's graph box, the line naming the numbers the graph could not hold
 * (content.unplacedNumbers), in `room` CSS pixels taken from the box; the graph keeps the rest.
 */
export function withUnplacedLine(
  layout: FigureLayout,
  content: FigureContent,
  room: number,
  measure: MeasureText,
): FigureLayout {
  if (room <= 0) return layout;
  const graph = { ...layout.graph, height: layout.graph.height - room };
  const step = lineHeight(FIGURE_STYLE.citation);
  const lines = unplacedLines(content, content.unplacedNumbers ?? [], graph.width, measure);
  const primitives = lines.map((line, index): Primitive => ({
    kind: 'text',
    x: graph.x,
    y: graph.y + graph.height + 4 + (index + 1) * step - 3,
    text: line,
    font: FIGURE_STYLE.citation,
    color: FIGURE_STYLE.muted,
  }));
  return { ...layout, graph, primitives: [...layout.primitives, ...primitives] };
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
  const graph: PageBox = { x: S.margin, y: top, width: graphSize.width, height: graphSize.height };
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

/**
 * The figure on a page of `page` CSS pixels: the title above, the footer at the bottom, the graph in what is left, the
 * legend beside it or under it, whichever draws a graph of `shape` (graph units) the larger.
 */
export function layoutFixedFigure(
  content: FigureContent,
  page: { width: number; height: number },
  shape: { width: number; height: number },
  measure: MeasureText,
): FixedFigureLayout {
  const S = FIGURE_STYLE;
  const primitives: Primitive[] = [];
  const labels = legendLabels(content);
  const legendWidth = legendWidthOf(content, labels, measure);
  const top = layoutHeader(content, page.width, measure, placer(primitives));
  const footerHeight = layoutFooter(content, 0, page.width, measure, []);
  const footerTop = page.height - S.margin - footerHeight;
  const room = Math.floor(footerTop - S.gap - top);
  const arrangements = [
    legendBeside(content, page, top, room, legendWidth, measure, labels),
    legendBelow(content, page, top, room, legendWidth, measure, labels),
  ];
  const fitting = arrangements.filter((arrangement) => arrangement.fits);
  // The arrangement that draws the graph the largest: its box's zoom for the graph's shape.
  const zoomOf = ({ graph }: Arrangement) => Math.min(graph.width / shape.width, graph.height / shape.height);
  const best = (fitting.length > 0 ? fitting : arrangements).reduce((a, b) => (zoomOf(b) > zoomOf(a) ? b : a));
  primitives.push(...best.primitives);
  const { graph, legend } = best;
  layoutFooter(content, footerTop, page.width, measure, primitives);
  const wordsFit = best.fits && graph.height > 0 && graph.width > 0;
  return { width: page.width, height: page.height, graph, legend, primitives, wordsFit };
}

interface LegendLabels {
  relation(entry: RelationEntry): string;
  mark(entry: MarkEntry): string;
  kind(entry: KindEntry): string;
}

/** One line of the legend: a section's heading or an entry with its swatch, drawn at a column's x and a y. */
interface LegendRow {
  heading: boolean;
  height: number;
  draw(x: number, y: number, primitives: Primitive[]): void;
}

function legendRows(content: FigureContent, width: number, measure: MeasureText, labels: LegendLabels): LegendRow[] {
  const S = FIGURE_STYLE;
  const rowHeight = 24;
  const rows: LegendRow[] = [];
  const heading = (value: string) =>
    rows.push({
      heading: true,
      height: lineHeight(S.heading) + 4,
      draw: (x, y, primitives) =>
        primitives.push({
          kind: 'text',
          x,
          y: y + lineHeight(S.heading) - 4,
          text: value,
          font: S.heading,
          color: S.ink,
        }),
    });
  const entry = (value: string, swatch: (x: number, y: number) => Primitive[]) => {
    const offset = EDGE_SWATCH.width + 8;
    const lines = wrapText(value, width - offset, S.legendItem, measure);
    rows.push({
      heading: false,
      height: Math.max(rowHeight, 4 + lines.length * lineHeight(S.legendItem)),
      draw: (x, y, primitives) => {
        primitives.push(...swatch(x, y + 1));
        lines.forEach((line, index) =>
          primitives.push({
            kind: 'text',
            x: x + offset,
            y: y + 15 + index * lineHeight(S.legendItem),
            text: line,
            font: S.legendItem,
            color: S.ink,
          }),
        );
      },
    });
  };
  const { legend, words } = content;
  if (legend.relations.length > 0) {
    heading(words.relationsHeading);
    for (const item of legend.relations) entry(labels.relation(item), (x, y) => edgeSwatch(item.style, x, y));
  }
  if (legend.marks.length > 0) {
    heading(words.claimsHeading);
    for (const item of legend.marks) entry(labels.mark(item), (x, y) => markSwatch(item.mark, x, y));
  }
  if (legend.kinds.length > 0) {
    heading(words.actorsHeading);
    for (const item of legend.kinds)
      entry(labels.kind(item), (x, y) => nodeSwatch(item.style, x + (EDGE_SWATCH.width - NODE_SWATCH.width) / 2, y));
  }
  return rows;
}

/** Room above a section's heading, except at the top of a column. */
const SECTION_GAP = 8;

/**
 * The legend in `columns` columns of `width`, read down then across, each about as tall as the whole divided by the
 * columns; a heading never ends a column. Returns the box it takes.
 */
function layoutLegend(
  content: FigureContent,
  at: { x: number; y: number; width: number },
  measure: MeasureText,
  primitives: Primitive[],
  labels: LegendLabels,
  columns = 1,
): PageBox {
  const rows = legendRows(content, at.width, measure, labels);
  const total = rows.reduce((sum, row) => sum + row.height + (row.heading ? SECTION_GAP : 0), 0);
  const target = total / columns;
  let column = 0;
  let y = 0;
  let height = 0;
  rows.forEach((row, index) => {
    const next = rows[index + 1];
    const needed = row.height + (row.heading && next ? next.height : 0);
    if (y > 0 && y + needed > target + 1 && column < columns - 1) {
      column++;
      y = 0;
    }
    if (row.heading && y > 0) y += SECTION_GAP;
    row.draw(at.x + column * (at.width + FIGURE_STYLE.gap), at.y + y, primitives);
    y += row.height;
    height = Math.max(height, y);
  });
  return { x: at.x, y: at.y, width: columns * at.width + (columns - 1) * FIGURE_STYLE.gap, height };
}
