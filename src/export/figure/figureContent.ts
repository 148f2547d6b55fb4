// Pure: what a figure says besides the graph: title, what is shown, the legend of what is shown, the sources cited,
// and the words the layout puts around them, all in the reader's language.
import type { ActorKind, CheckedDataset } from '../../domain/model';
import type { Visibility } from '../../domain/query';
import { ACTOR_KIND_STYLES, relationStyle, type ActorKindStyle, type RelationStyle } from '../../graph/palette';
import type { Formatter } from '../../i18n/formatter';
import type { FilterSummary } from '../filterSummary';

export interface RelationLegendEntry {
  id: string;
  label: string;
  directed: boolean;
  count: number;
  style: RelationStyle;
}

export interface KindLegendEntry {
  kind: ActorKind;
  label: string;
  style: ActorKindStyle;
}

/** The figure's own words, for the layout to place: headings, legend entries, the footer's overflow line. */
interface FigureWords {
  relationsHeading: string;
  actorsHeading: string;
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
  relations: RelationLegendEntry[];
  kinds: KindLegendEntry[];
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
  const counts = new Map<string, number>();
  const cited = new Set<string>();
  for (const index of visible.relationIndices) {
    const relation = dataset.relations[index];
    if (!relation) continue;
    counts.set(relation.type, (counts.get(relation.type) ?? 0) + 1);
    for (const evidence of relation.evidence) cited.add(evidence.document);
  }

  const relations = [...checked.relationTypes.values()]
    .filter((type) => counts.has(type.id))
    .map((type) => ({
      id: type.id,
      label: type.label,
      directed: type.directed,
      count: counts.get(type.id) ?? 0,
      style: relationStyle(type),
    }));

  const shownKinds = new Set<string>();
  for (const actorId of visible.actorIds) {
    const kind = checked.actorsById.get(actorId)?.kind;
    if (kind) shownKinds.add(kind);
  }
  const kinds = (Object.entries(ACTOR_KIND_STYLES) as [ActorKind, ActorKindStyle][])
    .filter(([kind]) => shownKinds.has(kind))
    .map(([kind, style]) => ({ kind, label: style.label, style }));

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
    relations,
    kinds,
    citations,
    credit: format.t('figure.credit', { title: dataset.title, id: dataset.id }),
    words: figureWords(format),
  };
}
