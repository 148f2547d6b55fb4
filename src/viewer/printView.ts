// What the shared view prints: the graph as drawn when printing, then every shown relation numbered with its quotes,
// each with its outlet, author, date and link written out (a printed page cannot be clicked).
import type { CheckedDataset } from '../domain/model';
import type { Visibility } from '../domain/query';
import { numberedQuotes, quoteSourceLine } from '../export/quoteList';
import type { Formatter } from '../i18n/formatter';
import { el, replaceChildren } from './dom';

export function printQuotes(
  format: Formatter,
  checked: CheckedDataset,
  visibility: Visibility,
  asOf: string | null,
): HTMLElement {
  const listed = numberedQuotes(checked, visibility.relationIndices, format, asOf);
  return el(
    'section',
    { className: 'print-quotes' },
    el('h2', {}, format.t('quotes.heading')),
    el(
      'ol',
      {},
      ...listed.map((relation) =>
        el(
          'li',
          {},
          el('p', { className: 'print-quotes__heading' }, relation.heading),
          ...(relation.quotes.length === 0
            ? [el('p', { className: 'hint' }, format.t('quotes.none'))]
            : relation.quotes.map((quote) =>
                el(
                  'div',
                  { className: 'print-quotes__quote' },
                  el('p', { attrs: { dir: 'auto' } }, format.t('quotes.quote', { quote: quote.quote })),
                  el('p', { className: 'hint' }, quoteSourceLine(format, quote)),
                  quote.url && el('p', { className: 'print-quotes__url' }, quote.url),
                ),
              )),
        ),
      ),
    ),
  );
}

/** Keeps the printed picture of the graph current: drawn just before the page is printed. */
export function printFigure(format: Formatter, picture: () => string): HTMLElement {
  const image = el('img', { className: 'print-figure', attrs: { alt: format.t('viewer.print.figure') } });
  window.addEventListener('beforeprint', () => {
    image.src = picture();
  });
  return image;
}

export function refreshPrintQuotes(
  holder: HTMLElement,
  format: Formatter,
  checked: CheckedDataset,
  visibility: Visibility,
  asOf: string | null,
): void {
  replaceChildren(holder, printQuotes(format, checked, visibility, asOf));
}
