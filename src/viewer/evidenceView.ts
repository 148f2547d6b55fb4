// One quote of the shared view: the cited sentence in its context with the quote marked, whose claim it is, and where
// it was published (outlet, author, date, a link to the source).
import { evidenceMarker } from '../domain/claims';
import { excerptAround } from '../domain/excerpt';
import type { CheckedDataset } from '../domain/model';
import type { Formatter } from '../i18n/formatter';
import { actorName } from '../i18n/datasetWords';
import { isHttpUrl } from '../domain/httpUrl';
import { el } from './dom';

export function evidenceView(
  format: Formatter,
  checked: CheckedDataset,
  relationIndex: number,
  evidenceIndex: number,
  reportedByAsOf: boolean,
): HTMLElement {
  const evidence = checked.dataset.relations[relationIndex]!.evidence[evidenceIndex]!;
  const document = checked.documentsById.get(evidence.document);
  const text = checked.documentTexts.get(evidence.document);
  const anchor = checked.anchors[relationIndex]?.[evidenceIndex];
  const excerpt = text !== undefined && anchor ? excerptAround(text, anchor, { sentencesAround: 1 }) : null;
  const marker = evidenceMarker(evidence);
  const quote = excerpt
    ? [
        excerpt.clippedStart ? '… ' : '',
        excerpt.before,
        el('mark', {}, excerpt.quote),
        excerpt.after,
        excerpt.clippedEnd ? ' …' : '',
      ]
    : [el('mark', {}, evidence.quote)];
  const source: (Node | string)[] = [];
  if (evidence.attributedTo)
    source.push(format.t('details.evidence.accordingTo', { actor: actorName(checked, evidence.attributedTo) }), ' · ');
  if (document) {
    source.push(el('cite', {}, document.outlet));
    if (document.author) source.push(` · ${document.author}`);
    source.push(' · ', el('time', { attrs: { datetime: document.published } }, format.partialDate(document.published)));
    source.push(
      ' · ',
      isHttpUrl(document.url)
        ? el('a', { attrs: { href: document.url, target: '_blank', rel: 'noopener noreferrer' } }, document.title)
        : el('span', {}, document.title),
    );
  } else source.push(evidence.document);
  return el(
    'figure',
    { className: 'evidence' },
    marker &&
      el(
        'p',
        {
          className: `evidence__marker evidence__marker--${marker}`,
          attrs: { title: format.t(`claims.markerMeaning.${marker}`) },
        },
        format.t(`claims.marker.${marker}`),
      ),
    !reportedByAsOf && el('p', { className: 'evidence__later' }, format.t('viewer.details.laterQuote')),
    el('blockquote', { attrs: { dir: 'auto' } }, ...quote),
    el('figcaption', {}, ...source),
  );
}
