// What shows instead of the explorer while the dataset loads, or when it cannot be fetched or is invalid.
import type { LoadStatus } from '../../store/datasetSlice';
import { ProblemList } from './ProblemList';

export function LoadStatusView({ load }: { load: LoadStatus }) {
  switch (load.phase) {
    case 'idle':
    case 'loading':
      return (
        <div className="status-panel" role="status">
          <p>Loading and checking the dataset{load.phase === 'loading' ? ` ${load.url}` : ''}…</p>
        </div>
      );
    case 'failed':
      return (
        <div className="status-panel status-panel--error" role="alert">
          <h2>The dataset could not be loaded</h2>
          <p>{load.message}</p>
        </div>
      );
    case 'invalid': {
      const errors = load.problems.filter((problem) => problem.severity === 'error').length;
      return (
        <div className="status-panel status-panel--error" role="alert">
          <h2>The dataset is not valid</h2>
          <p>
            {load.url} has {errors} {errors === 1 ? 'error' : 'errors'}. Fix them (run <code>npm run validate</code>)
            and reload.
          </p>
          <ProblemList problems={load.problems} />
        </div>
      );
    }
    case 'ready':
      return null;
  }
}
