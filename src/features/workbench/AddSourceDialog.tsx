// "Add source": paste a text, or pick or drop a saved web page, a .txt or a .md; then check the metadata the source
// offered, and add it. Its text is archived as shown, and opens in the reader for citing at once.
import { useEffect, useRef, useState } from 'react';
import { documentWithText } from '../../curation/documentTransitions';
import { useI18n } from '../../i18n/I18nProvider';
import {
  pastedSource,
  readSource,
  sourceFaultMessage,
  type PickedFile,
  type SourceDraft,
  type SourceFault,
} from '../../session/sourceReading';
import { useExplorer } from '../../store/StoreProvider';
import { ModalDialog } from '../../ui/ModalDialog';
import { SourceForm } from '../sources/SourceForm';

type Step =
  | { phase: 'choose'; refused?: { fileName: string | null; fault: SourceFault } }
  | { phase: 'reading'; name: string }
  | { phase: 'draft'; draft: SourceDraft };

const ACCEPTED = '.html,.htm,.xhtml,.txt,.md,.markdown,text/html,text/plain,text/markdown';

export function AddSourceDialog({ file }: { file?: File | undefined }) {
  const i18n = useI18n();
  const { t } = i18n;
  const checked = useExplorer((state) => state.checked);
  const closeDialog = useExplorer((state) => state.closeDialog);
  const openDrawer = useExplorer((state) => state.openDrawer);
  const [step, setStep] = useState<Step>(file ? { phase: 'reading', name: file.name } : { phase: 'choose' });
  const [pasted, setPasted] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const reading = useRef(0);

  /** Reads a file; a later choice makes an earlier reading's outcome moot. */
  const readInto = (picked: PickedFile) => {
    const attempt = ++reading.current;
    return readSource(picked).then((outcome) => {
      if (attempt !== reading.current) return;
      setStep(outcome.ok ? { phase: 'draft', draft: outcome.draft } : { phase: 'choose', refused: outcome });
    });
  };
  const read = (picked: PickedFile) => {
    setStep({ phase: 'reading', name: picked.name });
    void readInto(picked);
  };
  // A file dropped on the page opened this dialog: it is read at once (the dialog opened saying so).
  const [dropped] = useState(file);
  useEffect(() => {
    if (dropped) void readInto(dropped);
  }, [dropped]);

  if (!checked) return null;
  const duplicate = step.phase === 'draft' ? documentWithText(checked, step.draft.text) : undefined;

  return (
    <ModalDialog title={t('sources.add.title')} onClose={closeDialog} testId="add-source-dialog">
      <div
        className="add-source"
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          event.stopPropagation();
        }}
        onDrop={(event) => {
          const dropped = event.dataTransfer.files[0];
          if (!dropped) return;
          // Not the page's drop zone, which would open the file as a dataset.
          event.preventDefault();
          event.stopPropagation();
          read(dropped);
        }}
      >
        {step.phase === 'choose' && (
          <>
            {step.refused && (
              <p className="add-source__refused" role="alert">
                {sourceFaultMessage(i18n, step.refused.fileName, step.refused.fault)}
              </p>
            )}
            <label className="add-source__paste">
              {t('sources.add.pasteLabel')}
              <textarea rows={8} value={pasted} dir="auto" onChange={(event) => setPasted(event.target.value)} />
            </label>
            <div className="editor__actions">
              <button
                type="button"
                onClick={() => {
                  const outcome = pastedSource(pasted);
                  setStep(
                    outcome.ok ? { phase: 'draft', draft: outcome.draft } : { phase: 'choose', refused: outcome },
                  );
                }}
              >
                {t('sources.add.pasteUse')}
              </button>
            </div>
            <p className="add-source__file">
              <span>{t('sources.add.fileLabel')}</span>{' '}
              <button type="button" onClick={() => input.current?.click()}>
                {t('sources.add.fileButton')}
              </button>{' '}
              <span className="hint">{t('sources.add.drop')}</span>
              <input
                ref={input}
                className="visually-hidden"
                type="file"
                accept={ACCEPTED}
                aria-label={t('sources.add.fileLabel')}
                tabIndex={-1}
                onChange={(event) => {
                  const picked = event.target.files?.[0];
                  event.target.value = '';
                  if (picked) read(picked);
                }}
              />
            </p>
          </>
        )}
        {step.phase === 'reading' && (
          <p role="status">
            {t('sources.add.reading', { name: step.name })} <progress />
          </p>
        )}
        {step.phase === 'draft' && (
          <>
            <p className="add-source__origin">
              <strong>
                {step.draft.fileName === null
                  ? t('sources.add.fromPaste')
                  : t('sources.add.fromFile', { name: step.draft.fileName })}
              </strong>{' '}
              {step.draft.extraction === 'article' && <span className="hint">{t('sources.add.article')}</span>}
              <button type="button" className="link-button" onClick={() => setStep({ phase: 'choose' })}>
                {t('sources.add.another')}
              </button>
            </p>
            {step.draft.extraction === 'body' && (
              <p className="add-source__warning" role="note">
                {t('sources.add.body')}
              </p>
            )}
            {duplicate && (
              <p className="add-source__warning" role="alert">
                {t('sources.add.duplicate', { title: duplicate.title, id: duplicate.id })}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    closeDialog();
                    openDrawer({ kind: 'reader', documentId: duplicate.id });
                  }}
                >
                  {t('sources.add.readDuplicate')}
                </button>
              </p>
            )}
            <SourceForm
              checked={checked}
              adding={{ text: step.draft.text, metadata: step.draft.metadata, blocked: duplicate !== undefined }}
              onCancel={closeDialog}
              onSaved={(document) => {
                closeDialog();
                openDrawer({ kind: 'reader', documentId: document.id });
              }}
            />
          </>
        )}
      </div>
    </ModalDialog>
  );
}
