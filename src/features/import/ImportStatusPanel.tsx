// Says how opening a dataset went: progress while reading and checking, or why it was refused (the dataset on screen stays).
import { formatMegabytes } from '../../io/readLimitedBytes';
import type { ImportStatus } from '../../store/importSlice';
import { useExplorer } from '../../store/StoreProvider';
import { problemSummary, ProblemsPanel } from './ProblemsPanel';

export function ImportProgress({ status }: { status: Extract<ImportStatus, { phase: 'opening' }> }) {
  const progress = status.progress;
  if (progress?.phase === 'reading') {
    const total = progress.totalBytes;
    return (
      <div className="import-progress" role="status">
        <label>
          Reading {status.name}: {formatMegabytes(progress.loadedBytes)}
          {total !== null && ` of ${formatMegabytes(total)}`}{' '}
          <progress value={progress.loadedBytes} max={total ?? undefined} />
        </label>
      </div>
    );
  }
  return (
    <div className="import-progress" role="status">
      <label>
        Checking {status.name}… <progress />
      </label>
    </div>
  );
}

export function ImportStatusPanel() {
  const status = useExplorer((state) => state.importStatus);
  const hasDataset = useExplorer((state) => state.checked !== null);
  const dismiss = useExplorer((state) => state.dismissImportProblems);
  if (status.phase === 'idle') return null;
  if (status.phase === 'opening') return <ImportProgress status={status} />;
  return (
    <section className="import-refused" role="alert" aria-label={`Problems in ${status.name}`}>
      <header className="import-refused__header">
        <h2>
          {status.name} was not opened: {problemSummary(status.problems)}
        </h2>
        <button type="button" onClick={dismiss}>
          Dismiss
        </button>
      </header>
      <p className="hint">
        {hasDataset
          ? 'The dataset on screen is unchanged.'
          : 'Open another dataset, or fix this one and open it again.'}
      </p>
      <ProblemsPanel problems={status.problems} />
    </section>
  );
}
