// Shows a document's archived text with the passages already cited; selecting a passage offers a new relation or new evidence from it.
import { useMemo, useRef, useState } from 'react';
import { emptyEvidenceForm, evidenceToForm } from '../../curation/forms';
import { selectorForPassage, type PassageSelector } from '../../curation/passageSelector';
import { relationById, type CheckedDataset } from '../../domain/model';
import { foldForMatching } from '../../domain/quotes';
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';
import { isHttpUrl, relationSentence } from '../../ui/labels';
import { readerSegments } from './readerSegments';

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

export function DocumentReader({ checked, documentId }: { checked: CheckedDataset; documentId: string | null }) {
  const i18n = useI18n();
  const openDrawer = useExplorer((state) => state.openDrawer);
  const shownId = documentId ?? checked.dataset.documents[0]?.id ?? null;
  const document = shownId === null ? undefined : checked.documentsById.get(shownId);
  const text = shownId === null ? undefined : checked.documentTexts.get(shownId);
  const folded = useMemo(() => (text === undefined ? null : foldForMatching(text)), [text]);
  const segments = useMemo(
    () => (text === undefined || shownId === null ? [] : readerSegments(checked, shownId, text)),
    [checked, shownId, text],
  );
  const container = useRef<HTMLDivElement>(null);
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

  const evidenceFor = (selected: Extract<PassageSelector, { selector: unknown }>) => ({
    ...emptyEvidenceForm(shownId ?? ''),
    quote: selected.selector.quote,
    prefix: selected.selector.prefix ?? '',
    suffix: selected.selector.suffix ?? '',
  });

  return (
    <section className="reader" aria-label="Source reader">
      <h2>Sources</h2>
      <label>
        Document{' '}
        <select
          value={shownId ?? ''}
          onChange={(event) => {
            setPassage(null);
            openDrawer({ kind: 'reader', documentId: event.target.value });
          }}
        >
          {checked.dataset.documents.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.title} ({candidate.outlet}, {candidate.published})
            </option>
          ))}
        </select>
      </label>
      {document && (
        <p className="reader__meta">
          <cite>{document.outlet}</cite>
          {document.author && <> · {document.author}</>} · <time>{document.published}</time>
          {isHttpUrl(document.url) && (
            <>
              {' · '}
              <a href={document.url} target="_blank" rel="noopener noreferrer">
                original
              </a>
            </>
          )}
        </p>
      )}
      <p className="hint">Select a passage to cite it. Highlighted passages are already cited.</p>
      {passage && passage.kind !== 'empty' && (
        <div className="reader__selection" role="region" aria-label="Selected passage">
          <blockquote>{shorten(passage.selector.quote)}</blockquote>
          {passage.kind === 'ambiguous' ? (
            <p className="reader__warning">
              The same words occur elsewhere with the same text around them: select a longer passage.
            </p>
          ) : (
            (passage.selector.prefix !== undefined || passage.selector.suffix !== undefined) && (
              <p className="hint">
                This passage occurs more than once; the
                {passage.selector.prefix !== undefined && ` prefix “${shorten(passage.selector.prefix, 80)}”`}
                {passage.selector.prefix !== undefined && passage.selector.suffix !== undefined && ' and the'}
                {passage.selector.suffix !== undefined && ` suffix “${shorten(passage.selector.suffix, 80)}”`}{' '}
                {passage.selector.prefix !== undefined && passage.selector.suffix !== undefined ? 'pick' : 'picks'} this
                one.
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
            New relation from this passage
          </button>
          <div className="reader__add">
            <label>
              Add as evidence to{' '}
              <select value={targetRelation} onChange={(event) => setTargetRelation(event.target.value)}>
                <option value="">(choose a relation)</option>
                {checked.dataset.relations.map((relation) => (
                  <option key={relation.id} value={relation.id}>
                    {relationSentence(i18n, checked, relation)} ({relation.id})
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
              Add as evidence
            </button>
          </div>
        </div>
      )}
      {text === undefined ? (
        <p>This document has no archived text loaded.</p>
      ) : (
        <div
          ref={container}
          className="reader__text"
          data-testid="reader-text"
          tabIndex={0}
          onMouseUp={readSelection}
          onKeyUp={readSelection}
        >
          {segments.map((segment, index) =>
            segment.quotedBy.length > 0 ? (
              <mark key={index} title={`cited by ${segment.quotedBy.join(', ')}`}>
                {segment.text}
              </mark>
            ) : (
              <span key={index}>{segment.text}</span>
            ),
          )}
        </div>
      )}
    </section>
  );
}
