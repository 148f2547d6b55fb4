// Creates, edits or deletes an actor; the dataset is re-validated as the user types and saving waits until it is valid.
import { useCallback, useMemo } from 'react';
import { actorDependents, deleteActor, putActor } from '../../curation/actorTransitions';
import { actorToForm, formToActor, type ActorForm } from '../../curation/forms';
import type { Actor, CheckedDataset } from '../../domain/model';
import { ACTOR_KINDS } from '../../domain/schema';
import { ConfirmButton } from './ConfirmButton';
import { EditorFooter } from './EditorFooter';
import { FieldProblems } from './FieldProblems';
import { kindLabel } from '../../ui/labels';
import { useEditorForm } from './useEditorForm';

const NEW_ACTOR: ActorForm = { id: '', name: '', kind: 'state', aliases: '', description: '', affiliation: '' };
const nameOf = (form: ActorForm) => form.name;

export function ActorEditor({ checked, actorId }: { checked: CheckedDataset; actorId: string | null }) {
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
    initial: () => (original ? actorToForm(original) : NEW_ACTOR),
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
      aria-label={original ? `Edit actor ${original.name}` : 'New actor'}
      onSubmit={(event) => (event.preventDefault(), editor.save())}
    >
      <h2>{original ? `Edit actor` : 'New actor'}</h2>
      <label>
        Name
        <input value={form.name} onChange={set('name')} required aria-describedby={describedBy('name')} />
      </label>
      <FieldProblems id={fieldId('name')} problems={byField.get('name')} />
      <label>
        Id
        <input
          value={effective.id}
          onChange={(event) => editor.setId(event.target.value)}
          aria-describedby={describedBy('id')}
        />
      </label>
      <FieldProblems id={fieldId('id')} problems={byField.get('id')} />
      <label>
        Kind
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
        Aliases (one per line)
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
        Description
        <textarea rows={3} value={form.description} onChange={set('description')} />
      </label>
      <label>
        Affiliation
        <select value={form.affiliation} onChange={set('affiliation')} aria-describedby={describedBy('affiliation')}>
          <option value="">(none)</option>
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
        submitLabel={original ? 'Save actor' : 'Add actor'}
        onCancel={editor.closeDrawer}
      >
        {original && dependents && (
          <ConfirmButton
            label="Delete actor"
            question={`Delete ${original.name}${dependents.relations.length > 0 ? ` and its ${dependents.relations.length === 1 ? 'relation' : `${dependents.relations.length} relations`}` : ''}?`}
            onConfirm={() => editor.applyAndClose(deleteActor(original.id))}
          />
        )}
      </EditorFooter>
    </form>
  );
}
