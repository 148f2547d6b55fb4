// Says that the dataset on screen has validation warnings (they never block it) and lists them on request, each
// warning about a relation (a hedge its evidence does not mark) with a button that opens that relation's editor.
import type { Problem } from '../../domain/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';
import { relationSentence } from '../../i18n/datasetWords';
import { problemSummary, ProblemsPanel } from './ProblemsPanel';

const RELATION_POINTER = /^\/relations\/(\d+)(?:\/|$)/;

export function WarningsNotice() {
  const i18n = useI18n();
  const warnings = useExplorer((state) => state.warnings);
  const checked = useExplorer((state) => state.checked);
  const openDrawer = useExplorer((state) => state.openDrawer);
  if (warnings.length === 0) return null;
  const editRelation = (problem: Problem) => {
    const index = RELATION_POINTER.exec(problem.pointer)?.[1];
    const relation = index === undefined ? undefined : checked?.dataset.relations[Number(index)];
    if (!checked || !relation) return null;
    return (
      <button
        type="button"
        className="link-button"
        onClick={() => openDrawer({ kind: 'relation', relationId: relation.id })}
      >
        {i18n.t('import.warnings.editRelation', { sentence: relationSentence(i18n, checked, relation) })}
      </button>
    );
  };
  return (
    <details className="warnings-notice">
      <summary>
        {i18n.t('import.warnings.summary', { summary: problemSummary(i18n, warnings), count: warnings.length })}
      </summary>
      <ProblemsPanel problems={warnings} actionFor={editRelation} />
    </details>
  );
}
