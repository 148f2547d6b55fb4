// Creates, edits or deletes a relation with its evidence; the dataset is re-validated as the user types and saving waits until it is valid.
import { useCallback, useMemo } from 'react';
import {
  emptyEvidenceForm,
  formToEvidence,
  formToRelation,
  relationToForm,
  type RelationForm,
} from '../../curation/forms';
import { claimStatus } from '../../domain/claims';
import { deleteRelation, putRelation } from '../../curation/relationTransitions';
import { relationById, type CheckedDataset, type Relation } from '../../domain/model';
import type { Problem } from '../../domain/problems';
import { ConfirmButton } from './ConfirmButton';
import { EvidenceFields } from './EvidenceFields';
import { EditorFooter } from './EditorFooter';
import { FieldProblems } from './FieldProblems';
import { JudgementFields } from './JudgementFields';
import { RELATION_JUDGEMENTS } from '../../domain/formatValues';
import { useEditorForm } from './useEditorForm';
import type { MessageId } from '../../i18n/en';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  checked: CheckedDataset;
  relationId: string | null;
  prefill?: Partial<RelationForm> | undefined;
}

const END_LABELS: Record<'source' | 'target', MessageId> = {
  source: 'curation.field.source',
  target: 'curation.field.target',
};
const DATE_LABELS: Record<'date' | 'start' | 'end', MessageId> = {
  date: 'curation.field.date',
  start: 'curation.field.start',
  end: 'curation.field.end',
};

const relationIdWords = (form: RelationForm) => [form.source, form.type, form.target].filter(Boolean).join(' ');

function initialForm(
  checked: CheckedDataset,
  relationId: string | null,
  prefill: Partial<RelationForm> | undefined,
): RelationForm {
  const existing = relationId === null ? undefined : relationById(checked, relationId);
  if (existing) return { ...relationToForm(existing), ...prefill };
  const firstType = checked.relationTypes.keys().next().value ?? '';
  return {
    id: '',
    type: firstType,
    source: '',
    target: '',
    date: '',
    start: '',
    end: '',
    summary: '',
    judgements: {},
    evidence: [emptyEvidenceForm(checked.dataset.documents[0]?.id)],
    ...prefill,
  };
}

