// The format's fixed values as plain constants: the page reads them (filters, the legend, the editors) without loading
// the schema that checks them (schema.ts, with zod), which loads with the validator, off the first load.

/** Partial ISO 8601 calendar dates: YYYY, YYYY-MM or YYYY-MM-DD. Impossible days are caught by dates.ts. */
export const PARTIAL_DATE_PATTERN = '^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$';
export const ACTOR_KINDS = ['person', 'state', 'organization', 'armed-group', 'place'] as const;
/** How firmly a quote states its relation (after FactBank's degrees of factuality); absent means "certain". */
export const CERTAINTIES = ['certain', 'probable', 'possible'] as const;
/**
 * The evidence lints a curator answers with a written judgement instead of a change, keyed by the warning's code; the
 * relation lint likewise. Written on the evidence or relation the warning points at.
 */
export const EVIDENCE_JUDGEMENTS = [
  'forecast-marked-certain',
  'undated-tie',
  'unattributed-frame',
  'attribution-outside-frame',
] as const;
export const RELATION_JUDGEMENTS = ['dated-by-publication'] as const;
export type EvidenceJudgement = (typeof EVIDENCE_JUDGEMENTS)[number];
export type RelationJudgement = (typeof RELATION_JUDGEMENTS)[number];
/** PLOVER's event types (manual draft 0.8, 2021, with INVESTIGATE of version 0.5): what a custom type may name as its kind. */
export const PLOVER_EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'INVESTIGATE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
