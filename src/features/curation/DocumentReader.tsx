// Shows a document's archived text with the passages already cited; selecting a passage offers a new relation or new evidence from it.
import { Fragment, memo, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { emptyEvidenceForm, evidenceToForm } from '../../curation/forms';
import { selectorForPassage, type PassageSelector } from '../../curation/passageSelector';
import { relationById, type CheckedDataset } from '../../domain/model';
import { findHedgeCues, suggestedJudgement } from '../../domain/hedges';
import { foldForMatching } from '../../domain/quotes';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';
import { relationSentence } from '../../i18n/datasetWords';
import { isHttpUrl } from '../../domain/httpUrl';
import { readerSegments, type MarkedSpan, type ReaderPiece, type ReaderSegment } from './readerSegments';
import { CueText } from './CueText';
import { SuggestionPanel } from './suggest/SuggestionPanel';
import { useSuggestions } from './suggest/useSuggestions';
import type { ActorMention, ProposedActor } from '../../suggestions/types';

/** Characters from the start of `container` to (node, offset), as the text is rendered (plain text nodes only). */
function offsetWithin(container: HTMLElement, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  const range = container.ownerDocument.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

const shorten = (text: string, max = 240) =>
  text.length > max ? `${text.slice(0, max / 2)} … ${text.slice(-max / 2)}` : text;

/** Which cues the selected passage has, and what the new evidence is pre-set to because of them. */
function CuesFound({ quote }: { quote: string }) {
  const { t, list } = useI18n();
  const cues = [...new Set(findHedgeCues(quote).map((match) => `“${match.text}”`))];
  if (cues.length === 0) return null;
  const suggested = suggestedJudgement(quote);
  const preset = [
    ...(suggested.certainty ? [t('curation.reader.preset.certainty', { certainty: suggested.certainty })] : []),
    ...(suggested.negated ? [t('curation.reader.preset.negated')] : []),
  ];
  return <p className="hint reader__cues">{t('curation.reader.cues', { cues: list(cues), preset: list(preset) })}</p>;
}

/** A mention of an actor of the dataset, or of a name proposed as a new actor, and what it names in words. */
type MentionMark = { kind: 'actor' | 'proposed'; name: string; said: string };

function mentionMarks(
  mentions: readonly ActorMention[],
  proposals: readonly ProposedActor[],
  checked: CheckedDataset,
  t: I18n['t'],
): MarkedSpan<MentionMark>[] {
  const proposed = new Map(proposals.map((proposal) => [proposal.key, proposal.name]));
  // Worded once per name, not once per mention: a long article names the same few actors hundreds of times.
  const words = new Map<string, string>();
  const said = (kind: MentionMark['kind'], name: string) => {
    const key = `${kind}:${name}`;
    let text = words.get(key);
    if (text === undefined) {
      text = t(kind === 'actor' ? 'suggest.mention.actor' : 'suggest.mention.proposed', { name });
      words.set(key, text);
    }
    return text;
  };
  return mentions.flatMap(({ start, end, actorId, proposalKey }): MarkedSpan<MentionMark>[] => {
    const actor = actorId === undefined ? undefined : checked.actorsById.get(actorId);
    if (actor) return [{ start, end, mark: { kind: 'actor', name: actor.name, said: said('actor', actor.name) } }];
    const name = proposalKey === undefined ? undefined : proposed.get(proposalKey);
    return name === undefined ? [] : [{ start, end, mark: { kind: 'proposed', name, said: said('proposed', name) } }];
  });
}

const sameWords = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/** A run of the text: plain, an actor's mention (its name said to screen readers), inside the passage in focus or not. */
function pieceElement(piece: ReaderPiece<MentionMark>) {
  const focus = piece.focused ? ' reader__focus' : '';
  if (!piece.mark)
    return piece.focused ? (
      <span key={piece.start} className="reader__focus">
        {piece.text}
      </span>
    ) : (
      <Fragment key={piece.start}>{piece.text}</Fragment>
    );
  // What the mention names is generated content (see curation.css): read by screen readers, left out of the text a
  // selection quotes. An actor's own name says it already, and is not said twice.
  const plain = piece.mark.kind === 'actor' && sameWords(piece.text, piece.mark.name);
  return (
    <span
      key={piece.start}
      className={`mention mention--${piece.mark.kind}${focus}`}
      data-said={plain ? undefined : piece.mark.said}
      title={piece.mark.said}
    >
      {piece.text}
    </span>
  );
}

/**
 * The text's runs; kept as they are while the segments are (an answer from the engine that marks the same mentions
 * re-renders the list, not the text).
 */
const ReaderRuns = memo(function ReaderRuns({ segments }: { segments: ReaderSegment<MentionMark>[] }) {
  const { t } = useI18n();
  return segments.map((segment) => {
    const pieces = segment.pieces.map(pieceElement);
    return segment.quotedBy.length > 0 ? (
      <mark key={segment.start} title={t('curation.reader.citedBy', { relations: segment.quotedBy.join(', ') })}>
        {pieces}
      </mark>
    ) : (
      <span key={segment.start}>{pieces}</span>
    );
  });
});

const sameMarks = (a: readonly MarkedSpan<MentionMark>[], b: readonly MarkedSpan<MentionMark>[]) =>
  a.length === b.length &&
  a.every((mark, index) => {
    const other = b[index];
    return (
      other !== undefined &&
      mark.start === other.start &&
      mark.end === other.end &&
      mark.mark.kind === other.mark.kind &&
      mark.mark.name === other.mark.name &&
      mark.mark.said === other.mark.said
    );
  });

/** The marks as last given, while a new answer marks the same spans: the text's segments then stay the same object. */
function useSteadyMarks(marks: MarkedSpan<MentionMark>[]): MarkedSpan<MentionMark>[] {
  const [steady, setSteady] = useState(marks);
  const same = steady === marks || sameMarks(steady, marks);
  // Derived while rendering, as React advises for state that follows a prop.
  if (!same) setSteady(marks);
  return same ? steady : marks;
}

/** Scrolls the text box, and only it, so that the passage in focus is in view. */
function useFocusInView(container: RefObject<HTMLDivElement | null>, focus: { start: number } | null) {
  useEffect(() => {
    const box = container.current;
    const first = focus && box?.querySelector<HTMLElement>('.reader__focus');
    if (!box || !first) return;
    const top = first.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - first.offsetHeight)
      box.scrollTo({ top: Math.max(0, top - box.clientHeight / 3) });
  }, [container, focus]);
}

export function DocumentReader({ checked, documentId }: { checked: CheckedDataset; documentId: string | null }) {
  const i18n = useI18n();
  const { t, partialDate } = i18n;
  const openDrawer = useExplorer((state) => state.openDrawer);
  const shownId = documentId ?? checked.dataset.documents[0]?.id ?? null;
  const document = shownId === null ? undefined : checked.documentsById.get(shownId);
  const text = shownId === null ? undefined : checked.documentTexts.get(shownId);
  const folded = useMemo(() => (text === undefined ? null : foldForMatching(text)), [text]);
  const suggestions = useSuggestions(checked, shownId, text);
  const result = suggestions.status === 'ready' || suggestions.status === 'updating' ? suggestions.result : null;
  const marks = useMemo(
    () => (result ? mentionMarks(result.mentions, result.proposedActors, checked, t) : []),
    [result, checked, t],
  );
  const steadyMarks = useSteadyMarks(marks);
  const [focus, setFocus] = useState<{ start: number; end: number } | null>(null);
  const segments = useMemo(
    () => (text === undefined || shownId === null ? [] : readerSegments(checked, shownId, text, steadyMarks, focus)),
    [checked, shownId, text, steadyMarks, focus],
  );
  const container = useRef<HTMLDivElement>(null);
  useFocusInView(container, focus);
  const [passage, setPassage] = useState<PassageSelector | null>(null);
  const [targetRelation, setTargetRelation] = useState('');

  const readSelection = () => {
    const selection = window.getSelection();
    const box = container.current;
    if (!selection || selection.rangeCount === 0 || !box || text === undefined || folded === null) return;
    const range = selection.getRangeAt(0);
    const start = offsetWithin(box, range.startContainer, range.startOffset);
    const end = offsetWithin(box, range.endContainer, range.endOffset);
    if (start === null || end === null || start === end) return;
    setPassage(selectorForPassage(text, start, end, folded));
  };

  // What the cues suggest is set in the new evidence, for the curator to confirm in the editor.
  const evidenceFor = (selected: Extract<PassageSelector, { selector: unknown }>) => {
    const suggested = suggestedJudgement(selected.selector.quote);
    return {
      ...emptyEvidenceForm(shownId ?? ''),
      quote: selected.selector.quote,
      prefix: selected.selector.prefix ?? '',
      suffix: selected.selector.suffix ?? '',
      ...(suggested.certainty && { certainty: suggested.certainty }),
      ...(suggested.negated && { negated: true }),
    };
  };

  return (
    <section className="reader" aria-label={t('curation.reader.label')}>
      <h2>{t('curation.reader.heading')}</h2>
      <label>
        {t('curation.field.document')}{' '}
        <select
          value={shownId ?? ''}
          onChange={(event) => {
            setPassage(null);
            openDrawer({ kind: 'reader', documentId: event.target.value });
          }}
        >
          {checked.dataset.documents.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {t('curation.reader.documentOption', {
                title: candidate.title,
                outlet: candidate.outlet,
                published: partialDate(candidate.published),
              })}
            </option>
          ))}
        </select>
      </label>
      {document && (
        <p className="reader__meta">
          <cite>{document.outlet}</cite>
          {document.author && <> · {document.author}</>} ·{' '}
          <time dateTime={document.published}>{partialDate(document.published)}</time>
          {isHttpUrl(document.url) && (
            <>
              {' · '}
              <a href={document.url} target="_blank" rel="noopener noreferrer">
                {t('curation.reader.original')}
              </a>
            </>
          )}
        </p>
      )}
      <p className="hint">
        {t('curation.reader.hint')} {t('suggest.legend')}
      </p>
      {passage && passage.kind !== 'empty' && (
        <div className="reader__selection" role="region" aria-label={t('curation.reader.selected')}>
          <blockquote dir="auto">
            <CueText text={passage.selector.quote} />
          </blockquote>
          <CuesFound quote={passage.selector.quote} />
          {passage.kind === 'ambiguous' ? (
            <p className="reader__warning">{t('curation.reader.ambiguous')}</p>
          ) : (
            (passage.selector.prefix !== undefined || passage.selector.suffix !== undefined) && (
              <p className="hint">
                {t('curation.reader.context', {
                  which:
                    passage.selector.prefix === undefined
                      ? 'suffix'
                      : passage.selector.suffix === undefined
                        ? 'prefix'
                        : 'both',
                  prefix: shorten(passage.selector.prefix ?? '', 80),
                  suffix: shorten(passage.selector.suffix ?? '', 80),
                })}
              </p>
            )
          )}
          <button
            type="button"
            disabled={passage.kind === 'ambiguous'}
            onClick={() =>
              openDrawer({ kind: 'relation', relationId: null, prefill: { evidence: [evidenceFor(passage)] } })
            }
          >
            {t('curation.reader.newRelation')}
          </button>
          <div className="reader__add">
            <label>
              {t('curation.reader.addTo')}{' '}
              <select value={targetRelation} onChange={(event) => setTargetRelation(event.target.value)}>
                <option value="">{t('curation.reader.chooseRelation')}</option>
                {checked.dataset.relations.map((relation) => (
                  <option key={relation.id} value={relation.id}>
                    {t('curation.reader.relationOption', {
                      sentence: relationSentence(i18n, checked, relation),
                      id: relation.id,
                    })}
                  </option>
                ))}
              </select>
            </label>{' '}
            <button
              type="button"
              disabled={passage.kind === 'ambiguous' || targetRelation === ''}
              onClick={() => {
                const relation = relationById(checked, targetRelation);
                if (relation)
                  openDrawer({
                    kind: 'relation',
                    relationId: relation.id,
                    prefill: { evidence: [...relation.evidence.map(evidenceToForm), evidenceFor(passage)] },
                  });
              }}
            >
              {t('curation.reader.addEvidence')}
            </button>
          </div>
        </div>
      )}
      {text === undefined || shownId === null ? (
        <p>{t('curation.reader.noText')}</p>
      ) : (
        <div className="reader__columns">
          <div
            ref={container}
            className="reader__text"
            // The text's own language and direction, so Arabic, Hebrew or Persian read right to left, shaped for them.
            lang={document?.language}
            dir="auto"
            data-testid="reader-text"
            tabIndex={0}
            onMouseUp={readSelection}
            onKeyUp={readSelection}
          >
            <ReaderRuns segments={segments} />
          </div>
          <SuggestionPanel checked={checked} documentId={shownId} state={suggestions} onFocus={setFocus} />
        </div>
      )}
    </section>
  );
}
