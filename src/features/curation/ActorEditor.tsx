// Creates, edits or deletes an actor; the dataset is re-validated as the user types and saving waits until it is valid.
import { useMemo, useState } from 'react';
import { actorDependents, deleteActor, putActor } from '../../curation/actorTransitions';
import { actorToForm, formToActor, problemsFor, type ActorForm } from '../../curation/forms';
import { slugify, uniqueId } from '../../curation/ids';
import type { CheckedDataset } from '../../domain/model';
import { ACTOR_KINDS } from '../../domain/schema';
import { useExplorer } from '../../store/StoreProvider';
import { ConfirmButton } from './ConfirmButton';
import { EditorFooter } from './EditorFooter';
import { FieldProblems } from './FieldProblems';
import { kindLabel } from '../../ui/labels';
import { useLiveValidation } from './useLiveValidation';

const NEW_ACTOR: ActorForm = { id: '', name: '', kind: 'state', aliases: '', description: '', affiliation: '' };

export function ActorEditor({ checked, actorId }: { checked: CheckedDataset; actorId: string | null }) {
  const applyEdit = useExplorer((state) => state.applyEdit);
  const closeDrawer = useExplorer((state) => state.closeDrawer);
  const original = actorId === null ? undefined : checked.actorsById.get(actorId);
  const [form, setForm] = useState<ActorForm>(() => (original ? actorToForm(original) : NEW_ACTOR));
  // A new actor's id follows its name until the user types one.
  const [idTouched, setIdTouched] = useState(original !== undefined);
  const takenIds = useMemo(
    () => new Set(checked.dataset.actors.map((actor) => actor.id).filter((id) => id !== actorId)),
    [checked, actorId],
  );
  const effective = useMemo(
    () => (idTouched ? form : { ...form, id: uniqueId(slugify(form.name), takenIds, 'actor') }),
    [form, idTouched, takenIds],
  );
  const actor = useMemo(() => formToActor(effective, original), [effective, original]);
  const edit = useMemo(() => putActor(actor, original?.id), [actor, original]);
  const result = useLiveValidation(edit);

  const index = original ? checked.dataset.actors.indexOf(original) : checked.dataset.actors.length;
  const { byField, elsewhere } = problemsFor(result?.problems ?? [], `/actors/${index}`);
  const errors = (result?.problems ?? []).filter((problem) => problem.severity === 'error');
  const set = (field: keyof ActorForm) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [field]: event.target.value }));
  const fieldId = (field: string) => `actor-${field}-problems`;
  const describedBy = (field: string) => (byField.has(field) ? fieldId(field) : undefined);

  const save = () => {
    if (applyEdit(edit, { kind: 'actor', id: actor.id })?.ok) closeDrawer();
  };
  const dependents = original ? actorDependents(checked.dataset, original.id) : null;

  return (
    <form
      className="editor"
      aria-label={original ? `Edit actor ${original.name}` : 'New actor'}
      onSubmit={(event) => (event.preventDefault(), save())}
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
          onChange={(event) => {
            setIdTouched(true);
            setForm((current) => ({ ...current, id: event.target.value }));
          }}
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
        elsewhere={elsewhere}
        checking={result === null}
        errorCount={errors.length}
        submitLabel={original ? 'Save actor' : 'Add actor'}
        onCancel={closeDrawer}
      >
        {original && dependents && (
          <ConfirmButton
            label="Delete actor"
            question={`Delete ${original.name}${dependents.relations.length > 0 ? ` and its ${dependents.relations.length === 1 ? 'relation' : `${dependents.relations.length} relations`}` : ''}?`}
            onConfirm={() => {
              if (applyEdit(deleteActor(original.id))?.ok) closeDrawer();
            }}
          />
        )}
      </EditorFooter>
    </form>
  );
}
