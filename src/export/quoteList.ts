// Pure: every shown relation, numbered in the cited order, with every quote behind it and where each was published:
// what the PDF lists after its figure and what the shared view prints after its graph.
import { asOfCut, evidenceReportedBy } from '../domain/asOf';
import { claimStatusesOf, evidenceMarker, type EvidenceMarker } from '../domain/claims';
import type { CheckedDataset } from '../domain/model';
import { relationSentence } from '../i18n/datasetWords';
import type { Formatter } from '../i18n/formatter';
import { relationsInCitedOrder } from './figure/citedList';

export interface ListedQuote {
  quote: string;
  /** "forecast", "speculation" or "denies" when the quote does not simply state the relation. */
  marker: EvidenceMarker | null;
  /** Whose claim it is, when the article attributes it. */
  speaker: string | null;
  outlet: string;
  author: string | null;
  /** The publication date in the reader's words. */
  published: string;
  title: string;
  url: string | null;
}

export interface ListedRelation {
  number: number;
  relationId: string;
  /** "Russia distrusts Iran", with its claim status when it is not asserted: "… (probable)". */
  heading: string;
  quotes: ListedQuote[];
}

/**
 * The relations at `relationIndices` numbered from 1 (the order of a cited figure), each with its quotes in the
 * dataset's order; with an "as reported by" date, only the quotes published by then.
 */
export function numberedQuotes(
  checked: CheckedDataset,
  relationIndices: readonly number[],
  format: Formatter,
  asOf: string | null = null,
): ListedRelation[] {
  const cut = asOf === null ? null : asOfCut(asOf);
  const statuses = claimStatusesOf(checked);
  return relationsInCitedOrder(checked, relationIndices, format).map(({ index, relation }, position) => {
    const sentence = relationSentence(format, checked, relation);
    const status = statuses[index] ?? 'asserted';
    return {
      number: position + 1,
      relationId: relation.id,
      heading:
        status === 'asserted'
          ? sentence
          : format.t('quotes.relationMarked', { sentence, status: format.t(`claims.status.${status}`) }),
      quotes: relation.evidence
        .filter((evidence) => cut === null || evidenceReportedBy(checked, evidence.document, cut))
        .map((evidence) => {
          const document = checked.documentsById.get(evidence.document);
          return {
            quote: evidence.quote,
            marker: evidenceMarker(evidence),
            speaker: evidence.attributedTo
              ? (checked.actorsById.get(evidence.attributedTo)?.name ?? evidence.attributedTo)
              : null,
            outlet: document?.outlet ?? evidence.document,
            author: document?.author ?? null,
            published: document ? format.partialDate(document.published) : '',
            title: document?.title ?? '',
            url: document?.url ?? null,
          };
        }),
    };
  });
}

/** "The Algemeiner, Algemeiner Staff, September 16, 2016 · forecast · according to Zvi Magen": a quote's source line. */
export function quoteSourceLine(format: Formatter, quote: ListedQuote): string {
  const parts = [
    quote.author
      ? format.t('quotes.source.withAuthor', { outlet: quote.outlet, author: quote.author, published: quote.published })
      : format.t('quotes.source', { outlet: quote.outlet, published: quote.published }),
  ];
  if (quote.marker) parts.push(format.t(`claims.marker.${quote.marker}`));
  if (quote.speaker) parts.push(format.t('quotes.accordingTo', { speaker: quote.speaker }));
  return parts.join(format.t('quotes.separator'));
}
