// What the validator reports: one record per problem, naming the file, line:column and JSON Pointer, and saying what is
// wrong as message ids of the catalogue (problemMessages.ts).
import type { ProblemText } from './problemMessages';

export type ProblemCode =
  | 'file-unreadable'
  | 'json-syntax'
  | 'json-too-deep'
  | 'json-duplicate-key'
  | 'missing-field'
  | 'unknown-field'
  | 'wrong-type'
  | 'invalid-value'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'self-relation'
  | 'affiliation-cycle'
  | 'unknown-relation-type'
  | 'built-in-type-redefined'
  | 'invalid-date'
  | 'date-order'
  | 'date-conflict'
  | 'invalid-url'
  | 'text-source'
  | 'text-file-path'
  | 'text-file-missing'
  | 'text-file-not-utf8'
  | 'empty-quote'
  | 'quote-not-found'
  | 'quote-ambiguous'
  | 'quote-context-mismatch'
  | 'unused-actor'
  | 'unused-document'
  | 'unmarked-hedge'
  | 'forecast-marked-certain'
  | 'undated-tie'
  | 'dated-by-publication'
  | 'unattributed-frame'
  | 'attribution-outside-frame'
  /** A shared view (an exported HTML file) whose data no longer matches the content hash it was stamped with. */
  | 'shared-view-changed';

export interface Problem {
  severity: 'error' | 'warning';
  code: ProblemCode;
  file: string;
  line: number;
  column: number;
  /** RFC 6901 JSON Pointer of the offending value ("" for the whole file). */
  pointer: string;
  message: ProblemText;
  hint?: ProblemText;
}

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const problem of problems) if (problem.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}
