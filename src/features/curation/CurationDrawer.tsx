// The curation drawer: the actor editor, the relation editor or the source reader, one at a time, beside the graph.
// The editors load with the page's idle time, not with the page: most readers never curate.
import { lazy, Suspense, useEffect } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import './curation.css';

const loadActorEditor = () => import('./ActorEditor');
const loadRelationEditor = () => import('./RelationEditor');
const loadDocumentReader = () => import('./DocumentReader');
const ActorEditor = lazy(() => loadActorEditor().then((module) => ({ default: module.ActorEditor })));
const RelationEditor = lazy(() => loadRelationEditor().then((module) => ({ default: module.RelationEditor })));
const DocumentReader = lazy(() => loadDocumentReader().then((module) => ({ default: module.DocumentReader })));

/** Fetches the editors once the page is idle, so that opening one does not wait for the network. */
function useEditorsPreloaded(): void {
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const handle = requestIdleCallback(() => {
      void Promise.all([loadActorEditor(), loadRelationEditor(), loadDocumentReader()]).catch(() => {
        // Offline: the editor tries again, and says so, when it is opened.
      });
    });
    return () => cancelIdleCallback(handle);
  }, []);
}

export function CurationDrawer() {
  const { t } = useI18n();
  const drawer = useExplorer((state) => state.drawer);
  const checked = useExplorer((state) => state.checked);
  const closeDrawer = useExplorer((state) => state.closeDrawer);
  useEditorsPreloaded();
  if (!drawer || !checked) return null;
  // Keyed by what is shown, so opening another item (or a new prefill) starts a fresh form.
  const key = JSON.stringify(drawer);
  return (
    <aside
      className={drawer.kind === 'reader' ? 'curation-drawer curation-drawer--reader' : 'curation-drawer'}
      aria-label={t('curation.label')}
    >
      <button type="button" className="curation-drawer__close" onClick={closeDrawer} aria-label={t('curation.close')}>
        ×
      </button>
      {/* An editor that cannot load (offline) fails here, not in the explorer; opening another tries again. */}
      <ErrorBoundary key={key} what={t('curation.region')}>
        <Suspense fallback={<p role="status">{t('curation.loading')}</p>}>
          {drawer.kind === 'actor' && (
            <ActorEditor key={key} checked={checked} actorId={drawer.actorId} prefill={drawer.prefill} />
          )}
          {drawer.kind === 'relation' && (
            <RelationEditor key={key} checked={checked} relationId={drawer.relationId} prefill={drawer.prefill} />
          )}
          {drawer.kind === 'reader' && (
            <DocumentReader key={drawer.documentId ?? ''} checked={checked} documentId={drawer.documentId} />
          )}
        </Suspense>
      </ErrorBoundary>
    </aside>
  );
}
