// The sources view: the documents with outlet, date, how many relations each states and how many quotes cite it;
// choosing one shows only what it states and opens it in the reader. Sources are added, edited and removed here too; a
// source quotes cite is not removed, and the view says which relations to look at.
import { useState } from 'react';
import { deleteDocument } from '../../curation/documentTransitions';
import { useI18n } from '../../i18n/I18nProvider';
import { filterOptions } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';
import { onlyShown } from '../../store/filterTransitions';
import { ConfirmButton } from '../curation/ConfirmButton';
import { onlyDocument, sourceEntries, type SourceEntry } from './sourceEntries';
import './sources.css';

export function SourcesView() {
  const { t, partialDate } = useI18n();
  const checked = useExplorer((state) => state.checked);
  const hiddenDocuments = useExplorer((state) => state.filters.hiddenDocuments);
  const setFilter = useExplorer((state) => state.setFilter);
  const openDrawer = useExplorer((state) => state.openDrawer);
  const openDialog = useExplorer((state) => state.openDialog);
  const applyEdit = useExplorer((state) => state.applyEdit);
  // The source whose removal was refused, because quotes cite it.
  const [refused, setRefused] = useState<string | null>(null);
  if (checked === null) return null;
  const ids = filterOptions(checked).ids.hiddenDocuments;
  const chosen = onlyDocument(checked, hiddenDocuments);
  const showCiting = (entry: SourceEntry) => {
    setFilter('hiddenDocuments', onlyShown(ids, entry.id));
    openDrawer({ kind: 'reader', documentId: entry.id });
  };
  return (
    <section className="panel sources-view" aria-label={t('sources.view.label')} data-testid="sources-view">
      <div className="sources-view__heading">
        <h2>{t('sources.view.title')}</h2>
        <button type="button" onClick={() => openDialog({ kind: 'add-source' })}>
          {t('sources.add')}
        </button>
      </div>
      {checked.dataset.documents.length === 0 && <p className="hint">{t('sources.view.empty')}</p>}
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
              <span className="count">
                {t('sources.view.relations', { count: entry.relations })} ·{' '}
                {t('sources.view.quotes', { count: entry.quotes })}
              </span>
              {/* What pressing it does, for a screen reader, after the words it shows (which name it). */}
              <span className="visually-hidden">{t('sources.view.choose')}</span>
            </button>
            {/* Named by the source, so its buttons are told apart while their names stay the words they show. */}
            <div
              className="sources-view__actions"
              role="group"
              aria-label={t('sources.view.actions', { title: entry.title })}
            >
              <button
                type="button"
                className="link-button"
                onClick={() => openDialog({ kind: 'edit-source', documentId: entry.id })}
              >
                {t('sources.view.edit')}
              </button>
              {entry.quotes > 0 ? (
                <button type="button" className="link-button" onClick={() => setRefused(entry.id)}>
                  {t('sources.view.remove')}
                </button>
              ) : (
                <ConfirmButton
                  label={t('sources.view.remove')}
                  confirmLabel={t('sources.view.removeConfirm')}
                  question={t('sources.view.removeQuestion', { title: entry.title })}
                  onConfirm={() => applyEdit(deleteDocument(entry.id))}
                />
              )}
            </div>
            {refused === entry.id && entry.quotes > 0 && (
              <p className="sources-view__refused" role="alert">
                {t('sources.view.cited', { title: entry.title, quotes: entry.quotes, relations: entry.relations })}{' '}
                <button type="button" className="link-button" onClick={() => showCiting(entry)}>
                  {t('sources.view.showCiting')}
                </button>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
