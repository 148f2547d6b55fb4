// The curator's written answers to the validator's warnings on an evidence or a relation's dates: one text box per
// warning a judgement can answer, and per judgement already written, so none is lost on save.
import type { Problem, ProblemCode } from '../../domain/problems';
import { useI18n } from '../../i18n/I18nProvider';

interface Props<Code extends ProblemCode> {
  /** The warnings a judgement answers here. */
  codes: readonly Code[];
  /** The warnings on this evidence or these dates. */
  problems: readonly Problem[];
  judgements: Partial<Record<Code, string>>;
  /** Makes the text boxes' ids unique in the editor. */
  idPrefix: string;
  onChange: (judgements: Partial<Record<Code, string>>) => void;
}

export function JudgementFields<Code extends ProblemCode>({
  codes,
  problems,
  judgements,
  idPrefix,
  onChange,
}: Props<Code>) {
  const { t } = useI18n();
  const warned = new Set(problems.map((problem) => problem.code));
  const shown = codes.filter((code) => warned.has(code) || judgements[code] !== undefined);
  if (shown.length === 0) return null;
  return (
    <div className="editor__judgements">
      {shown.map((code) => (
        <label key={code}>
          {t('curation.judgement.answer', { lint: t(`import.group.${code}`) })}
          <textarea
            rows={2}
            value={judgements[code] ?? ''}
            aria-describedby={`${idPrefix}-judgement-answer-help`}
            onChange={(event) => onChange({ ...judgements, [code]: event.target.value })}
          />
        </label>
      ))}
      <p id={`${idPrefix}-judgement-answer-help`} className="hint">
        {t('curation.judgement.answerHelp')}
      </p>
    </div>
  );
}
