// Curation controls: new actor or relation, edit the selection, read sources, undo/redo, download, discard, and where autosave stands.
import { useExplorer, useHistory } from '../../store/StoreProvider';
import { useCurationSession } from '../../session/CurationSessionContext';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import { ConfirmButton } from './ConfirmButton';

/** Where the edits stand: restored from an earlier visit, saved in this browser, or neither. */
function editsStatus(i18n: I18n, restoredAt: number | null, savedAt: number | null): string {
  const restored =
    restoredAt === null ? null : i18n.t('curation.status.restored', { time: i18n.time(restoredAt, 'clock') });
  const saved =
    savedAt === null
      ? i18n.t('curation.status.notDownloaded')
      : i18n.t('curation.status.saved', { time: i18n.time(savedAt, 'clock') });
  return restored === null ? saved : `${restored} ${saved}`;
}

export function CurationToolbar() {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useCurationSession();
  const checked = useExplorer((state) => state.checked);
  const edited = useExplorer((state) => state.checked !== state.pristine);
  const selection = useExplorer((state) => state.selection);
  const autosave = useExplorer((state) => state.autosave);
  const restoredAt = useExplorer((state) => state.restoredAt);
  const openDrawer = useExplorer((state) => state.openDrawer);
  const openDialog = useExplorer((state) => state.openDialog);
  const undo = useExplorer((state) => state.undo);
  const redo = useExplorer((state) => state.redo);
  const canUndo = useHistory((state) => state.pastStates.length > 0);
  const canRedo = useHistory((state) => state.futureStates.length > 0);
  if (!checked) return null;
  return (
    <div className="toolbar curation-toolbar" role="toolbar" aria-label={t('curation.label')}>
      <button type="button" onClick={() => openDrawer({ kind: 'actor', actorId: null })}>
        {t('curation.actor.new')}
      </button>
      <button type="button" onClick={() => openDrawer({ kind: 'relation', relationId: null })}>
        {t('curation.relation.new')}
      </button>
      <button
        type="button"
        disabled={selection === null}
        onClick={() =>
          selection &&
          openDrawer(
            selection.kind === 'actor'
              ? { kind: 'actor', actorId: selection.id }
              : { kind: 'relation', relationId: selection.id },
          )
        }
      >
        {t('curation.editSelected')}
      </button>
      <button type="button" onClick={() => openDrawer({ kind: 'reader', documentId: null })}>
        {t('curation.readSources')}
      </button>
      <button type="button" onClick={undo} disabled={!canUndo}>
        {t('curation.undo')}
      </button>
      <button type="button" onClick={redo} disabled={!canRedo}>
        {t('curation.redo')}
      </button>
      <button type="button" onClick={() => openDialog({ kind: 'download' })}>
        {t('curation.download')}
      </button>
      {edited && (
        <ConfirmButton
          label={t('curation.discard')}
          confirmLabel={t('curation.discardConfirm')}
          question={t('curation.discardQuestion')}
          onConfirm={() => void session.discardChanges()}
        />
      )}
      <span className="hint" role="status">
        {autosave && 'error' in autosave
          ? autosave.error
          : edited
            ? editsStatus(i18n, restoredAt, autosave ? autosave.savedAt : null)
            : ''}
      </span>
    </div>
  );
}
