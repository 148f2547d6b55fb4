// Pure: places the title, the graph, the legend (a column on the right) and the sources (a footer) in CSS pixels.
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

export function layoutFigure(
  content: FigureContent,
  graphSize: { width: number; height: number },
  measure: MeasureText,
): FigureLayout {
  const S = FIGURE_STYLE;
  const primitives: Primitive[] = [];
  const text = (x: number, y: number, value: string, font: FontSpec, color: string = S.ink) =>
    primitives.push({ kind: 'text', x, y, text: value, font, color });

  const { words, legend: model } = content;
  const labels: LegendLabels = {
    relation: (entry) => words.legendEntry(entry.label, entry.visible),
    mark: (entry) => words.legendEntry(words.markLabel(entry.status), entry.visible),
    kind: (entry) => entry.label,
  };
  const widest = Math.max(
    measure(words.relationsHeading, S.heading),
    measure(words.claimsHeading, S.heading),
    measure(words.actorsHeading, S.heading),
    ...model.relations.map((entry) => EDGE_SWATCH.width + 8 + measure(labels.relation(entry), S.legendItem)),
    ...model.marks.map((entry) => EDGE_SWATCH.width + 8 + measure(labels.mark(entry), S.legendItem)),
    ...model.kinds.map((entry) => EDGE_SWATCH.width + 8 + measure(labels.kind(entry), S.legendItem)),
  );
  const legendWidth = Math.ceil(Math.min(S.legendWidth.max, Math.max(S.legendWidth.min, widest)));
  const width = Math.ceil(Math.max(S.minWidth, S.margin + graphSize.width + S.gap * 2 + legendWidth + S.margin));
  const contentWidth = width - 2 * S.margin;

  // Title and subtitle.
  let y = S.margin;
  for (const line of wrapText(content.title, contentWidth, S.title, measure)) {
    y += lineHeight(S.title);
    text(S.margin, y - 6, line, S.title);
  }
  for (const line of wrapText(content.subtitle, contentWidth, S.subtitle, measure)) {
    y += lineHeight(S.subtitle);
    text(S.margin, y - 4, line, S.subtitle, S.muted);
  }
  y += S.gap;

  const graph: Box = { x: S.margin, y, width: graphSize.width, height: graphSize.height };
  const legend = layoutLegend(
    content,
    { x: width - S.margin - legendWidth, y, width: legendWidth },
    measure,
    primitives,
    labels,
  );
  y += Math.max(graph.height, legend.height) + S.gap;

  // Footer: the sources behind the visible relations, then where the data comes from.
  primitives.push({ kind: 'line', x1: S.margin, y1: y, x2: width - S.margin, y2: y, color: '#c9c9c4', width: 1 });
  y += 4;
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
  return { width, height: Math.ceil(y + S.margin), graph, legend, primitives };
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
