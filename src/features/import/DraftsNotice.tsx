// Offers autosaved edits to datasets not on screen (a file opened in an earlier visit): resume them or forget them.
import { useExplorer } from '../../store/StoreProvider';
import { useCurationSession } from '../../session/CurationSessionContext';

export function DraftsNotice() {
  const session = useCurationSession();
  const drafts = useExplorer((state) => state.otherDrafts);
  if (drafts.length === 0) return null;
  return (
    <section className="drafts-notice" aria-label="Unsaved changes to other datasets">
      <ul>
        {drafts.map((draft) => (
          <li key={draft.key}>
            Unsaved changes to <strong>{draft.label}</strong> from {new Date(draft.savedAt).toLocaleString()}.{' '}
            <button type="button" onClick={() => void session.resumeDraft(draft.key)}>
              Resume them
            </button>{' '}
            <button type="button" onClick={() => void session.forgetDraft(draft.key)}>
              Discard them
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
