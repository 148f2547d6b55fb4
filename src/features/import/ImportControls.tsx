// The "Open dataset" button: a file input that takes one dataset JSON, optionally with the source texts it names.
import { useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurationSession } from '../../session/CurationSessionContext';
import './import.css';

export function ImportControls() {
  const { t } = useI18n();
  const session = useCurationSession();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="import-controls">
      <button type="button" onClick={() => input.current?.click()}>
        {t('import.open')}
      </button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept=".json,application/json,.html,text/html,.txt,text/plain"
        multiple
        aria-label={t('import.open.label')}
        tabIndex={-1}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Reset so choosing the same file again (after fixing it) opens it again.
          event.target.value = '';
          if (files.length > 0) void session.openFiles(files);
        }}
      />
      <span className="hint">{t('import.open.hint')}</span>
    </div>
  );
}
