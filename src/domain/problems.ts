// What the validator reports: one record per problem, naming the file, line:column and JSON Pointer.

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
  message: string;
  hint?: string;
}

/** `file:line:col  /pointer  message` — the CLI's line, also used by the app's problem list. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  const hint = problem.hint ? `\n    hint: ${problem.hint}` : '';
  return `${where}  ${problem.pointer || '(root)'}  ${label}${problem.message}${hint}`;
}

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const problem of problems) if (problem.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}
