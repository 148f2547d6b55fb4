// Curation controls: new actor or relation, edit the selection, read sources, undo/redo, download, discard, and where autosave stands.
import { datasetJson } from '../../domain/datasetJson';
import { downloadBlob } from '../../export/download';
import { useExplorer, useHistory } from '../../store/StoreProvider';
import { useCurationSession } from '../../session/CurationSessionContext';
import { ConfirmButton } from './ConfirmButton';

const time = (ms: number) =>
  new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function CurationToolbar() {
  const session = useCurationSession();
  const checked = useExplorer((state) => state.checked);
  const edited = useExplorer((state) => state.checked !== state.pristine);
  const selection = useExplorer((state) => state.selection);
  const autosave = useExplorer((state) => state.autosave);
  const restoredAt = useExplorer((state) => state.restoredAt);
  const openDrawer = useExplorer((state) => state.openDrawer);
  const undo = useExplorer((state) => state.undo);
  const redo = useExplorer((state) => state.redo);
  const canUndo = useHistory((state) => state.pastStates.length > 0);
  const canRedo = useHistory((state) => state.futureStates.length > 0);
  if (!checked) return null;
  return (
    <div className="toolbar curation-toolbar" role="toolbar" aria-label="Curation">
      <button type="button" onClick={() => openDrawer({ kind: 'actor', actorId: null })}>
        New actor
      </button>
      <button type="button" onClick={() => openDrawer({ kind: 'relation', relationId: null })}>
        New relation
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
        Edit selected
      </button>
      <button type="button" onClick={() => openDrawer({ kind: 'reader', documentId: null })}>
        Read sources
      </button>
      <button type="button" onClick={undo} disabled={!canUndo}>
        Undo
      </button>
      <button type="button" onClick={redo} disabled={!canRedo}>
        Redo
      </button>
      <button
        type="button"
        onClick={() =>
          downloadBlob(
            new Blob([datasetJson(checked.dataset)], { type: 'application/json' }),
            `${checked.dataset.id}.json`,
          )
        }
      >
        Download dataset
      </button>
      {edited && (
        <ConfirmButton
          label="Discard changes"
          question="Discard every change since the dataset was opened?"
          onConfirm={() => void session.discardChanges()}
        />
      )}
      <span className="hint" role="status">
        {autosave && 'error' in autosave
          ? autosave.error
          : edited
            ? `${restoredAt !== null ? `Unsaved changes restored from ${time(restoredAt)}. ` : ''}${autosave ? `Changes saved in this browser at ${time(autosave.savedAt)}.` : 'Changes not downloaded yet.'}`
            : ''}
      </span>
    </div>
  );
}
