// One suggested relation: its actors, type and quote, what the engine judged (certainty, negation, speaker, date), why it
// was suggested, and what the curator can do with it.
import type { MessageId } from '../../../i18n/en';
import { useI18n } from '../../../i18n/I18nProvider';
import { actorName, relationSentence, typeLabel } from '../../../i18n/datasetWords';
import type { CheckedDataset } from '../../../domain/model';
import type { SuggestionRule } from '../../../suggestions/types';
import type { EndState, SuggestionRow } from './suggestionView';

interface Props {
  checked: CheckedDataset;
  row: SuggestionRow;
  onFocus(sentence: { start: number; end: number } | null): void;
  onAccept(): void;
  onEdit(): void;
  onReject(): void;
  onAddActor(end: Extract<EndState, { kind: 'proposed' }>): void;
}

const endName = (end: EndState) => (end.kind === 'actor' ? end.actor.name : end.name);

/** Every rule of the engine in the catalogue's words: a rule added to SuggestionRule without its words does not compile. */
const RULE_WORDS: Record<SuggestionRule, MessageId> = {
  'active-verb': 'suggest.rule.active-verb',
  'passive-by': 'suggest.rule.passive-by',
  'verb-pattern': 'suggest.rule.verb-pattern',
  'shared-subject': 'suggest.rule.shared-subject',
  'joint-subject': 'suggest.rule.joint-subject',
  'joint-object': 'suggest.rule.joint-object',
  noun: 'suggest.rule.noun',
  'dataset-cue': 'suggest.rule.dataset-cue',
  title: 'suggest.rule.title',
  presence: 'suggest.rule.presence',
  compound: 'suggest.rule.compound',
};

/** The rule in words; a rule the catalogue does not know (the contract keeps the field a string) is named by its id. */
function useRuleWords(): (rule: string) => string {
  const { t } = useI18n();
  return (rule) => {
    const id = Object.hasOwn(RULE_WORDS, rule) ? RULE_WORDS[rule as SuggestionRule] : undefined;
    return id ? t(id) : t('suggest.rule.other', { rule });
  };
}

export function SuggestionItem({ checked, row, onFocus, onAccept, onEdit, onReject, onAddActor }: Props) {
  const i18n = useI18n();
  const { t, list, partialDate } = i18n;
  const ruleWords = useRuleWords();
  const { suggestion, source, target, addsTo } = row;
  const type = typeLabel(checked, suggestion.type);
  const proposed = [source, target].filter(
    (end): end is Extract<EndState, { kind: 'proposed' }> => end.kind === 'proposed',
  );
  const judged = [
    t(`curation.certainty.${suggestion.certainty}`),
    ...(suggestion.negated ? [t('suggest.row.negated')] : []),
    ...(suggestion.attributedTo !== undefined
      ? [t('suggest.row.speaker', { name: actorName(checked, suggestion.attributedTo) })]
      : []),
    ...(suggestion.date !== undefined ? [t('suggest.row.date', { date: partialDate(suggestion.date) })] : []),
    // A tie (a title naming who leads what) is no PLOVER event, and has no code.
    ...(suggestion.plover !== '' ? [t('suggest.row.plover', { code: suggestion.plover })] : []),
  ];
  const cues = suggestion.cues.map((cue) => `“${cue}”`);
  return (
    <li
      className="suggestion"
      aria-label={t('suggest.row.label', { source: endName(source), type, target: endName(target) })}
      onMouseEnter={() => onFocus(suggestion.sentence)}
      onMouseLeave={() => onFocus(null)}
      onFocus={() => onFocus(suggestion.sentence)}
      onBlur={() => onFocus(null)}
      data-testid="suggestion"
      data-key={suggestion.key}
    >
      <p className="suggestion__ends">
        <span className={`suggestion__end suggestion__end--${source.kind}`}>{endName(source)}</span>
        <span aria-hidden="true"> → </span>
        <strong className="suggestion__type">{type}</strong>
        <span aria-hidden="true"> → </span>
        <span className={`suggestion__end suggestion__end--${target.kind}`}>{endName(target)}</span>
      </p>
      {addsTo && (
        <p className="suggestion__adds">
          {t('suggest.row.addsTo', { relation: relationSentence(i18n, checked, addsTo) })}
        </p>
      )}
      <blockquote className="suggestion__quote" dir="auto">
        {suggestion.quote}
      </blockquote>
      <p className="suggestion__judged">{judged.join(' · ')}</p>
      <p className="suggestion__why">
        {cues.length > 0
          ? t('suggest.row.why', { cues: list(cues), rule: ruleWords(suggestion.rule) })
          : t('suggest.row.whyRule', { rule: ruleWords(suggestion.rule) })}
      </p>
      {proposed.map((end) => (
        <p key={end.name} className="suggestion__proposed">
          {t('suggest.row.proposedEnd', { name: end.name })}{' '}
          <button type="button" onClick={() => onAddActor(end)}>
            {t('suggest.row.addActorFirst', { name: end.name })}
          </button>
        </p>
      ))}
      <div className="suggestion__actions">
        <button type="button" disabled={proposed.length > 0} onClick={onAccept}>
          {t(addsTo ? 'suggest.acceptEvidence' : 'suggest.accept')}
        </button>
        <button type="button" onClick={onEdit}>
          {t('suggest.edit')}
        </button>
        <button type="button" onClick={onReject}>
          {t('suggest.reject')}
        </button>
      </div>
    </li>
  );
}
