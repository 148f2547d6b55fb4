// The sources view: the documents with outlet, date and how many relations each states; choosing one shows only what
// it states and opens it in the reader.
import { useI18n } from '../../i18n/I18nProvider';
import { filterOptions } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';
import { onlyShown } from '../../store/filterTransitions';
import { onlyDocument, sourceEntries } from './sourceEntries';
import './sources.css';

export function SourcesView() {
  const { t, partialDate } = useI18n();
  const checked = useExplorer((state) => state.checked);
  const hiddenDocuments = useExplorer((state) => state.filters.hiddenDocuments);
  const setFilter = useExplorer((state) => state.setFilter);
  const openDrawer = useExplorer((state) => state.openDrawer);
  if (checked === null || checked.dataset.documents.length === 0) return null;
  const ids = filterOptions(checked).ids.hiddenDocuments;
  const chosen = onlyDocument(checked, hiddenDocuments);
  return (
    <section className="panel sources-view" aria-label={t('sources.view.label')} data-testid="sources-view">
      <h2>{t('sources.view.title')}</h2>
      {chosen !== null && (
        <p className="sources-view__chosen">
          {t('sources.view.chosen')}{' '}
          <button type="button" className="link-button" onClick={() => setFilter('hiddenDocuments', [])}>
            {t('sources.view.showAll')}
          </button>
        </p>
      )}
      <ul className="sources-view__list">
        {sourceEntries(checked).map((entry) => (
          <li key={entry.id} className={entry.id === chosen ? 'is-chosen' : undefined}>
            <button
              type="button"
              className="sources-view__entry"
              aria-pressed={entry.id === chosen}
              onClick={() => {
                setFilter('hiddenDocuments', onlyShown(ids, entry.id));
                openDrawer({ kind: 'reader', documentId: entry.id });
              }}
            >
              <span className="sources-view__title" dir="auto">
                {entry.title}
              </span>
              <span className="sources-view__meta">
                {t('sources.view.entry', { outlet: entry.outlet, published: partialDate(entry.published) })}
              </span>
              <span className="count">{t('sources.view.relations', { count: entry.relations })}</span>
              {/* What pressing it does, for a screen reader, after the words it shows (which name it). */}
              <span className="visually-hidden">{t('sources.view.choose')}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
