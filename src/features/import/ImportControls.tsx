// The header's dataset controls: "New dataset…", "Add source…", "Open dataset" (a file input that takes a .zip, or one
// dataset JSON with the source texts it names) and, when another dataset is on screen, "Open the example".
import { useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurationSession } from '../../session/CurationSessionContext';
import { DEFAULT_DATASET_URL } from '../../session/datasetUrl';
import { useExplorer } from '../../store/StoreProvider';
import './import.css';

const exampleUrl = () => new URL(DEFAULT_DATASET_URL, window.location.href).href;

export function ImportControls() {
  const { t } = useI18n();
  const session = useCurationSession();
  const input = useRef<HTMLInputElement>(null);
  const openDialog = useExplorer((state) => state.openDialog);
  const hasDataset = useExplorer((state) => state.checked !== null);
  const showingExample = useExplorer((state) => state.source?.kind === 'url' && state.source.url === exampleUrl());
  return (
    <div className="import-controls">
      <button type="button" onClick={() => openDialog({ kind: 'new-dataset' })}>
        {t('workbench.new')}
      </button>
      {hasDataset && (
        <button type="button" onClick={() => openDialog({ kind: 'add-source' })}>
          {t('sources.add')}
        </button>
      )}
      <button type="button" onClick={() => input.current?.click()}>
        {t('import.open')}
      </button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept=".json,application/json,.zip,application/zip,.html,text/html,.txt,text/plain"
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
      {!showingExample && (
        <button type="button" className="link-button" onClick={() => void session.openUrl(exampleUrl())}>
          {t('workbench.example')}
        </button>
      )}
    </div>
  );
}
