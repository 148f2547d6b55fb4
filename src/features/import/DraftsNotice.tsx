// Offers autosaved edits to datasets not on screen (a file opened in an earlier visit): resume them or forget them.
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';
import { useCurationSession } from '../../session/CurationSessionContext';

export function DraftsNotice() {
  const { t, rich, time } = useI18n();
  const session = useCurationSession();
  const drafts = useExplorer((state) => state.otherDrafts);
  if (drafts.length === 0) return null;
  return (
    <section className="drafts-notice" aria-label={t('import.drafts.label')}>
      <ul>
        {drafts.map((draft) => (
          <li key={draft.key}>
            {rich('import.drafts.item', {
              label: draft.label,
              savedAt: time(draft.savedAt, 'moment'),
              strong: (chunks) => <strong>{chunks}</strong>,
            })}{' '}
            <button type="button" onClick={() => void session.resumeDraft(draft.key)}>
              {t('import.drafts.resume')}
            </button>{' '}
            <button type="button" onClick={() => void session.forgetDraft(draft.key)}>
              {t('import.drafts.discard')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
