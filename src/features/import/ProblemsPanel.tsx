// Validation problems grouped by kind, each with line:column, JSON Pointer, message and hint; warnings shown apart, never blocking.
import type { Problem } from '../../domain/problems';
import { countBySeverity } from '../../domain/problems';
import { groupProblems } from './problemGroups';

interface Props {
  problems: readonly Problem[];
  /** Largest number of problems listed per group; the rest are counted. */
  limitPerGroup?: number;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function problemSummary(problems: readonly Problem[]): string {
  const { errors, warnings } = countBySeverity(problems);
  return (
    [errors > 0 && plural(errors, 'error'), warnings > 0 && plural(warnings, 'warning')].filter(Boolean).join(', ') ||
    'no problems'
  );
}

export function ProblemsPanel({ problems, limitPerGroup = 50 }: Props) {
  return (
    <div className="problems">
      {groupProblems(problems).map((group) => (
        <section
          key={`${group.severity} ${group.code}`}
          className={`problems__group problems__group--${group.severity}`}
          aria-label={`${group.label} (${group.severity})`}
        >
          <h3>
            {group.severity === 'error' ? 'Error' : 'Warning'}: {group.label}{' '}
            <span className="count">({group.problems.length})</span>
          </h3>
          <ol className="problems__list">
            {group.problems.slice(0, limitPerGroup).map((problem, index) => (
              <li key={index} className="problems__item">
                <span className="problems__where" title={`line ${problem.line}, column ${problem.column}`}>
                  {problem.file}:{problem.line}:{problem.column}
                </span>{' '}
                <code className="problems__pointer">{problem.pointer || '(whole file)'}</code>
                <p className="problems__message">{problem.message}</p>
                {problem.hint && <p className="problems__hint">Hint: {problem.hint}</p>}
              </li>
            ))}
          </ol>
          {group.problems.length > limitPerGroup && (
            <p className="hint">…and {group.problems.length - limitPerGroup} more like these.</p>
          )}
        </section>
      ))}
    </div>
  );
}
