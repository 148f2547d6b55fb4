// The curation drawer: the actor editor, the relation editor or the source reader, one at a time, beside the graph.
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';
import { ActorEditor } from './ActorEditor';
import { DocumentReader } from './DocumentReader';
import { RelationEditor } from './RelationEditor';
import './curation.css';

export function CurationDrawer() {
  const { t } = useI18n();
  const drawer = useExplorer((state) => state.drawer);
  const checked = useExplorer((state) => state.checked);
  const closeDrawer = useExplorer((state) => state.closeDrawer);
  if (!drawer || !checked) return null;
  // Keyed by what is shown, so opening another item (or a new prefill) starts a fresh form.
  const key = JSON.stringify(drawer);
  return (
    <aside className="curation-drawer" aria-label={t('curation.label')}>
      <button type="button" className="curation-drawer__close" onClick={closeDrawer} aria-label={t('curation.close')}>
        ×
      </button>
      {drawer.kind === 'actor' && <ActorEditor key={key} checked={checked} actorId={drawer.actorId} />}
      {drawer.kind === 'relation' && (
        <RelationEditor key={key} checked={checked} relationId={drawer.relationId} prefill={drawer.prefill} />
      )}
      {drawer.kind === 'reader' && (
        <DocumentReader key={drawer.documentId ?? ''} checked={checked} documentId={drawer.documentId} />
      )}
    </aside>
  );
}
