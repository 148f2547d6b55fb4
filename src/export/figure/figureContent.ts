// Pure: what a figure says besides the graph: title, what is shown, the legend of what is shown, the sources cited,
// and the words the layout puts around them, all in the reader's language.
import type { ClaimStatus } from '../../domain/claims';
import type { CheckedDataset } from '../../domain/model';
import type { Visibility } from '../../domain/query';
import { legendModel, visibleLegend, type LegendModel } from '../../graph/legend';
import type { Formatter } from '../../i18n/formatter';
import type { FilterSummary } from '../filterSummary';

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
}

export interface FigureContent {
  title: string;
  /** Counts and the active filters, e.g. "22 actors, 12 relations · relation types: strikes". */
  subtitle: string;
  /** What the legend explains: only what the figure shows. */
  legend: LegendModel;
  /** One line per document behind the visible relations: outlet, title, author, date. */
  citations: string[];
  /** The last line: where the figure's data comes from. */
  credit: string;
  words: FigureWords;
}

function figureWords(format: Formatter): FigureWords {
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
  };
}

export function figureContent(
  checked: CheckedDataset,
  visible: Visibility,
  summary: FilterSummary,
  format: Formatter,
): FigureContent {
  const { dataset } = checked;
  const cited = new Set<string>();
  for (const index of visible.relationIndices)
    for (const evidence of dataset.relations[index]?.evidence ?? []) cited.add(evidence.document);

  const citations = dataset.documents
    .filter((document) => cited.has(document.id))
    .sort(
      (a, b) =>
        a.published.localeCompare(b.published) ||
        a.outlet.localeCompare(b.outlet) ||
        a.title.localeCompare(b.title) ||
        a.id.localeCompare(b.id),
    )
    .map((document) =>
      format.t(document.author ? 'figure.citation.withAuthor' : 'figure.citation', {
        outlet: document.outlet,
        title: document.title,
        author: document.author,
        published: format.partialDate(document.published),
      }),
    );

  const shown = format.t('figure.shown', { actors: visible.actorIds.size, relations: visible.relationIndices.length });
  return {
    title: dataset.title,
    subtitle: summary.text === '' ? shown : `${shown} · ${summary.text}`,
    legend: visibleLegend(legendModel(checked, visible)),
    citations,
    credit: format.t('figure.credit', { title: dataset.title, id: dataset.id }),
    words: figureWords(format),
  };
}
