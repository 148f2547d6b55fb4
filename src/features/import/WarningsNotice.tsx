// Says that the dataset on screen has validation warnings (they never block it) and lists them on request.
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';
import { problemSummary, ProblemsPanel } from './ProblemsPanel';

export function WarningsNotice() {
  const i18n = useI18n();
  const warnings = useExplorer((state) => state.warnings);
  if (warnings.length === 0) return null;
  return (
    <details className="warnings-notice">
      <summary>
        {i18n.t('import.warnings.summary', { summary: problemSummary(i18n, warnings), count: warnings.length })}
      </summary>
      <ProblemsPanel problems={warnings} />
    </details>
  );
}
