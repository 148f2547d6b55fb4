// A destructive button that asks once more in place (no dialog), saying what will go.
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

export function ConfirmButton({
  label,
  confirmLabel,
  question,
  onConfirm,
}: {
  label: string;
  /** The button that does it, e.g. "Yes, delete actor". */
  confirmLabel: string;
  question: string;
  onConfirm: () => void;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>{' '}
      <button type="button" className="danger" onClick={onConfirm}>
        {confirmLabel}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        {t('curation.cancel')}
      </button>
    </span>
  );
}
