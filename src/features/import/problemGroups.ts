// How the problems panel groups problems: one heading per problem code, in the order a curator would fix them.
import type { Problem, ProblemCode } from '../../domain/problems';

const GROUP_LABELS: ReadonlyArray<readonly [ProblemCode, string]> = [
  ['file-unreadable', 'The file could not be opened'],
  ['json-syntax', 'Not valid JSON'],
  ['json-too-deep', 'Nested too deeply'],
  ['json-duplicate-key', 'Duplicate keys'],
  ['missing-field', 'Missing fields'],
  ['unknown-field', 'Unknown fields'],
  ['wrong-type', 'Wrong types'],
  ['invalid-value', 'Invalid values'],
  ['invalid-url', 'Invalid links'],
  ['duplicate-id', 'Duplicate ids'],
  ['unknown-reference', 'References to nothing'],
  ['unknown-relation-type', 'Unknown relation types'],
  ['built-in-type-redefined', 'Built-in relation types redefined'],
  ['self-relation', 'Relations from an actor to itself'],
  ['affiliation-cycle', 'Affiliation cycles'],
  ['invalid-date', 'Invalid dates'],
  ['date-order', 'Dates out of order'],
  ['date-conflict', 'Conflicting dates'],
  ['text-source', 'Documents without one archived text'],
  ['text-file-path', 'Text file paths outside the dataset'],
  ['text-file-missing', 'Text files that cannot be read'],
  ['text-file-not-utf8', 'Text files that are not UTF-8'],
  ['empty-quote', 'Empty quotes'],
  ['quote-not-found', 'Quotes not found in their document'],
  ['quote-ambiguous', 'Quotes that occur more than once'],
  ['quote-context-mismatch', 'Prefix or suffix that does not match'],
  ['unused-actor', 'Actors in no relation'],
  ['unused-document', 'Documents no quote cites'],
];

const ORDER = new Map(GROUP_LABELS.map(([code], index) => [code, index]));
const LABELS = new Map<ProblemCode, string>(GROUP_LABELS);

export interface ProblemGroup {
  severity: Problem['severity'];
  code: ProblemCode;
  label: string;
  problems: Problem[];
}

/** Errors before warnings; within each, groups in fixing order; within a group, file order. */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    const key = `${problem.severity} ${problem.code}`;
    let group = groups.get(key);
    if (!group)
      groups.set(
        key,
        (group = {
          severity: problem.severity,
          code: problem.code,
          label: LABELS.get(problem.code) ?? problem.code,
          problems: [],
        }),
      );
    group.problems.push(problem);
  }
  const rank = (group: ProblemGroup) => (group.severity === 'error' ? 0 : 1000) + (ORDER.get(group.code) ?? 999);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}
