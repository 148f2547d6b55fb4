// Test helper: a problem's message and hint in English, said through the catalogue as the panels and the command line
// say them (a message whose values do not fit fails the test instead of showing its id).
import type { ProblemText } from '../../src/domain/problemMessages';
import type { Problem } from '../../src/domain/problems';
import { problemHint, problemMessage, problemText } from '../../src/i18n/problemWords';
import { testFormatter } from './testI18n';

export const textOf = (text: ProblemText): string => problemText(testFormatter, text);
export const messageOf = (problem: Problem): string => problemMessage(testFormatter, problem);
export const hintOf = (problem: Problem): string | undefined => problemHint(testFormatter, problem);

/** A problem with its message and hint said in English, to compare as a whole. */
export function inWords(problem: Problem): Omit<Problem, 'message' | 'hint'> & { message: string; hint?: string } {
  const { hint, ...rest } = problem;
  return { ...rest, message: messageOf(problem), ...(hint !== undefined && { hint: hintOf(problem) }) };
}

/** An outcome whose problems, if it has any, are said in English. */
export const withProblemsInWords = <T extends object>(outcome: T) =>
  'problems' in outcome && Array.isArray(outcome.problems)
    ? { ...outcome, problems: (outcome.problems as Problem[]).map(inWords) }
    : outcome;
