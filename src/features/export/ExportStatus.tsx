// The export menu's live region: progress while an export runs, then what was saved, lowered or went wrong.
import { useI18n } from '../../i18n/I18nProvider';
import type { ExportStatusState } from './useExportRunner';

export function ExportStatus({ status }: { status: ExportStatusState }) {
  const { t } = useI18n();
  return (
    <div className="export-menu__status" role="status" aria-live="polite">
      {status.busy !== null && (
        <p className="export-menu__progress">
          <span>{status.step}</span>{' '}
          <progress
            max={1}
            {...(status.progress !== null && { value: status.progress })}
            aria-label={t('export.progress.label', { what: status.busy })}
          />
        </p>
      )}
      {status.messages.map((message, index) => (
        <p
          key={index}
          className={`export-menu__message export-menu__message--${message.kind}`}
          data-kind={message.kind}
        >
          {message.text}
        </p>
      ))}
    </div>
  );
}
