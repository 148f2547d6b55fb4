// Pure: actors.csv and relations.csv of the visible subgraph, one column table each; relations has one row per quote.
import { claimStatus } from '../domain/claims';
import type { Actor, CheckedDataset, Evidence, Relation, SourceDocument } from '../domain/model';
import type { Visibility } from '../domain/query';
import { csvText } from './csv';
import { visibleSubgraph } from './visibleSubgraph';

type Cell = string | number | undefined;

interface ActorRow {
  actor: Actor;
  relationCount: number;
}

interface EvidenceRow {
  relation: Relation;
  evidence: Evidence;
  document: SourceDocument | undefined;
}

const ACTOR_COLUMNS: readonly [string, (row: ActorRow, checked: CheckedDataset) => Cell][] = [
  ['id', ({ actor }) => actor.id],
  ['name', ({ actor }) => actor.name],
  ['kind', ({ actor }) => actor.kind],
  ['aliases', ({ actor }) => actor.aliases?.join('; ')],
  ['search_names', ({ actor }) => actor.searchNames?.join('; ')],
  ['affiliation', ({ actor }) => actor.affiliation],
  ['description', ({ actor }) => actor.description],
  ['relations', ({ relationCount }) => relationCount],
];

const name = (checked: CheckedDataset, actorId: string) => checked.actorsById.get(actorId)?.name ?? actorId;

/** The columns first (relation id, source, type, target, date, quote, document, outlet, published, url), then the rest. */
const RELATION_COLUMNS: readonly [string, (row: EvidenceRow, checked: CheckedDataset) => Cell][] = [
  ['relation_id', ({ relation }) => relation.id],
  ['source', ({ relation }) => relation.source],
  ['type', ({ relation }) => relation.type],
  ['target', ({ relation }) => relation.target],
  ['date', ({ relation }) => relation.date],
  ['quote', ({ evidence }) => evidence.quote],
  ['document', ({ evidence }) => evidence.document],
  ['outlet', ({ document }) => document?.outlet],
  ['published', ({ document }) => document?.published],
  ['url', ({ document }) => document?.url],
  ['source_name', ({ relation }, checked) => name(checked, relation.source)],
  ['type_label', ({ relation }, checked) => checked.relationTypes.get(relation.type)?.label ?? relation.type],
  ['target_name', ({ relation }, checked) => name(checked, relation.target)],
  ['directed', ({ relation }, checked) => String(checked.relationTypes.get(relation.type)?.directed ?? true)],
  ['status', ({ relation }) => claimStatus(relation.evidence)],
  ['start', ({ relation }) => relation.start],
  ['end', ({ relation }) => relation.end],
  ['summary', ({ relation }) => relation.summary],
  ['attributed_to', ({ evidence }) => evidence.attributedTo],
  ['certainty', ({ evidence }) => evidence.certainty ?? 'certain'],
  ['negated', ({ evidence }) => String(evidence.negated ?? false)],
  ['title', ({ document }) => document?.title],
  ['author', ({ document }) => document?.author],
];

export function actorsCsv(checked: CheckedDataset, visible: Visibility): string {
  const subgraph = visibleSubgraph(checked, visible);
  const counts = new Map<string, number>();
  for (const relation of subgraph.relations) {
    counts.set(relation.source, (counts.get(relation.source) ?? 0) + 1);
    if (relation.target !== relation.source) counts.set(relation.target, (counts.get(relation.target) ?? 0) + 1);
  }
  const rows = subgraph.actors.map((actor) => ({ actor, relationCount: counts.get(actor.id) ?? 0 }));
  return csvText(
    ACTOR_COLUMNS.map(([header]) => header),
    rows.map((row) => ACTOR_COLUMNS.map(([, cell]) => cell(row, checked))),
  );
}

export function relationsCsv(checked: CheckedDataset, visible: Visibility): string {
  const subgraph = visibleSubgraph(checked, visible);
  const rows: EvidenceRow[] = subgraph.relations.flatMap((relation) =>
    relation.evidence.map((evidence) => ({
      relation,
      evidence,
      document: checked.documentsById.get(evidence.document),
    })),
  );
  return csvText(
    RELATION_COLUMNS.map(([header]) => header),
    rows.map((row) => RELATION_COLUMNS.map(([, cell]) => cell(row, checked))),
  );
}
