// A problem's words: the validator gives message ids and values, never English; they are said here, through the
// catalogue, for the problems panel, the editors' fields and the command line alike.
import type { ProblemText, ProblemValue } from '../domain/problemMessages';
import type { Problem } from '../domain/problems';
import type { Formatter } from './formatter';

/** A problem's message or hint in the reader's words; a nested text among its values is said first. */
export function problemText(format: Formatter, text: ProblemText): string {
  if (text.values === undefined) return format.t(text.id);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.values as Readonly<Record<string, ProblemValue>>))
    values[name] = typeof value === 'object' ? problemText(format, value) : value;
  return format.t(text.id, values);
}

export const problemMessage = (format: Formatter, problem: Problem): string => problemText(format, problem.message);

export const problemHint = (format: Formatter, problem: Problem): string | undefined =>
  problem.hint === undefined ? undefined : problemText(format, problem.hint);
