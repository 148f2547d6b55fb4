// Says how opening a dataset went: progress while reading and checking, or why it was refused (the dataset on screen stays).
import { useI18n } from '../../i18n/I18nProvider';
import { megabytes } from '../../i18n/megabytes';
import type { ImportStatus } from '../../store/importSlice';
import { useExplorer } from '../../store/StoreProvider';
import { problemSummary, ProblemsPanel } from './ProblemsPanel';

export function ImportProgress({ status }: { status: Extract<ImportStatus, { phase: 'opening' }> }) {
  const i18n = useI18n();
  const progress = status.progress;
  if (progress?.phase === 'reading') {
    const total = progress.totalBytes;
    const loaded = megabytes(i18n, progress.loadedBytes);
    return (
      <div className="import-progress" role="status">
        <label>
          {total === null
            ? i18n.t('import.reading', { name: status.name, loaded })
            : i18n.t('import.readingOf', { name: status.name, loaded, total: megabytes(i18n, total) })}{' '}
          <progress value={progress.loadedBytes} max={total ?? undefined} />
        </label>
      </div>
    );
  }
  return (
    <div className="import-progress" role="status">
      <label>
        {i18n.t('import.checking', { name: status.name })} <progress />
      </label>
    </div>
  );
}

export function ImportStatusPanel() {
  const i18n = useI18n();
  const status = useExplorer((state) => state.importStatus);
  const hasDataset = useExplorer((state) => state.checked !== null);
  const dismiss = useExplorer((state) => state.dismissImportProblems);
  if (status.phase === 'idle') return null;
  if (status.phase === 'opening') return <ImportProgress status={status} />;
  return (
    <section className="import-refused" role="alert" aria-label={i18n.t('import.refused.label', { name: status.name })}>
      <header className="import-refused__header">
        <h2>
          {i18n.t('import.refused.heading', { name: status.name, summary: problemSummary(i18n, status.problems) })}
        </h2>
        <button type="button" onClick={dismiss}>
          {i18n.t('import.refused.dismiss')}
        </button>
      </header>
      <p className="hint">{i18n.t(hasDataset ? 'import.refused.unchanged' : 'import.refused.openAnother')}</p>
      <ProblemsPanel problems={status.problems} />
    </section>
  );
}
