// The details panel: the selected actor or relation, or a hint on how to select one.
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';
import { PathsView } from '../paths/PathsView';
import { ActorDetails } from './ActorDetails';
import { RelationDetails } from './RelationDetails';
import './details.css';

export function DetailsPanel() {
  const { t } = useI18n();
  const checked = useExplorer((state) => state.checked);
  const selection = useExplorer((state) => state.selection);
  const clearSelection = useExplorer((state) => state.clearSelection);
  if (checked === null) return null;

  let body = <p className="details__empty">{t('details.empty')}</p>;
  if (selection?.kind === 'actor') {
    const actor = checked.actorsById.get(selection.id);
    if (actor) body = <ActorDetails checked={checked} actor={actor} />;
  } else if (selection?.kind === 'relation') {
    const index = checked.relationIndexById.get(selection.id);
    const relation = index === undefined ? undefined : checked.dataset.relations[index];
    if (relation && index !== undefined)
      body = <RelationDetails checked={checked} relation={relation} relationIndex={index} />;
  }

  return (
    <section className="panel details-panel" aria-label={t('details.label')} data-testid="details-panel">
      <PathsView />
      {selection && (
        <button type="button" className="details-panel__close" onClick={clearSelection}>
          {t('details.clear')}
        </button>
      )}
      {body}
    </section>
  );
}
