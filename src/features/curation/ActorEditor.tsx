// Creates, edits or deletes an actor; the dataset is re-validated as the user types and saving waits until it is valid.
import { useCallback, useMemo } from 'react';
import { actorDependents, deleteActor, putActor } from '../../curation/actorTransitions';
import { actorToForm, formToActor, type ActorForm } from '../../curation/forms';
import type { Actor, CheckedDataset } from '../../domain/model';
import { ACTOR_KINDS } from '../../domain/formatValues';
import { ConfirmButton } from './ConfirmButton';
import { EditorFooter } from './EditorFooter';
import { FieldProblems } from './FieldProblems';
import { kindLabel } from '../../i18n/datasetWords';
import { useI18n } from '../../i18n/I18nProvider';
import { useEditorForm } from './useEditorForm';

const NEW_ACTOR: ActorForm = {
  id: '',
  name: '',
  kind: 'state',
  aliases: '',
  searchNames: '',
  description: '',
  affiliation: '',
};
const nameOf = (form: ActorForm) => form.name;

interface Props {
  checked: CheckedDataset;
  actorId: string | null;
  /** A new actor's first content (a name the source reader found, with a guessed kind), for the curator to check. */
  prefill?: Partial<ActorForm> | undefined;
}

export function ActorEditor({ checked, actorId, prefill }: Props) {
  const { t } = useI18n();
  const original = actorId === null ? undefined : checked.actorsById.get(actorId);
  const takenIds = useMemo(
    () => new Set(checked.dataset.actors.map((actor) => actor.id).filter((id) => id !== actorId)),
    [checked, actorId],
  );
  const toItem = useCallback((form: ActorForm) => formToActor(form, original), [original]);
  const toEdit = useCallback((actor: Actor) => putActor(actor, original?.id), [original]);
  const index = original ? checked.dataset.actors.indexOf(original) : checked.dataset.actors.length;
  const editor = useEditorForm({
    kind: 'actor',
    initial: () => (original ? actorToForm(original) : { ...NEW_ACTOR, ...prefill }),
    editing: original !== undefined,
    takenIds,
    idWords: nameOf,
    toItem,
    toEdit,
    pointer: `/actors/${index}`,
  });
  const { form, setForm, effective, setField: set, byField, fieldId, describedBy } = editor;
  const dependents = original ? actorDependents(checked.dataset, original.id) : null;

  return (
    <form
      className="editor"
      aria-label={original ? t('curation.actor.editLabel', { name: original.name }) : t('curation.actor.new')}
      onSubmit={(event) => (event.preventDefault(), editor.save())}
    >
      <h2>{t(original ? 'curation.actor.edit' : 'curation.actor.new')}</h2>
      <label>
        {t('curation.field.name')}
        <input value={form.name} onChange={set('name')} required aria-describedby={describedBy('name')} />
      </label>
      <FieldProblems id={fieldId('name')} problems={byField.get('name')} />
      <label>
        {t('curation.field.id')}
        <input
          value={effective.id}
          onChange={(event) => editor.setId(event.target.value)}
          aria-describedby={describedBy('id')}
        />
      </label>
      <FieldProblems id={fieldId('id')} problems={byField.get('id')} />
      <label>
        {t('curation.field.kind')}
        <select
          value={form.kind}
          onChange={(event) => setForm((current) => ({ ...current, kind: event.target.value as ActorForm['kind'] }))}
        >
          {ACTOR_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('curation.field.aliases')}
        <textarea rows={2} value={form.aliases} onChange={set('aliases')} aria-describedby={describedBy('aliases')} />
      </label>
      <FieldProblems
        id={fieldId('aliases')}
        problems={[
          ...(byField.get('aliases') ?? []),
          ...[...byField.entries()].filter(([key]) => key.startsWith('aliases/')).flatMap(([, list]) => list),
        ]}
      />
      <label>
        {t('curation.field.searchNames')}
        <textarea
          rows={2}
          value={form.searchNames}
          onChange={set('searchNames')}
          aria-describedby="actor-search-names-help"
        />
      </label>
      <p id="actor-search-names-help" className="hint">
        {t('curation.field.searchNamesHelp')}
      </p>
      <label>
        {t('curation.field.description')}
        <textarea rows={3} value={form.description} onChange={set('description')} />
      </label>
      <label>
        {t('curation.field.affiliation')}
        <select value={form.affiliation} onChange={set('affiliation')} aria-describedby={describedBy('affiliation')}>
          <option value="">{t('curation.field.none')}</option>
          {checked.dataset.actors
            .filter((candidate) => candidate.id !== actorId)
            .map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
        </select>
      </label>
      <FieldProblems id={fieldId('affiliation')} problems={byField.get('affiliation')} />
      <EditorFooter
        elsewhere={editor.elsewhere}
        checking={editor.checking}
        errorCount={editor.errorCount}
        submitLabel={t(original ? 'curation.actor.save' : 'curation.actor.add')}
        onCancel={editor.closeDrawer}
      >
        {original && dependents && (
          <ConfirmButton
            label={t('curation.actor.delete')}
            confirmLabel={t('curation.actor.deleteConfirm')}
            question={t('curation.actor.deleteQuestion', {
              name: original.name,
              relations: dependents.relations.length,
            })}
            onConfirm={() => editor.applyAndClose(deleteActor(original.id))}
          />
        )}
      </EditorFooter>
    </form>
  );
}
