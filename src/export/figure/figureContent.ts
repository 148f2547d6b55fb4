// Pure: what a figure says besides the graph: title, what is shown, the legend of what is shown, the sources cited, the
// numbered quotes of a cited figure, and the words the layout puts around them, all in the reader's language.
import type { ClaimStatus } from '../../domain/claims';
import type { CheckedDataset } from '../../domain/model';
import type { Visibility } from '../../domain/query';
import { numberRuns } from '../../graph/numberRanges';
import { legendModel, visibleLegend, type LegendModel } from '../../graph/legend';
import type { Formatter } from '../../i18n/formatter';
import { citedDocuments } from '../citedDocuments';
import type { FilterSummary } from '../filterSummary';
import { CANVAS_LIMITS } from '../imageSize';
import { citedRelations, type CitedRelation } from './citedList';

/** The figure's own words, for the layout to place: headings, legend entries, the footer's overflow line. */
interface FigureWords {
  relationsHeading: string;
  actorsHeading: string;
  claimsHeading: string;
  /** "probable: only forecasts or beliefs state it" */
  markLabel(status: ClaimStatus): string;
  /** "Source" or "Sources", for this many. */
  sourcesHeading(count: number): string;
  /** "strikes (7)" */
  legendEntry(label: string, count: number): string;
  /** Said when the figure lists fewer sources than the data holds. */
  moreSources(count: number): string;
  citedHeading: string;
  /** "12." */
  citedNumber(number: number): string;
  /** A line's numbers on the graph: "3–5, 9". */
  lineNumbers(numbers: readonly number[]): string;
  /** Which numbers the graph could not hold: "Numbers 7 and 12 could not be placed on the graph; see the list." */
  unplacedNumbers(numbers: readonly number[]): string;
  /** Why a page preset cannot hold the figure. */
  noRoom: string;
  /** Said under a figure whose quotes and sources are set on the pages after it (the PDF). */
  listsFollow: string;
  /** Why there is no figure to draw: nothing is shown. */
  nothingVisible: string;
  /** Why a PNG cannot be drawn even at the smallest scale. */
  tooLarge: string;
  /** Why the browser gave no canvas to draw into, or no PNG out of it. */
  noCanvas: string;
  noEncoding: string;
  /** Why the image was drawn at a smaller scale than asked: the browser's limits, or its memory. */
  reducedScale(reduction: ScaleReduction): string;
  lowered(reduction: ScaleReduction): string;
}

/** A PNG drawn smaller than asked: the scale and pixel size asked for, and those drawn. */
export interface ScaleReduction {
  requested: number;
  requestedWidth: number;
  requestedHeight: number;
  scale: number;
  width: number;
  height: number;
}

export interface FigureContent {
  title: string;
  /** Counts and the active filters, e.g. "22 actors, 12 relations · relation types: strikes". */
  subtitle: string;
  /** What the legend explains: only what the figure shows. */
  legend: LegendModel;
  /** One line per document behind the visible relations: outlet, title, author, date. */
  citations: string[];
  /** A cited figure's numbered relations, in their numbers' order (from 1); null for a figure without quotes. */
  cited: CitedRelation[] | null;
  /** A cited figure's numbers that found no place on its graph (the figure's size decides), said under the graph. */
  unplacedNumbers?: readonly number[];
  /** The last line: where the figure's data comes from. */
  credit: string;
  /** The numbered quotes and the sources are set on the pages after the figure (the PDF), not under it. */
  listsFollow?: boolean;
  words: FigureWords;
}

/**
 * What the user chose in the export menu. Sections other features add to a figure (an as-of date, a path) come as
 * further optional fields here and in FigureContent, which the layout places when present.
 */
export interface FigureOptions {
  /** Replaces the default title and subtitle (figureHeadings) when given. */
  title?: string;
  subtitle?: string;
  /** Number each shown relation on its edge and list its quotes under the graph. */
  cited?: boolean;
  /** The quotes and the sources follow on pages of their own (the PDF): the figure only says so. */
  listsFollow?: boolean;
}

export function figureWords(format: Formatter): FigureWords {
  return {
    relationsHeading: format.t('figure.legend.relations'),
    actorsHeading: format.t('figure.legend.actors'),
    claimsHeading: format.t('figure.legend.claims'),
    markLabel: (status) =>
      format.t('figure.legend.mark', {
        status: format.t(`claims.status.${status}`),
        meaning: format.t(`claims.meaning.${status}`),
      }),
    sourcesHeading: (count) => format.t('figure.sources', { count }),
    legendEntry: (label, count) => format.t('common.labelWithCount', { label, count }),
    moreSources: (count) => format.t('figure.sources.more', { count }),
    citedHeading: format.t('figure.cited.heading'),
    citedNumber: (number) => format.t('figure.cited.number', { number }),
    lineNumbers: (numbers) =>
      numberRuns(numbers)
        .map(({ from, to }) => (from === to ? format.number(from) : format.t('figure.cited.range', { from, to })))
        .join(format.t('figure.cited.separator')),
    unplacedNumbers: (numbers) =>
      format.t('figure.cited.unplaced', {
        count: numbers.length,
        numbers: format.list(numbers.map((number) => format.number(number))),
      }),
    noRoom: format.t('figure.noRoom'),
    listsFollow: format.t('figure.listsFollow'),
    nothingVisible: format.t('figure.nothingVisible'),
    tooLarge: format.t('figure.tooLarge'),
    noCanvas: format.t('figure.noCanvas'),
    noEncoding: format.t('figure.noEncoding'),
    reducedScale: (reduction) =>
      format.t('figure.reducedScale', {
        ...reduction,
        maxSide: CANVAS_LIMITS.maxSide,
        maxMegapixels: Math.round(CANVAS_LIMITS.maxArea / 1e6),
      }),
    lowered: (reduction) => format.t('figure.lowered', { ...reduction }),
  };
}

/** The default title and subtitle: the dataset's title; what is shown and under which filters. */
export function figureHeadings(
  checked: CheckedDataset,
  visible: Visibility,
  summary: FilterSummary,
  format: Formatter,
): { title: string; subtitle: string } {
  const shown = format.t('figure.shown', { actors: visible.actorIds.size, relations: visible.relationIndices.length });
  return { title: checked.dataset.title, subtitle: summary.text === '' ? shown : `${shown} · ${summary.text}` };
}

export function figureContent(
  checked: CheckedDataset,
  visible: Visibility,
  summary: FilterSummary,
  format: Formatter,
  options: FigureOptions = {},
): FigureContent {
  const citations = citedDocuments(checked, visible).map((document) =>
    format.t(document.author ? 'figure.citation.withAuthor' : 'figure.citation', {
      outlet: document.outlet,
      title: document.title,
      author: document.author,
      published: format.partialDate(document.published),
    }),
  );

  const headings = figureHeadings(checked, visible, summary, format);
  return {
    title: options.title ?? headings.title,
    subtitle: options.subtitle ?? headings.subtitle,
    legend: visibleLegend(legendModel(checked, visible)),
    citations,
    cited: options.cited ? citedRelations(checked, visible.relationIndices, format) : null,
    credit: format.t('figure.credit', { title: checked.dataset.title, id: checked.dataset.id }),
    ...(options.listsFollow && { listsFollow: true }),
    words: figureWords(format),
  };
}
