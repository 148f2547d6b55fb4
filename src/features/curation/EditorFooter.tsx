// The end of an editor form: problems the change causes elsewhere, save/cancel, the checking status, and a delete action.
import type { ReactNode } from 'react';
import type { Problem } from '../../domain/problems';
import { ProblemsPanel } from '../import/ProblemsPanel';
import { useI18n } from '../../i18n/I18nProvider';

interface EditorFooterProps {
  /** Errors the edited dataset has outside this form's fields. */
  elsewhere: readonly Problem[];
  /** True while the change is being validated. */
  checking: boolean;
  errorCount: number;
  submitLabel: string;
  onCancel: () => void;
  /** The delete button, for an existing item. */
  children?: ReactNode;
}

export function EditorFooter({ elsewhere, checking, errorCount, submitLabel, onCancel, children }: EditorFooterProps) {
  const { t } = useI18n();
  const elsewhereErrors = elsewhere.filter((problem) => problem.severity === 'error');
  return (
    <>
      {elsewhereErrors.length > 0 && (
        <details open>
          <summary>{t('curation.footer.elsewhere')}</summary>
          <ProblemsPanel problems={elsewhereErrors} />
        </details>
      )}
      <div className="editor__actions">
        <button type="submit" disabled={checking || errorCount > 0}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('curation.cancel')}
        </button>
        {checking ? (
          <span className="hint">{t('curation.footer.checking')}</span>
        ) : (
          errorCount > 0 && <span className="hint">{t('curation.footer.problems', { count: errorCount })}</span>
        )}
        {children}
      </div>
    </>
  );
}
