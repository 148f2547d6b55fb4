// Pure: the paths view's words and rows — each path as a chain "A —strikes→ B — ally — C", each hop's relations with
// the quote, outlet and date that state them — and the CSV of every hop.
import { evidenceShownAsOf, type Filters } from '../../domain/query';
import type { CheckedDataset } from '../../domain/model';
import type { ActorPath } from '../../domain/paths';
import { csvText } from '../../export/csv';
import { actorName, typeLabel } from '../../i18n/datasetWords';

/** One relation a hop goes through, read in the hop's direction. */
export interface HopRelation {
  relationId: string;
  type: string;
  /** How the relation points along the hop: from the hop's first actor, back towards it, or neither way. */
  direction: 'forward' | 'backward' | 'none';
  /** The first quote published by the "as reported by" date (the first of all without one). */
  quote: string;
  outlet: string;
  published: string;
  url: string | undefined;
  /** How many more pieces of evidence are shown for it. */
  moreEvidence: number;
}

export interface HopRow {
  from: string;
  to: string;
  relations: HopRelation[];
}

export function hopRows(checked: CheckedDataset, path: ActorPath, filters: Filters): HopRow[] {
  return path.hops.map((hop) => ({
    from: hop.from,
    to: hop.to,
    relations: hop.relationIndices.flatMap((index): HopRelation[] => {
      const relation = checked.dataset.relations[index];
      if (!relation) return [];
      const directed = checked.relationTypes.get(relation.type)?.directed ?? false;
      const shown = relation.evidence.filter((evidence) => evidenceShownAsOf(checked, filters, evidence.document));
      const first = shown[0] ?? relation.evidence[0];
      const document = first ? checked.documentsById.get(first.document) : undefined;
      return [
        {
          relationId: relation.id,
          type: relation.type,
          direction: !directed ? 'none' : relation.source === hop.from ? 'forward' : 'backward',
          quote: first?.quote ?? '',
          outlet: document?.outlet ?? first?.document ?? '',
          published: document?.published ?? '',
          url: document?.url,
          moreEvidence: Math.max(0, shown.length - 1),
        },
      ];
    }),
  }));
}

/** A hop's link in the chain: "—strikes→", "←strikes—" or "— ally —", with every relation joining the two. */
export function hopLink(checked: CheckedDataset, hop: HopRow): string {
  return hop.relations
    .map((relation) => {
      const label = typeLabel(checked, relation.type);
      if (relation.direction === 'forward') return `—${label}→`;
      if (relation.direction === 'backward') return `←${label}—`;
      return `— ${label} —`;
    })
    .join(' / ');
}

/** The whole chain as one line: "A —strikes→ B — ally — C". */
export function chainText(checked: CheckedDataset, hops: readonly HopRow[]): string {
  const first = hops[0];
  if (!first) return '';
  return [
    actorName(checked, first.from),
    ...hops.map((hop) => `${hopLink(checked, hop)} ${actorName(checked, hop.to)}`),
  ].join(' ');
}

/** The column names of the paths CSV: stable ASCII, like the other data exports. */
export const PATH_CSV_HEADER = [
  'path',
  'hop',
  'from_id',
  'from',
  'relation_id',
  'type',
  'direction',
  'to_id',
  'to',
  'quote',
  'outlet',
  'published',
  'url',
] as const;

/** One line per relation of every hop of every path, in order. */
export function pathsCsv(checked: CheckedDataset, paths: readonly ActorPath[], filters: Filters): string {
  const rows: (string | number | undefined)[][] = [];
  paths.forEach((path, pathIndex) => {
    hopRows(checked, path, filters).forEach((hop, hopIndex) => {
      for (const relation of hop.relations)
        rows.push([
          pathIndex + 1,
          hopIndex + 1,
          hop.from,
          actorName(checked, hop.from),
          relation.relationId,
          relation.type,
          relation.direction,
          hop.to,
          actorName(checked, hop.to),
          relation.quote,
          relation.outlet,
          relation.published,
          relation.url,
        ]);
    });
  });
  return csvText(PATH_CSV_HEADER, rows);
}
