// The documents behind the shown relations, oldest first: outlet, title (a link to the source), author and date.
import type { CheckedDataset } from '../domain/model';
import type { Visibility } from '../domain/query';
import type { Formatter } from '../i18n/formatter';
import { isHttpUrl } from '../domain/httpUrl';
import { el } from './dom';

export function sourcesView(format: Formatter, checked: CheckedDataset, visibility: Visibility): HTMLElement {
  const cited = new Set<string>();
  for (const index of visibility.relationIndices)
    for (const evidence of checked.dataset.relations[index]?.evidence ?? []) cited.add(evidence.document);
  const documents = checked.dataset.documents
    .filter((document) => cited.has(document.id))
    .sort((a, b) => a.published.localeCompare(b.published) || a.outlet.localeCompare(b.outlet));
  return el(
    'section',
    { className: 'sources', attrs: { 'aria-label': format.t('viewer.sources') } },
    el('h2', {}, format.t('viewer.sources')),
    el(
      'ol',
      {},
      ...documents.map((document) =>
        el(
          'li',
          {},
          el('cite', {}, document.outlet),
          ', ',
          isHttpUrl(document.url)
            ? el('a', { attrs: { href: document.url, target: '_blank', rel: 'noopener noreferrer' } }, document.title)
            : document.title,
          document.author ? `, ${document.author}` : '',
          ', ',
          el('time', { attrs: { datetime: document.published } }, format.partialDate(document.published)),
          isHttpUrl(document.url) && el('span', { className: 'print-only' }, ` ${document.url}`),
        ),
      ),
    ),
  );
}
