// "New dataset": a title, the id that follows it as a slug (editable), checked by the validator; when the dataset on
// screen has changes never downloaded, says so first and offers the download.
import { useEffect, useMemo, useState } from 'react';
import type { Problem } from '../../domain/problems';
import { problemsFor } from '../../curation/forms';
import { idSlug } from '../../curation/ids';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurationSession } from '../../session/CurationSessionContext';
import { useExplorer } from '../../store/StoreProvider';
import { ModalDialog } from '../../ui/ModalDialog';
import { FieldProblems } from '../curation/FieldProblems';
import { downloadDataset } from './downloadDataset';

export function NewDatasetDialog() {
  const { t } = useI18n();
  const session = useCurationSession();
  const closeDialog = useExplorer((state) => state.closeDialog);
  const onScreen = useExplorer((state) => state.checked);
  const unsaved = useExplorer(
    (state) => state.checked !== null && state.checked !== state.pristine && state.checked !== state.downloaded,
  );
  const datasetDownloaded = useExplorer((state) => state.datasetDownloaded);
  const [title, setTitle] = useState('');
  const [typedId, setTypedId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const id = typedId ?? idSlug(title);
  // The session asks the validator (loaded with its first use), for what is typed now; until it answers, nothing starts.
  const [checked, setChecked] = useState<{ id: string; title: string; problems: Problem[] } | null>(null);
  useEffect(() => {
    let current = true;
    void session.checkNewDataset({ id, title: title.trim() }).then((problems) => {
      if (current) setChecked({ id, title, problems });
    });
    return () => {
      current = false;
    };
  }, [session, id, title]);
  const upToDate = checked !== null && checked.id === id && checked.title === title;
  const { byField } = useMemo(() => problemsFor(checked?.problems ?? [], ''), [checked]);
  const invalid = !upToDate || byField.has('id') || byField.has('title');

  return (
    <ModalDialog title={t('workbench.new.title')} onClose={closeDialog} testId="new-dataset-dialog">
      {unsaved && onScreen && (
        <div className="workbench-unsaved" role="note">
          <p>{t('workbench.new.unsaved', { title: onScreen.dataset.title })}</p>
          <p className="hint">{t('workbench.new.unsavedHint')}</p>
          <button
            type="button"
            onClick={() =>
              void downloadDataset(onScreen, 'zip').then(
                () => datasetDownloaded(onScreen),
                () => undefined,
              )
            }
          >
            {t('workbench.new.download', { title: onScreen.dataset.title })}
          </button>
        </div>
      )}
      <form
        className="editor"
        aria-label={t('workbench.new.title')}
        onSubmit={(event) => {
          event.preventDefault();
          if (invalid || starting) return;
          setStarting(true);
          void session.newDataset({ id, title: title.trim() }).then((problems) => {
            setStarting(false);
            if (problems.length === 0) closeDialog();
          });
        }}
      >
        <p className="hint">{t('workbench.new.hint')}</p>
        <label>
          {t('workbench.new.field.title')}
          <input
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            dir="auto"
            aria-describedby={byField.has('title') ? 'new-dataset-title-problems' : undefined}
          />
        </label>
        {title !== '' && <FieldProblems id="new-dataset-title-problems" problems={byField.get('title')} />}
        <label>
          {t('workbench.new.field.id')}
          <input
            value={id}
            onChange={(event) => setTypedId(event.target.value)}
            aria-describedby={byField.has('id') ? 'new-dataset-id-problems' : undefined}
          />
        </label>
        {(title !== '' || typedId !== null) && (
          <FieldProblems id="new-dataset-id-problems" problems={byField.get('id')} />
        )}
        <div className="editor__actions">
          <button type="submit" disabled={invalid || starting}>
            {t('workbench.new.create')}
          </button>
          <button type="button" onClick={closeDialog}>
            {t('workbench.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
