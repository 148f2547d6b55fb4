// One piece of evidence: the cited sentence in context with the quote highlighted, and where it was published.
import { useState } from 'react';
import { evidenceMarker } from '../domain/claims';
import { excerptAround } from '../domain/excerpt';
import type { CheckedDataset, Evidence } from '../domain/model';
import { useI18n } from '../i18n/I18nProvider';
import { actorName } from '../i18n/datasetWords';
import { isHttpUrl } from '../domain/httpUrl';
import { useShowInGraph } from './useShowInGraph';
import './evidence.css';

interface Props {
  checked: CheckedDataset;
  evidence: Evidence;
  relationIndex: number;
  evidenceIndex: number;
}

export function EvidenceItem({ checked, evidence, relationIndex, evidenceIndex }: Props) {
  const { t, rich, partialDate } = useI18n();
  const select = useShowInGraph();
  const [moreContext, setMoreContext] = useState(false);
  const document = checked.documentsById.get(evidence.document);
  const text = checked.documentTexts.get(evidence.document);
  const anchor = checked.anchors[relationIndex]?.[evidenceIndex];
  const excerpt =
    text !== undefined && anchor ? excerptAround(text, anchor, { sentencesAround: moreContext ? 1 : 0 }) : null;
  const marker = evidenceMarker(evidence);

  return (
    <figure className="evidence" data-marker={marker ?? undefined}>
      {marker && (
        <p className={`evidence__marker evidence__marker--${marker}`} title={t(`claims.markerMeaning.${marker}`)}>
          {t(`claims.marker.${marker}`)}
        </p>
      )}
      <blockquote className="evidence__text" lang={document?.language} dir="auto">
        {excerpt ? (
          <>
            {excerpt.clippedStart && '… '}
            {excerpt.before}
            <mark>{excerpt.quote}</mark>
            {excerpt.after}
            {excerpt.clippedEnd && ' …'}
          </>
        ) : (
          <mark>{evidence.quote}</mark>
        )}
      </blockquote>
      <figcaption className="evidence__source">
        {evidence.attributedTo && (
          <>
            {rich('details.evidence.accordingTo', {
              actor: (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => select({ kind: 'actor', id: evidence.attributedTo ?? '' })}
                >
                  {actorName(checked, evidence.attributedTo)}
                </button>
              ),
            })}
            {' · '}
          </>
        )}
        {document ? (
          <>
            <cite>{document.outlet}</cite>
            {document.author && <> · {document.author}</>}
            {' · '}
            <time dateTime={document.published}>{partialDate(document.published)}</time>
            {' · '}
            {isHttpUrl(document.url) ? (
              <a href={document.url} target="_blank" rel="noopener noreferrer">
                {document.title}
              </a>
            ) : (
              <span>{document.title}</span>
            )}
          </>
        ) : (
          <span>{evidence.document}</span>
        )}
        {excerpt && (
          <>
            {' · '}
            <button
              type="button"
              className="link-button"
              aria-expanded={moreContext}
              onClick={() => setMoreContext(!moreContext)}
            >
              {t(moreContext ? 'details.evidence.lessContext' : 'details.evidence.moreContext')}
            </button>
          </>
        )}
      </figcaption>
    </figure>
  );
}
