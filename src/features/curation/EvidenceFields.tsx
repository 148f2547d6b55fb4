// The fields of one piece of evidence in the relation editor: document, quote, prefix, suffix and who the claim is attributed to.
import type { EvidenceForm } from '../../curation/forms';
import type { CheckedDataset } from '../../domain/model';
import type { Problem } from '../../domain/problems';
import { FieldProblems } from './FieldProblems';

interface Props {
  checked: CheckedDataset;
  index: number;
  evidence: EvidenceForm;
  /** Problems by field name within this evidence ("quote", "prefix"…). */
  problems: ReadonlyMap<string, Problem[]>;
  onChange: (evidence: EvidenceForm) => void;
  onRemove: (() => void) | null;
}

export function EvidenceFields({ checked, index, evidence, problems, onChange, onRemove }: Props) {
  const set = (field: keyof EvidenceForm) => (event: { target: { value: string } }) =>
    onChange({ ...evidence, [field]: event.target.value });
  const fieldId = (field: string) => `evidence-${index}-${field}-problems`;
  const describedBy = (field: string) => (problems.has(field) ? fieldId(field) : undefined);
  const number = index + 1;
  return (
    <fieldset className="editor__evidence">
      <legend>Evidence {number}</legend>
      <label>
        Document
        <select
          value={evidence.document}
          onChange={set('document')}
          aria-label={`Evidence ${number} document`}
          aria-describedby={describedBy('document')}
        >
          <option value="">(choose a document)</option>
          {checked.dataset.documents.map((document) => (
            <option key={document.id} value={document.id}>
              {document.title} ({document.outlet})
            </option>
          ))}
        </select>
      </label>
      <FieldProblems id={fieldId('document')} problems={problems.get('document')} />
      <label>
        Quote
        <textarea
          rows={3}
          value={evidence.quote}
          onChange={set('quote')}
          aria-label={`Evidence ${number} quote`}
          aria-describedby={describedBy('quote')}
        />
      </label>
      <FieldProblems id={fieldId('quote')} problems={problems.get('quote')} />
      <label>
        Prefix (text just before the quote, when it occurs more than once)
        <input
          value={evidence.prefix}
          onChange={set('prefix')}
          aria-label={`Evidence ${number} prefix`}
          aria-describedby={describedBy('prefix')}
        />
      </label>
      <FieldProblems id={fieldId('prefix')} problems={problems.get('prefix')} />
      <label>
        Suffix (text just after the quote)
        <input
          value={evidence.suffix}
          onChange={set('suffix')}
          aria-label={`Evidence ${number} suffix`}
          aria-describedby={describedBy('suffix')}
        />
      </label>
      <FieldProblems id={fieldId('suffix')} problems={problems.get('suffix')} />
      <label>
        According to
        <select
          value={evidence.attributedTo}
          onChange={set('attributedTo')}
          aria-label={`Evidence ${number} attributed to`}
        >
          <option value="">(the document itself)</option>
          {checked.dataset.actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      </label>
      <FieldProblems id={fieldId('attributedTo')} problems={problems.get('attributedTo')} />
      {onRemove && (
        <button type="button" onClick={onRemove}>
          Remove evidence {number}
        </button>
      )}
    </fieldset>
  );
}
