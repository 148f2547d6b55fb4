// Pure: the actor and relation attributes GraphML and GEXF carry: one table each, read by both writers.
import { claimStatus } from '../domain/claims';
import type { Actor, CheckedDataset, Relation } from '../domain/model';
import { isPlainDate } from '../domain/relationDates';

export type AttributeType = 'string' | 'boolean' | 'int';
export type AttributeValue = string | number | boolean | undefined;

export interface AttributeColumn<Row> {
  /** The attribute's name in the file (GraphML attr.name, GEXF title). */
  name: string;
  type: AttributeType;
  value: (row: Row, checked: CheckedDataset) => AttributeValue;
}

/** `label` is what Gephi shows; `name` is what Cytoscape desktop looks for. Both hold the display name. */
export const ACTOR_ATTRIBUTES: readonly AttributeColumn<Actor>[] = [
  { name: 'label', type: 'string', value: (actor) => actor.name },
  { name: 'name', type: 'string', value: (actor) => actor.name },
  { name: 'kind', type: 'string', value: (actor) => actor.kind },
  { name: 'aliases', type: 'string', value: (actor) => actor.aliases?.join('; ') },
  { name: 'search_names', type: 'string', value: (actor) => actor.searchNames?.join('; ') },
  { name: 'affiliation', type: 'string', value: (actor) => actor.affiliation },
  { name: 'description', type: 'string', value: (actor) => actor.description },
];

const typeOf = (relation: Relation, checked: CheckedDataset) => checked.relationTypes.get(relation.type);
const plain = (value: string | undefined) => (value !== undefined && isPlainDate(value) ? value : undefined);
const notPlain = (value: string | undefined) => (value !== undefined && !isPlainDate(value) ? value : undefined);

/** `directed` is also an attribute: networkx cannot read a graph that mixes directed and undirected edges (see docs/export.md). */
export const RELATION_ATTRIBUTES: readonly AttributeColumn<Relation>[] = [
  { name: 'relation_id', type: 'string', value: (relation) => relation.id },
  { name: 'type', type: 'string', value: (relation) => relation.type },
  { name: 'label', type: 'string', value: (relation, checked) => typeOf(relation, checked)?.label ?? relation.type },
  { name: 'directed', type: 'boolean', value: (relation, checked) => typeOf(relation, checked)?.directed ?? true },
  { name: 'category', type: 'string', value: (relation, checked) => typeOf(relation, checked)?.category },
  { name: 'status', type: 'string', value: (relation) => claimStatus(relation.evidence) },
  // Tools read date, start and end as ISO 8601 dates: they carry a date only when it is a plain one. The forms that
  // say more ("2015~", "[..2016-09-16]", "..") go, as written (EDTF), into date_edtf, start_edtf and end_edtf.
  { name: 'date', type: 'string', value: (relation) => plain(relation.date) },
  { name: 'start', type: 'string', value: (relation) => plain(relation.start) },
  { name: 'end', type: 'string', value: (relation) => plain(relation.end) },
  { name: 'date_edtf', type: 'string', value: (relation) => notPlain(relation.date) },
  { name: 'start_edtf', type: 'string', value: (relation) => notPlain(relation.start) },
  { name: 'end_edtf', type: 'string', value: (relation) => notPlain(relation.end) },
  { name: 'summary', type: 'string', value: (relation) => relation.summary },
  { name: 'evidence_count', type: 'int', value: (relation) => relation.evidence.length },
  {
    name: 'documents',
    type: 'string',
    value: (relation) => [...new Set(relation.evidence.map((evidence) => evidence.document))].join('; '),
  },
  {
    name: 'quotes',
    type: 'string',
    value: (relation) => relation.evidence.map((evidence) => evidence.quote).join('\n\n'),
  },
  // One value per quote, in the order of `quotes`: the evidence's certainty (default "certain") and negation.
  {
    name: 'certainties',
    type: 'string',
    value: (relation) => relation.evidence.map((evidence) => evidence.certainty ?? 'certain').join('; '),
  },
  {
    name: 'negations',
    type: 'string',
    value: (relation) => relation.evidence.map((evidence) => String(evidence.negated ?? false)).join('; '),
  },
];

export const isDirected = (relation: Relation, checked: CheckedDataset) => typeOf(relation, checked)?.directed ?? true;

export const attributeText = (value: string | number | boolean) => String(value);
