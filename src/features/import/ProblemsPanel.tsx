// Validation problems grouped by kind, each with line:column, JSON Pointer, message and hint; warnings shown apart, never blocking.
import type { ReactNode } from 'react';
import type { Problem } from '../../domain/problems';
import { countBySeverity } from '../../domain/problems';
import type { Formatter } from '../../i18n/formatter';
import { useI18n } from '../../i18n/I18nProvider';
import { problemHint, problemMessage } from '../../i18n/problemWords';
import { groupProblems } from './problemGroups';
import './import.css';

interface Props {
  problems: readonly Problem[];
  /** Largest number of problems listed per group; the rest are counted. */
  limitPerGroup?: number;
  /** Something to do about a problem (a button), shown after its hint. */
  actionFor?: (problem: Problem) => ReactNode;
}

/** "2 errors, 1 warning", or "no problems". */
export function problemSummary(format: Formatter, problems: readonly Problem[]): string {
  const { errors, warnings } = countBySeverity(problems);
  const kinds = errors > 0 && warnings > 0 ? 'both' : errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'none';
  return format.t('import.problems.summary', { kinds, errors, warnings });
}

export function ProblemsPanel({ problems, limitPerGroup = 50, actionFor }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="problems">
      {groupProblems(problems).map((group) => (
        <section
          key={`${group.severity} ${group.code}`}
          className={`problems__group problems__group--${group.severity}`}
          aria-label={t('import.problems.groupLabel', { label: t(group.heading), severity: group.severity })}
        >
          <h3>
            {t('import.problems.heading', { label: t(group.heading), severity: group.severity })}{' '}
            <span className="count">{t('common.count', { count: group.problems.length })}</span>
          </h3>
          <ol className="problems__list">
            {group.problems.slice(0, limitPerGroup).map((problem, index) => (
              <li key={index} className="problems__item">
                <span
                  className="problems__where"
                  title={t('import.problems.where', { line: problem.line, column: problem.column })}
                >
                  {problem.file}:{problem.line}:{problem.column}
                </span>{' '}
                <code className="problems__pointer">{problem.pointer || t('import.problems.wholeFile')}</code>
                <p className="problems__message">{problemMessage(i18n, problem)}</p>
                {problem.hint && (
                  <p className="problems__hint">{t('import.problems.hint', { hint: problemHint(i18n, problem) })}</p>
                )}
                {actionFor?.(problem)}
              </li>
            ))}
          </ol>
          {group.problems.length > limitPerGroup && (
            <p className="hint">{t('import.problems.more', { count: group.problems.length - limitPerGroup })}</p>
          )}
        </section>
      ))}
    </div>
  );
}
