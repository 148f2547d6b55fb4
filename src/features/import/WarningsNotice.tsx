// Says that the dataset on screen has validation warnings (they never block it) and lists them on request.
import { useExplorer } from '../../store/StoreProvider';
import { problemSummary, ProblemsPanel } from './ProblemsPanel';

export function WarningsNotice() {
  const warnings = useExplorer((state) => state.warnings);
  if (warnings.length === 0) return null;
  return (
    <details className="warnings-notice">
      <summary>
        The dataset has {problemSummary(warnings)}: it opened, but a curator should look at{' '}
        {warnings.length === 1 ? 'it' : 'them'}.
      </summary>
      <ProblemsPanel problems={warnings} />
    </details>
  );
}
