// The reader's suggestions: what the engine says of the text (notices), the suggested relations sentence by sentence,
// the names with no actor yet, and what the last action did.
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { CheckedDataset } from '../../../domain/model';
import { kindLabel, relationSentence } from '../../../i18n/datasetWords';
import { useI18n } from '../../../i18n/I18nProvider';
import { useExplorer } from '../../../store/StoreProvider';
import type { SuggestNotice } from '../../../suggestions/types';
import { SuggestionItem } from './SuggestionItem';
import { suggestionGroups, type SentenceGroup } from './suggestionView';
import { useSuggestionActions, type ActionOutcome } from './useSuggestionActions';
import type { SuggestionsState } from './useSuggestions';

type Span = { start: number; end: number };

interface Props {
  checked: CheckedDataset;
  documentId: string;
  state: SuggestionsState;
  /** Shows a passage of the text (a suggestion's sentence, a notice's stretch) highlighted in the reader, or none. */
  onFocus(span: Span | null): void;
}

const NO_REJECTIONS: readonly string[] = [];

/** The language's name in the reader's words ("fra" or "fr" → "French"); 'unknown' when there is none to give. */
function languageName(code: string | undefined, locale: string): string {
  if (code === undefined) return 'unknown';
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code) ?? 'unknown';
  } catch {
    // Not a language code Intl knows (a document's own `language` field can hold anything).
    return 'unknown';
  }
}

function NoticeLine({ notice, onShow }: { notice: SuggestNotice; onShow(span: Span): void }) {
  const { t, locale } = useI18n();
  switch (notice.code) {
    case 'empty-text':
      return <li>{t('suggest.notice.empty-text')}</li>;
    case 'not-english':
      return <li>{t('suggest.notice.not-english', { language: languageName(notice.language, locale) })}</li>;
    case 'sentence-too-long':
    case 'line-too-long':
      return (
        <li>
          {notice.code === 'sentence-too-long'
            ? t('suggest.notice.sentence-too-long', { words: notice.words })
            : t('suggest.notice.line-too-long', { length: notice.end - notice.start })}{' '}
          <button type="button" className="link-button" onClick={() => onShow(notice)}>
            {t('suggest.notice.show')}
          </button>
        </li>
      );
  }
}

