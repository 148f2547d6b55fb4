// A relation's claim status, derived from its evidence's certainty and negation: the one rule the graph, panels, table, filters and exports share.
import type { Evidence } from './model';
import { perDataset } from './perDataset';

/**
 * What the evidence, taken together, says of a relation. Never written by hand:
 * - asserted: no evidence denies it, and some states it as certain;
 * - probable: no evidence denies it, none is certain, some is probable (a forecast or a belief);
 * - possible: no evidence denies it, and all of it is merely possible;
 * - denied: every piece of evidence is negated;
 * - contested: some evidence states it (whatever its certainty) and some denies it.
 */
export const CLAIM_STATUSES = ['asserted', 'probable', 'possible', 'contested', 'denied'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The statuses the explorer hides until the user asks for them. */
export const DEFAULT_HIDDEN_STATUSES: readonly ClaimStatus[] = ['denied'];

/** A code the panels show next to a quote (their words live in the message catalogue, not here). */
export type EvidenceMarker = 'forecast' | 'speculation' | 'denies';

type Judged = Pick<Evidence, 'certainty' | 'negated'>;

/** "denies" for a negated quote, whatever its certainty; else "forecast" for probable, "speculation" for possible. */
export function evidenceMarker(evidence: Judged): EvidenceMarker | null {
  if (evidence.negated === true) return 'denies';
  if (evidence.certainty === 'probable') return 'forecast';
  if (evidence.certainty === 'possible') return 'speculation';
  return null;
}

export function claimStatus(evidence: readonly Judged[]): ClaimStatus {
  let denies = false;
  let states = false;
  let strongest: 'certain' | 'probable' | 'possible' = 'possible';
  for (const item of evidence) {
    if (item.negated === true) {
      denies = true;
      continue;
    }
    states = true;
    const certainty = item.certainty ?? 'certain';
    if (certainty === 'certain') strongest = 'certain';
    else if (certainty === 'probable' && strongest === 'possible') strongest = 'probable';
  }
  if (denies) return states ? 'contested' : 'denied';
  return strongest === 'certain' ? 'asserted' : strongest;
}

/** Every relation's status, index-aligned with the dataset's relations: computed once per checked dataset. */
export const claimStatusesOf = perDataset((checked): readonly ClaimStatus[] =>
  checked.dataset.relations.map((relation) => claimStatus(relation.evidence)),
);
