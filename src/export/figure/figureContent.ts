// Pure: what a figure says besides the graph: title, what is shown, the legend of what is shown, and the sources cited.
import { formatPartialDate } from '../../domain/dates';
import type { ActorKind, CheckedDataset } from '../../domain/model';
import type { Visibility } from '../../domain/query';
import { ACTOR_KIND_STYLES, relationStyle, type ActorKindStyle, type RelationStyle } from '../../graph/palette';
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
}

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

export function figureContent(checked: CheckedDataset, visible: Visibility, summary: FilterSummary): FigureContent {
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
      [document.outlet, `“${document.title}”`, document.author, formatPartialDate(document.published)]
        .filter(Boolean)
        .join(', '),
    );

  const shown = `${plural(visible.actorIds.size, 'actor', 'actors')}, ${plural(visible.relationIndices.length, 'relation', 'relations')}`;
  return {
    title: dataset.title,
    subtitle: summary.text === '' ? shown : `${shown} · ${summary.text}`,
    relations,
    kinds,
    citations,
    credit: `Data: “${dataset.title}” (${dataset.id}). Every relation shown rests on a verbatim quote from the sources listed.`,
  };
}
