// Pure: who says so — the actor each piece of evidence is attributed to, or the outlet's own voice when none is —
// and the claims each speaker makes.
import type { CheckedDataset, Evidence } from './model';
import { perDataset } from './perDataset';

/**
 * The speaker of unattributed evidence: the outlet that published it, in its own voice. Not a slug (it starts with an
 * underscore), so no actor id can take it.
 */
export const OUTLET_VOICE = '_outlet';

export const speakerOf = (evidence: Pick<Evidence, 'attributedTo'>): string => evidence.attributedTo ?? OUTLET_VOICE;

/** What one speaker claims about one relation: the indices of its evidence attributed to the speaker. */
export interface Claim {
  relationIndex: number;
  evidenceIndices: number[];
}

/** Every speaker's claims, in dataset order: speaker id (or OUTLET_VOICE) → claims. */
const claimsBySpeakerOf = perDataset((checked) => {
  const bySpeaker = new Map<string, Claim[]>();
  checked.dataset.relations.forEach((relation, relationIndex) => {
    relation.evidence.forEach((evidence, evidenceIndex) => {
      const speaker = speakerOf(evidence);
      let claims = bySpeaker.get(speaker);
      if (!claims) bySpeaker.set(speaker, (claims = []));
      const last = claims[claims.length - 1];
      if (last?.relationIndex === relationIndex) last.evidenceIndices.push(evidenceIndex);
      else claims.push({ relationIndex, evidenceIndices: [evidenceIndex] });
    });
  });
  return bySpeaker;
});

/** The claims attributed to an actor (or, with OUTLET_VOICE, made in the outlets' own voice), grouped by relation. */
export function claimsBy(checked: CheckedDataset, speaker: string): readonly Claim[] {
  return claimsBySpeakerOf(checked).get(speaker) ?? [];
}

/** The speakers there are, actors first in dataset order, then the outlets' voice if any evidence is unattributed. */
export const speakersOf = perDataset((checked): readonly string[] => {
  const bySpeaker = claimsBySpeakerOf(checked);
  const actors = checked.dataset.actors.map((actor) => actor.id).filter((id) => bySpeaker.has(id));
  return bySpeaker.has(OUTLET_VOICE) ? [...actors, OUTLET_VOICE] : actors;
});

/** Indices of the relations some evidence attributes to one of `speakers`. */
export function relationsSpokenBy(checked: CheckedDataset, speakers: readonly string[]): Set<number> {
  const spoken = new Set<number>();
  for (const speaker of speakers) for (const claim of claimsBy(checked, speaker)) spoken.add(claim.relationIndex);
  return spoken;
}
