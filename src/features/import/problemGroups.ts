// How the problems panel groups problems: one heading per problem code, in the order a curator would fix them.
import type { Problem, ProblemCode } from '../../domain/problems';
import type { MessageId } from '../../i18n/en';

const FIXING_ORDER: readonly ProblemCode[] = [
  'file-unreadable',
  'shared-view-changed',
  'json-syntax',
  'json-too-deep',
  'json-duplicate-key',
  'missing-field',
  'unknown-field',
  'wrong-type',
  'invalid-value',
  'invalid-url',
  'duplicate-id',
  'unknown-reference',
  'unknown-relation-type',
  'built-in-type-redefined',
  'self-relation',
  'affiliation-cycle',
  'invalid-date',
  'date-order',
  'date-conflict',
  'text-source',
  'text-file-path',
  'text-file-missing',
  'text-file-not-utf8',
  'empty-quote',
  'quote-not-found',
  'quote-ambiguous',
  'quote-context-mismatch',
  'unmarked-hedge',
  'forecast-marked-certain',
  'unattributed-frame',
  'attribution-outside-frame',
  'undated-tie',
  'dated-by-publication',
  'unused-actor',
  'unused-document',
];

const ORDER = new Map(FIXING_ORDER.map((code, index) => [code, index]));

/** Every problem code has its heading in the catalogue: a new code without one fails typecheck here. */
const headingOf = (code: ProblemCode): MessageId => `import.group.${code}`;

export interface ProblemGroup {
  severity: Problem['severity'];
  code: ProblemCode;
  heading: MessageId;
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
        (group = { severity: problem.severity, code: problem.code, heading: headingOf(problem.code), problems: [] }),
      );
    group.problems.push(problem);
  }
  const rank = (group: ProblemGroup) => (group.severity === 'error' ? 0 : 1000) + (ORDER.get(group.code) ?? 999);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}
