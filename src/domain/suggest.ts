// "Did you mean …?" for mistyped field names, kinds and relation types.
import { closest, distance } from 'fastest-levenshtein';
import { say, type ProblemText } from './problemMessages';

/** The closest candidate, if it is near enough to be a plausible typo. */
function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(input, [...candidates]);
  return distance(input, best) <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined;
}

export function didYouMean(input: string, candidates: readonly string[]): ProblemText | undefined {
  const best = suggest(input, candidates);
  return best === undefined ? undefined : say('validation.didYouMean', { suggestion: best });
}
