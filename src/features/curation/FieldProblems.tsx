// The validator's messages for one form field, linked to it by id for screen readers.
import type { Problem } from '../../domain/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { problemHint, problemMessage } from '../../i18n/problemWords';

export function FieldProblems({ id, problems }: { id: string; problems: readonly Problem[] | undefined }) {
  const i18n = useI18n();
  if (!problems || problems.length === 0) return null;
  return (
    <ul id={id} className="field-problems">
      {problems.map((problem, index) => (
        <li key={index} className={`field-problems__item field-problems__item--${problem.severity}`}>
          {problemMessage(i18n, problem)}
          {problem.hint && (
            <span className="hint"> {i18n.t('curation.field.hint', { hint: problemHint(i18n, problem) })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