function OutcomeLine({
  outcome,
  checked,
  onUnreject,
}: {
  outcome: ActionOutcome | null;
  checked: CheckedDataset;
  onUnreject(key: string): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (outcome === null) return null;
  switch (outcome.kind) {
    case 'relation':
      return <>{t('suggest.done.relation', { relation: relationSentence(i18n, checked, outcome.relation) })}</>;
    case 'evidence':
      return <>{t('suggest.done.evidence', { relation: relationSentence(i18n, checked, outcome.relation) })}</>;
    case 'sentence':
      return <>{t('suggest.done.sentence', { count: outcome.count })}</>;
    case 'rejected':
      return (
        <>
          {t('suggest.done.rejected')}{' '}
          <button type="button" className="link-button" onClick={() => onUnreject(outcome.key)}>
            {t('suggest.undoReject')}
          </button>
        </>
      );
  }
}

/**
 * Keeps the keyboard's place: a suggestion accepted or rejected leaves the list, and the focus goes to the one that
 * takes its place (or the one before, at the end) once the list is current, instead of being lost to the page.
 */
function useKeptPlace(ref: RefObject<HTMLOListElement | null>, groups: readonly SentenceGroup[], current: boolean) {
  const place = useRef<number | null>(null);
  useEffect(() => {
    const items = ref.current?.querySelectorAll<HTMLElement>('[data-testid="suggestion"]');
    if (place.current === null || !current || !items) return;
    const item = items[Math.min(place.current, items.length - 1)];
    place.current = null;
    item?.querySelector<HTMLButtonElement>('button:enabled')?.focus();
  }, [ref, groups, current]);
  return (key: string, action: () => void) => {
    const keys = groups.flatMap((group) => group.rows.map((row) => row.suggestion.key));
    // Only when the focus is in the list: a pointer's click keeps the page as it is.
    if (ref.current?.contains(document.activeElement)) place.current = Math.max(0, keys.indexOf(key));
    action();
  };
}

export function SuggestionPanel({ checked, documentId, state, onFocus }: Props) {
  const { t } = useI18n();
  const rejected = useExplorer((store) => store.rejectedSuggestions[documentId] ?? NO_REJECTIONS);
  const unreject = useExplorer((store) => store.unrejectSuggestion);
  const actions = useSuggestionActions(checked, documentId);
  const result = state.status === 'ready' || state.status === 'updating' ? state.result : null;
  const groups = useMemo(
    () => (result ? suggestionGroups(result, checked, documentId, rejected) : []),
    [result, checked, documentId, rejected],
  );
  const count = groups.reduce((sum, group) => sum + group.rows.length, 0);
  const proposals = result?.proposedActors ?? [];
  const listRef = useRef<HTMLOListElement>(null);
  const acted = useKeptPlace(listRef, groups, state.status === 'ready');

  return (
    <section
      className="suggestions"
      aria-label={t('suggest.label')}
      aria-busy={state.status !== 'ready' && state.status !== 'failed'}
    >
      <h3>{t('suggest.heading')}</h3>
      <p role="status" className="suggestions__status">
        {state.status === 'loading' && t('suggest.loading')}
        {state.status === 'updating' && t('suggest.updating')}
        {state.status === 'ready' && (
          <OutcomeLine outcome={actions.outcome} checked={checked} onUnreject={actions.unreject} />
        )}
      </p>
      {state.status === 'failed' && <p className="reader__warning">{t(`suggest.failed.${state.reason}`)}</p>}
      {result && result.notices.length > 0 && (
        <ul className="suggestions__notices">
          {result.notices.map((notice, index) => (
            <NoticeLine key={index} notice={notice} onShow={onFocus} />
          ))}
        </ul>
      )}
      {result && (
        // While the engine catches up with an edit, the old list shows but cannot be acted on.
        <div inert={state.status === 'updating'} className="suggestions__body">
          <p className="hint">
            {count > 0
              ? t('suggest.count', { suggestions: count, sentences: groups.length })
              : t(result.suggestions.length > 0 ? 'suggest.allDone' : 'suggest.none')}{' '}
            {rejected.length > 0 && (
              <>
                {t('suggest.rejectedCount', { count: rejected.length })}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => rejected.forEach((key) => unreject(documentId, key))}
                >
                  {t('suggest.unrejectAll')}
                </button>
              </>
            )}
          </p>
          <ol className="suggestions__sentences" ref={listRef}>
            {groups.map((group) => {
              const acceptable = group.rows.filter(
                (row) => row.source.kind === 'actor' && row.target.kind === 'actor',
              ).length;
              return (
                <li
                  key={group.start}
                  className="suggestions__sentence"
                  aria-label={t('suggest.sentence', { count: group.rows.length })}
                >
                  <ul>
                    {group.rows.map((row) => (
                      <SuggestionItem
                        key={row.suggestion.key}
                        checked={checked}
                        row={row}
                        onFocus={onFocus}
                        onAccept={() => acted(row.suggestion.key, () => actions.accept(row))}
                        onEdit={() => actions.edit(row)}
                        onReject={() => acted(row.suggestion.key, () => actions.reject(row))}
                        onAddActor={(end) => actions.addActor(end.name, end.proposal?.kind)}
                      />
                    ))}
                  </ul>
                  {acceptable > 1 && (
                    <button
                      type="button"
                      onClick={() => acted(group.rows[0]?.suggestion.key ?? '', () => actions.acceptSentence(group))}
                    >
                      {t('suggest.acceptSentence', { count: acceptable })}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
          {proposals.length > 0 && (
            <section className="suggestions__actors" aria-label={t('suggest.actors.heading')}>
              <h4>{t('suggest.actors.heading')}</h4>
              <p className="hint">{t('suggest.actors.hint')}</p>
              <ul>
                {proposals.map((proposal) => (
                  <li key={proposal.key}>
                    {t('suggest.actors.item', {
                      name: proposal.name,
                      kind: kindLabel(proposal.kind),
                      mentions: proposal.mentions,
                    })}{' '}
                    <button type="button" onClick={() => actions.addActor(proposal.name, proposal.kind)}>
                      {t('suggest.actors.add', { name: proposal.name })}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </section>
  );
}
