// Says what happened when the canvas would otherwise be blank: an empty dataset (and what to do first), no relations,
// or filters/focus hiding everything.
import { filtersActive } from '../../filters/filterTable';
import { selectVisibility } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageId } from '../../i18n/en';

export function CanvasNotice() {
  const { t } = useI18n();
  const checked = useExplorer((state) => state.checked);
  const visibility = useExplorer(selectVisibility);
  const filters = useExplorer((state) => state.filters);
  const focusHops = useExplorer((state) => state.focusHops);
  const resetFilters = useExplorer((state) => state.resetFilters);
  const setFocusHops = useExplorer((state) => state.setFocusHops);
  const openDialog = useExplorer((state) => state.openDialog);
  const openDrawer = useExplorer((state) => state.openDrawer);
  if (checked === null || visibility === null) return null;
  // An empty dataset says what to do first: add a source, then cite it.
  if (checked.dataset.actors.length === 0) {
    const noSources = checked.dataset.documents.length === 0;
    return (
      <div className="canvas-notice canvas-notice--start" role="status">
        <p>{t(noSources ? 'workbench.empty.noSources' : 'workbench.empty.noActors')}</p>
        <button type="button" onClick={() => openDialog({ kind: 'add-source' })}>
          {t('workbench.empty.addSource')}
        </button>
        {!noSources && (
          <button type="button" onClick={() => openDrawer({ kind: 'reader', documentId: null })}>
            {t('workbench.empty.read')}
          </button>
        )}
      </div>
    );
  }

  let message: MessageId | null = null;
  if (checked.dataset.relations.length === 0) message = 'explorer.notice.noRelations';
  else if (visibility.relationIds.size === 0) {
    message =
      focusHops > 0 && !filtersActive(filters)
        ? 'explorer.notice.focusEmpty'
        : visibility.actorIds.size === 0
          ? 'explorer.notice.allHidden'
          : 'explorer.notice.relationsHidden';
  }
  if (message === null) return null;
  return (
    <div className="canvas-notice" role="status">
      <p>{t(message)}</p>
      {filtersActive(filters) && (
        <button type="button" onClick={resetFilters}>
          {t('filters.reset')}
        </button>
      )}
      {focusHops > 0 && (
        <button type="button" onClick={() => setFocusHops(0)}>
          {t('explorer.notice.wholeGraph')}
        </button>
      )}
    </div>
  );
}
