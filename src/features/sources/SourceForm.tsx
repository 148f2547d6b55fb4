// A source's metadata form: title, outlet, author, date, address, language and id, checked by the validator as the user
// types, each problem under its field; the archived text below it, shown as it will be kept and never editable.
import { useCallback, useMemo } from 'react';
import { newTextFilePath, putDocument } from '../../curation/documentTransitions';
import { documentToForm, formToDocument, type DocumentForm } from '../../curation/forms';
import type { CheckedDataset, SourceDocument } from '../../domain/model';
import { useI18n } from '../../i18n/I18nProvider';
import type { SourceMetadata } from '../../session/sourceReading';
import { useExplorer } from '../../store/StoreProvider';
import { EditorFooter } from '../curation/EditorFooter';
import { FieldProblems } from '../curation/FieldProblems';
import { useEditorForm } from '../curation/useEditorForm';

type TextField = Exclude<keyof DocumentForm, 'id'>;
const FIELDS: ReadonlyArray<{
  field: TextField;
  label: Parameters<ReturnType<typeof useI18n>['t']>[0];
  type?: string;
}> = [
  { field: 'title', label: 'sources.field.title' },
  { field: 'outlet', label: 'sources.field.outlet' },
  { field: 'author', label: 'sources.field.author' },
  { field: 'published', label: 'sources.field.published' },
  { field: 'url', label: 'sources.field.url', type: 'url' },
  { field: 'language', label: 'sources.field.language' },
];

const titleOf = (form: DocumentForm) => form.title;

interface SourceFormProps {
  checked: CheckedDataset;
  /** A new source: its text and what it says about itself. */
  adding?: { text: string; metadata: SourceMetadata; blocked: boolean };
  /** An existing source, whose metadata is edited. */
  editing?: SourceDocument;
  onSaved: (document: SourceDocument) => void;
  onCancel: () => void;
}

export function SourceForm({ checked, adding, editing, onSaved, onCancel }: SourceFormProps) {
  const { t } = useI18n();
  const revalidation = useExplorer((state) => state.revalidation);
  const takenIds = useMemo(
    () => new Set(checked.dataset.documents.map((document) => document.id).filter((id) => id !== editing?.id)),
    [checked, editing],
  );
  const text = editing ? (checked.documentTexts.get(editing.id) ?? '') : (adding?.text ?? '');
  // A new source's text goes to sources/<id>.txt, a path no document, and no text held for undo, uses.
  const heldPaths = useMemo(() => [...(revalidation?.textFiles.keys() ?? [])], [revalidation]);
  const toItem = useCallback(
    (form: DocumentForm) =>
      formToDocument(
        form,
        editing
          ? editing.textFile !== undefined
            ? { textFile: editing.textFile }
            : { text: editing.text ?? '' }
          : { textFile: newTextFilePath(checked.dataset, heldPaths, form.id.trim()) },
      ),
    [checked, editing, heldPaths],
  );
  const textsOf = useCallback(
    (document: SourceDocument) =>
      !editing && document.textFile !== undefined ? new Map([[document.textFile, text]]) : undefined,
    [editing, text],
  );
  const toEdit = useCallback((document: SourceDocument) => putDocument(document, editing?.id), [editing]);
  const index = editing ? checked.dataset.documents.indexOf(editing) : checked.dataset.documents.length;
  const editor = useEditorForm({
    kind: 'document',
    initial: () => documentToForm(editing ?? adding?.metadata ?? {}),
    editing: editing !== undefined,
    takenIds,
    idWords: titleOf,
    toItem,
    toEdit,
    pointer: `/documents/${index}`,
    textsOf,
    onSaved,
  });
  const { form, effective, setField, byField, fieldId, describedBy } = editor;
  const blocked = adding?.blocked ?? false;

  return (
    <form
      className="editor source-form"
      aria-label={t(editing ? 'sources.edit.title' : 'sources.add.title')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!blocked) editor.save();
      }}
    >
      <div className="source-form__fields">
        {FIELDS.map(({ field, label, type }) => (
          <div key={field} className={`source-form__field source-form__field--${field}`}>
            <label>
              {t(label)}
              <input
                type={type ?? 'text'}
                value={form[field]}
                onChange={setField(field)}
                aria-describedby={describedBy(field)}
                aria-invalid={byField.has(field)}
                {...(field === 'title' && { dir: 'auto' })}
              />
            </label>
            <FieldProblems id={fieldId(field)} problems={byField.get(field)} />
          </div>
        ))}
        <div className="source-form__field source-form__field--id">
          <label>
            {t('sources.field.id')}
            <input
              value={effective.id}
              onChange={(event) => editor.setId(event.target.value)}
              aria-describedby={describedBy('id')}
              aria-invalid={byField.has('id')}
            />
          </label>
          <FieldProblems id={fieldId('id')} problems={byField.get('id')} />
        </div>
      </div>
      <p className="source-form__text-label">
        {editing ? t('sources.edit.text') : t('sources.add.text', { characters: text.length })}
      </p>
      <div
        className="source-form__text"
        data-testid="source-text"
        lang={form.language.trim() || undefined}
        dir="auto"
        tabIndex={0}
      >
        {text}
      </div>
      <FieldProblems
        id={fieldId('text')}
        problems={[...(byField.get('textFile') ?? []), ...(byField.get('text') ?? [])]}
      />
      <EditorFooter
        elsewhere={editor.elsewhere}
        checking={editor.checking}
        errorCount={editor.errorCount + (blocked ? 1 : 0)}
        submitLabel={t(editing ? 'sources.edit.save' : 'sources.add.save')}
        onCancel={onCancel}
      />
    </form>
  );
}
