// The fields of one piece of evidence in the relation editor: document, quote, prefix, suffix, who the claim is
// attributed to, and how the quote states the relation (certainty and negation), with the cues that call for a judgement.
import type { EvidenceForm } from '../../curation/forms';
import { findHedgeCues } from '../../domain/hedges';
import type { CheckedDataset } from '../../domain/model';
import type { Problem } from '../../domain/problems';
import { EVIDENCE_JUDGEMENTS } from '../../domain/formatValues';
import { FieldProblems } from './FieldProblems';
import { JudgementFields } from './JudgementFields';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  checked: CheckedDataset;
  index: number;
  evidence: EvidenceForm;
  /** Problems by field name within this evidence ("quote", "prefix"…; "" for the evidence as a whole). */
  problems: ReadonlyMap<string, Problem[]>;
  onChange: (evidence: EvidenceForm) => void;
  onRemove: (() => void) | null;
}

export function EvidenceFields({ checked, index, evidence, problems, onChange, onRemove }: Props) {
  const { t } = useI18n();
  const set =
    (field: 'document' | 'quote' | 'prefix' | 'suffix' | 'attributedTo') => (event: { target: { value: string } }) =>
      onChange({ ...evidence, [field]: event.target.value });
  const fieldId = (field: string) => `evidence-${index}-${field}-problems`;
  const describedBy = (field: string) => (problems.has(field) ? fieldId(field) : undefined);
  const number = index + 1;
  const cues = [...new Set(findHedgeCues(evidence.quote).map((match) => match.text.toLowerCase()))];
  const judgementHelp = `evidence-${index}-judgement-help`;
  return (
    <fieldset className="editor__evidence">
      <legend>{t('curation.evidence.legend', { number })}</legend>
      <label>
        {t('curation.field.document')}
        <select
          value={evidence.document}
          onChange={set('document')}
          aria-label={t('curation.evidence.document', { number })}
          aria-describedby={describedBy('document')}
        >
          <option value="">{t('curation.field.chooseDocument')}</option>
          {checked.dataset.documents.map((document) => (
            <option key={document.id} value={document.id}>
              {t('curation.evidence.documentOption', { title: document.title, outlet: document.outlet })}
            </option>
          ))}
        </select>
      </label>
      <FieldProblems id={fieldId('document')} problems={problems.get('document')} />
      <label>
        {t('curation.field.quote')}
        <textarea
          rows={3}
          value={evidence.quote}
          onChange={set('quote')}
          aria-label={t('curation.evidence.quote', { number })}
          aria-describedby={describedBy('quote')}
        />
      </label>
      <FieldProblems id={fieldId('quote')} problems={problems.get('quote')} />
      <label>
        {t('curation.field.prefix')}
        <input
          value={evidence.prefix}
          onChange={set('prefix')}
          aria-label={t('curation.evidence.prefix', { number })}
          aria-describedby={describedBy('prefix')}
        />
      </label>
      <FieldProblems id={fieldId('prefix')} problems={problems.get('prefix')} />
      <label>
        {t('curation.field.suffix')}
        <input
          value={evidence.suffix}
          onChange={set('suffix')}
          aria-label={t('curation.evidence.suffix', { number })}
          aria-describedby={describedBy('suffix')}
        />
      </label>
      <FieldProblems id={fieldId('suffix')} problems={problems.get('suffix')} />
      <label>
        {t('curation.field.attributedTo')}
        <select
          value={evidence.attributedTo}
          onChange={set('attributedTo')}
          aria-label={t('curation.evidence.attributedTo', { number })}
        >
          <option value="">{t('curation.field.documentItself')}</option>
          {checked.dataset.actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      </label>
      <FieldProblems id={fieldId('attributedTo')} problems={problems.get('attributedTo')} />
      <div className="editor__judgement">
        <label>
          {t('curation.field.certainty')}
          <select
            value={evidence.certainty}
            onChange={(event) => onChange({ ...evidence, certainty: event.target.value as EvidenceForm['certainty'] })}
            aria-label={t('curation.evidence.certainty', { number })}
            aria-describedby={[judgementHelp, describedBy('')].filter(Boolean).join(' ')}
          >
            <option value="">{t('curation.certainty.unset')}</option>
            <option value="certain">{t('curation.certainty.certain')}</option>
            <option value="probable">{t('curation.certainty.probable')}</option>
            <option value="possible">{t('curation.certainty.possible')}</option>
          </select>
        </label>
        <label className="editor__check">
          <input
            type="checkbox"
            checked={evidence.negated === true}
            onChange={(event) => onChange({ ...evidence, negated: event.target.checked })}
            aria-label={t('curation.evidence.negated', { number })}
            aria-describedby={[judgementHelp, describedBy('')].filter(Boolean).join(' ')}
          />
          {t('curation.field.negated')}
        </label>
        <p id={judgementHelp} className="hint">
          {t('curation.judgement.help')}
        </p>
        {cues.length > 0 && (
          <p className="hint editor__cues">
            {t('curation.judgement.cues', { cues: cues.map((cue) => `“${cue}”`).join(', ') })}
          </p>
        )}
        <FieldProblems id={fieldId('')} problems={problems.get('')} />
        <JudgementFields
          codes={EVIDENCE_JUDGEMENTS}
          problems={problems.get('') ?? []}
          judgements={evidence.judgements}
          idPrefix={`evidence-${index}`}
          onChange={(judgements) => onChange({ ...evidence, judgements })}
        />
      </div>
      {onRemove && (
        <button type="button" onClick={onRemove}>
          {t('curation.evidence.remove', { number })}
        </button>
      )}
    </fieldset>
  );
}
