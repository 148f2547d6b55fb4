// Whether the curator has answered a lint's warning with a written judgement (`judgements` on the evidence or relation).
import type { EvidenceJudgement, RelationJudgement } from './formatValues';
import type { RawObject } from './rawAccess';

/** A judgement counts once it says something: an empty or blank reason answers nothing (the schema refuses it too). */
export function isJudged(item: RawObject, lint: EvidenceJudgement | RelationJudgement): boolean {
  const judgements = Object.prototype.hasOwnProperty.call(item, 'judgements') ? item.judgements : undefined;
  if (judgements === null || typeof judgements !== 'object' || Array.isArray(judgements)) return false;
  const reason = Object.prototype.hasOwnProperty.call(judgements, lint)
    ? (judgements as Record<string, unknown>)[lint]
    : undefined;
  return typeof reason === 'string' && /\S/u.test(reason);
}

/** The hint's last resort, the same for every lint: where to write the judgement and under which key. */
export const judgementHint = (lint: EvidenceJudgement | RelationJudgement, why: string) =>
  `or, if it is right as it is, write "judgements": { "${lint}": "<${why}>" }`;