export function RelationEditor({ checked, relationId, prefill }: Props) {
  const { t, rich } = useI18n();
  const original = relationId === null ? undefined : relationById(checked, relationId);
  const takenIds = useMemo(
    () => new Set(checked.dataset.relations.map((relation) => relation.id).filter((id) => id !== relationId)),
    [checked, relationId],
  );
  const toEdit = useCallback((relation: Relation) => putRelation(relation, original?.id), [original]);
  const index = original ? checked.dataset.relations.indexOf(original) : checked.dataset.relations.length;
  const editor = useEditorForm({
    kind: 'relation',
    initial: () => initialForm(checked, relationId, prefill),
    editing: original !== undefined,
    takenIds,
    idWords: relationIdWords,
    toItem: formToRelation,
    toEdit,
    pointer: `/relations/${index}`,
  });
  const { form, setForm, effective, setField: set, byField, fieldId, describedBy } = editor;
  // "evidence/0/quote" is the quote's; "evidence/0" the evidence's as a whole (an unmarked hedge), keyed "".
  const evidenceProblems = (evidenceIndex: number) => {
    const whole = `evidence/${evidenceIndex}`;
    const problems = new Map<string, Problem[]>();
    for (const [key, list] of byField) {
      if (key === whole) problems.set('', list);
      else if (key.startsWith(`${whole}/`)) problems.set(key.slice(whole.length + 1), list);
    }
    return problems;
  };
  const status = claimStatus(form.evidence.map(formToEvidence));
  const actors = [...checked.dataset.actors].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <form
      className="editor"
      aria-label={t(original ? 'curation.relation.edit' : 'curation.relation.new')}
      onSubmit={(event) => (event.preventDefault(), editor.save())}
    >
      <h2>{t(original ? 'curation.relation.edit' : 'curation.relation.new')}</h2>
      {(['source', 'target'] as const).map((end) => (
        <div key={end}>
          <label>
            {t(END_LABELS[end])}
            <select value={form[end]} onChange={set(end)} aria-describedby={describedBy(end)}>
              <option value="">{t('curation.field.chooseActor')}</option>
              {actors.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.name}
                </option>
              ))}
            </select>
          </label>
          <FieldProblems id={fieldId(end)} problems={byField.get(end)} />
        </div>
      ))}
      <label>
        {t('curation.field.type')}
        <select value={form.type} onChange={set('type')} aria-describedby={describedBy('type')}>
          {[...checked.relationTypes.values()].map((type) => (
            <option key={type.id} value={type.id}>
              {type.label}
            </option>
          ))}
        </select>
      </label>
      <FieldProblems id={fieldId('type')} problems={byField.get('type')} />
      <div className="editor__dates">
        {(['date', 'start', 'end'] as const).map((field) => (
          <div key={field}>
            <label>
              {t(DATE_LABELS[field])}
              <input
                value={form[field]}
                onChange={set(field)}
                placeholder={t('common.datePlaceholder')}
                aria-describedby={[describedBy(field), 'relation-dates-help'].filter(Boolean).join(' ')}
              />
            </label>
            <FieldProblems id={fieldId(field)} problems={byField.get(field)} />
          </div>
        ))}
      </div>
      <p id="relation-dates-help" className="hint">
        {t('curation.dates.help')}
      </p>
      <JudgementFields
        codes={RELATION_JUDGEMENTS}
        problems={[...(byField.get('date') ?? []), ...(byField.get('end') ?? [])]}
        judgements={form.judgements}
        idPrefix="relation"
        onChange={(judgements) => setForm((current) => ({ ...current, judgements }))}
      />
      <label>
        {t('curation.field.summary')}
        <input value={form.summary} onChange={set('summary')} />
      </label>
      <label>
        {t('curation.field.id')}
        <input
          value={effective.id}
          onChange={(event) => editor.setId(event.target.value)}
          aria-describedby={describedBy('id')}
        />
      </label>
      <FieldProblems id={fieldId('id')} problems={byField.get('id')} />
      {form.evidence.map((evidence, evidenceIndex) => (
        <EvidenceFields
          key={evidenceIndex}
          checked={checked}
          index={evidenceIndex}
          evidence={evidence}
          problems={evidenceProblems(evidenceIndex)}
          onChange={(changed) =>
            setForm((current) => ({
              ...current,
              evidence: current.evidence.map((item, i) => (i === evidenceIndex ? changed : item)),
            }))
          }
          onRemove={
            form.evidence.length > 1
              ? () =>
                  setForm((current) => ({
                    ...current,
                    evidence: current.evidence.filter((_, i) => i !== evidenceIndex),
                  }))
              : null
          }
        />
      ))}
      <FieldProblems id={fieldId('evidence')} problems={byField.get('evidence')} />
      <p className="editor__claim" data-status={status}>
        {rich('curation.relation.claim', {
          status: t(`claims.status.${status}`),
          meaning: t(`claims.meaning.${status}`),
          b: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <button
        type="button"
        onClick={() =>
          setForm((current) => ({
            ...current,
            evidence: [...current.evidence, emptyEvidenceForm(checked.dataset.documents[0]?.id)],
          }))
        }
      >
        {t('curation.evidence.add')}
      </button>
      <EditorFooter
        elsewhere={editor.elsewhere}
        checking={editor.checking}
        errorCount={editor.errorCount}
        submitLabel={t(original ? 'curation.relation.save' : 'curation.relation.add')}
        onCancel={editor.closeDrawer}
      >
        {original && (
          <ConfirmButton
            label={t('curation.relation.delete')}
            confirmLabel={t('curation.relation.deleteConfirm')}
            question={t('curation.relation.deleteQuestion')}
            onConfirm={() => editor.applyAndClose(deleteRelation(original.id))}
          />
        )}
      </EditorFooter>
    </form>
  );
}
