// The state every editor form shares: the form, an id that follows the name until the user types one, the edit the
// form makes, its live validation, the problems by field, and saving.
import { useMemo, useState } from 'react';
import type { DatasetEdit } from '../../curation/actorTransitions';
import { problemsFor } from '../../curation/forms';
import { idSlug, uniqueId } from '../../curation/ids';
import type { Problem } from '../../domain/problems';
import { useExplorer } from '../../store/StoreProvider';
import { useLiveValidation } from './useLiveValidation';

interface EditorFormOptions<Form extends { id: string }, Item extends { id: string }> {
  kind: 'actor' | 'relation' | 'document';
  /** The form's first content: the edited item's, or a new one's. */
  initial: () => Form;
  /** Whether an existing item is edited (its id is kept as typed) or a new one made (its id is suggested). */
  editing: boolean;
  /** Ids the item may not take: every other item's of its kind. */
  takenIds: ReadonlySet<string>;
  /** The words a new item's id is made from (its name, or its ends and type). */
  idWords: (form: Form) => string;
  toItem: (form: Form) => Item;
  toEdit: (item: Item) => DatasetEdit;
  /** JSON Pointer of the item in the edited dataset: problems under it belong to the form's fields. */
  pointer: string;
  /** The files, by path, of a source the item adds. */
  textsOf?: (item: Item) => ReadonlyMap<string, string> | undefined;
  /** After saving: closes the drawer unless told otherwise. */
  onSaved?: (item: Item) => void;
}

export function useEditorForm<Form extends { id: string }, Item extends { id: string }>(
  options: EditorFormOptions<Form, Item>,
) {
  const { kind, editing, takenIds, idWords, toItem, toEdit, pointer, textsOf, onSaved } = options;
  const applyEdit = useExplorer((state) => state.applyEdit);
  // Saving, cancelling or deleting goes back to the reader when the editor was opened from it.
  const closeDrawer = useExplorer((state) => state.leaveEditor);
  const [form, setForm] = useState<Form>(options.initial);
  const [idTouched, setIdTouched] = useState(editing);
  const effective = useMemo(
    () => (idTouched ? form : { ...form, id: uniqueId(idSlug(idWords(form)), takenIds, kind) }),
    [form, idTouched, takenIds, idWords, kind],
  );
  const item = useMemo(() => toItem(effective), [effective, toItem]);
  const edit = useMemo(() => toEdit(item), [item, toEdit]);
  const texts = useMemo(() => textsOf?.(item), [item, textsOf]);
  const result = useLiveValidation(edit, texts);
  const problems = result?.problems ?? [];
  const { byField, elsewhere } = problemsFor(problems, pointer);
  const fieldId = (field: string) => `${kind}-${field}-problems`;

  return {
    form,
    setForm,
    /** The form with the id it will save under. */
    effective,
    /** An input's change handler for one string field. */
    setField:
      <Field extends keyof Form>(field: Field) =>
      (event: { target: { value: string } }) =>
        setForm((current) => ({ ...current, [field]: event.target.value })),
    setId: (id: string) => {
      setIdTouched(true);
      setForm((current) => ({ ...current, id }));
    },
    /** True until the current form has been validated. */
    checking: result === null,
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
    byField: byField as ReadonlyMap<string, Problem[]>,
    elsewhere,
    fieldId,
    describedBy: (field: string) => (byField.has(field) ? fieldId(field) : undefined),
    save: () => {
      // Actors and relations are selected once saved; a document has no place on the graph to select.
      const select = kind === 'document' ? undefined : { kind, id: item.id };
      if (!applyEdit(edit, select, texts)?.ok) return;
      if (onSaved) onSaved(item);
      else closeDrawer();
    },
    /** Applies another edit (a deletion) and closes the editor when it lands. */
    applyAndClose: (other: DatasetEdit) => {
      if (applyEdit(other)?.ok) closeDrawer();
    },
    closeDrawer,
  };
}
