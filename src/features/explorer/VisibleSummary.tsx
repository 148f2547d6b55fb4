// One line saying how much of the dataset is shown, announced politely when filters change it.
import { selectVisibility } from '../../store/selectors';
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';

export function VisibleSummary() {
  const { t } = useI18n();
  const checked = useExplorer((state) => state.checked);
  const visibility = useExplorer(selectVisibility);
  if (checked === null || visibility === null) return null;
  return (
    <p className="visible-summary" aria-live="polite">
      {t('explorer.summary', {
        actors: visibility.actorIds.size,
        totalActors: checked.dataset.actors.length,
        relations: visibility.relationIds.size,
        totalRelations: checked.dataset.relations.length,
      })}
    </p>
  );
}
