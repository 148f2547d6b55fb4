// Pure: the table's rows (one per visible relation) and their sorting.
import { CLAIM_STATUSES, claimStatusesOf, type ClaimStatus } from '../../domain/claims';
import { perDataset } from '../../domain/perDataset';
import type { CheckedDataset } from '../../domain/model';
import { relationSortDay } from '../../domain/relationDates';
import { supportOf } from '../../domain/support';
import { actorName, typeLabel, type RelationDates } from '../../i18n/datasetWords';

export interface RelationRow {
  relationId: string;
  source: string;
  type: string;
  target: string;
  /** The relation's claim status; its word comes from the catalogue. */
  status: ClaimStatus;
  /** Shown in the reader's locale by the row. */
  dates: RelationDates;
  /** Sort key: the earliest day covered; '' when undated. */
  dateKey: string;
  quote: string;
  outlet: string;
  /** Distinct documents stating the relation. */
  documents: number;
  actorIds: readonly [string, string];
}

export type SortKey = 'source' | 'type' | 'target' | 'status' | 'date' | 'quote' | 'outlet' | 'documents';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

export function relationRows(checked: CheckedDataset, relationIndices: readonly number[]): RelationRow[] {
  const rows: RelationRow[] = [];
  const statuses = claimStatusesOf(checked);
  const support = supportOf(checked);
  for (const index of relationIndices) {
    const relation = checked.dataset.relations[index];
    if (!relation) continue;
    const first = relation.evidence[0];
    rows.push({
      relationId: relation.id,
      source: actorName(checked, relation.source),
      type: typeLabel(checked, relation.type),
      target: actorName(checked, relation.target),
      status: statuses[index] ?? 'asserted',
      dates: { date: relation.date, start: relation.start, end: relation.end },
      dateKey: relationSortDay(relation),
      quote: first?.quote ?? '',
      outlet: [
        ...new Set(
          relation.evidence.map(
            (evidence) => checked.documentsById.get(evidence.document)?.outlet ?? evidence.document,
          ),
        ),
      ].join('; '),
      documents: support[index]?.documents ?? 0,
      actorIds: [relation.source, relation.target],
    });
  }
  return rows;
}

/** One row per relation of the dataset, in dataset order; built once per dataset. */
export const allRelationRows = perDataset((checked): readonly RelationRow[] =>
  relationRows(
    checked,
    checked.dataset.relations.map((_, index) => index),
  ),
);

/** The rows of visible relations, in the order given: linear, no re-sort. */
export function visibleRows(rows: readonly RelationRow[], visibleRelationIds: ReadonlySet<string>): RelationRow[] {
  return rows.filter((row) => visibleRelationIds.has(row.relationId));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
/** Statuses sort from the firmest claim to the denied one, not by their words. */
const STATUS_RANK = new Map(CLAIM_STATUSES.map((status, rank) => [status, rank]));
const statusRank = (row: RelationRow) => STATUS_RANK.get(row.status) ?? 0;

/** Stable sort; undated relations always last. */
export function sortRows(rows: readonly RelationRow[], sort: Sort): RelationRow[] {
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'date') {
      if (a.dateKey === '' || b.dateKey === '') return (a.dateKey === '' ? 1 : 0) - (b.dateKey === '' ? 1 : 0);
      return direction * a.dateKey.localeCompare(b.dateKey);
    }
    if (sort.key === 'status') return direction * (statusRank(a) - statusRank(b));
    if (sort.key === 'documents') return direction * (a.documents - b.documents);
    return direction * collator.compare(a[sort.key], b[sort.key]);
  });
}
