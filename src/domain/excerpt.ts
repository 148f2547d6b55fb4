// The sentence(s) around a quote's anchor in its archived text, for showing a citation in context.
import type { TextAnchor } from './model';

export interface Excerpt {
  /** Context before the quote (white space collapsed). */
  before: string;
  quote: string;
  after: string;
  /** True when the context was cut short of a sentence boundary (show an ellipsis). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface ExcerptOptions {
  /** Whole sentences to add on each side of the sentence(s) holding the quote. */
  sentencesAround?: number;
  /** Upper bound on context characters per side. */
  maxContextChars?: number;
}

/** How far around the quote to look for sentence boundaries: keeps the work independent of the document's length. */
const WINDOW = 4000;

interface Span {
  start: number;
  end: number;
}

function sentenceSpans(text: string, from: number, to: number): Span[] {
  const slice = text.slice(from, to);
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return [{ start: from, end: to }];
  const spans: Span[] = [];
  for (const segment of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(slice)) {
    spans.push({ start: from + segment.index, end: from + segment.index + segment.segment.length });
  }
  return spans;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

export function excerptAround(text: string, anchor: TextAnchor, options: ExcerptOptions = {}): Excerpt {
  const around = options.sentencesAround ?? 0;
  const maxContext = options.maxContextChars ?? 400;
  const start = Math.max(0, Math.min(anchor.start, text.length));
  const end = Math.max(start, Math.min(anchor.end, text.length));
  const windowStart = Math.max(0, start - WINDOW);
  const windowEnd = Math.min(text.length, end + WINDOW);
  const spans = sentenceSpans(text, windowStart, windowEnd);
  let first = spans.findIndex((span) => span.end > start);
  if (first < 0) first = spans.length - 1;
  let last = first;
  while (last + 1 < spans.length && (spans[last + 1]?.start ?? Infinity) < end) last++;
  first = Math.max(0, first - around);
  last = Math.min(spans.length - 1, last + around);
  let contextStart = spans[first]?.start ?? start;
  let contextEnd = spans[last]?.end ?? end;
  // A boundary at the edge of the search window is not a real sentence boundary.
  let clippedStart = contextStart === windowStart && windowStart > 0;
  let clippedEnd = contextEnd === windowEnd && windowEnd < text.length;
  if (start - contextStart > maxContext) {
    const cut = text.indexOf(' ', start - maxContext);
    contextStart = cut >= 0 && cut < start ? cut + 1 : start - maxContext;
    clippedStart = true;
  }
  if (contextEnd - end > maxContext) {
    const cut = text.lastIndexOf(' ', end + maxContext);
    contextEnd = cut > end ? cut : end + maxContext;
    clippedEnd = true;
  }
  return {
    before: collapse(text.slice(contextStart, start)).trimStart(),
    quote: collapse(text.slice(start, end)),
    after: collapse(text.slice(end, contextEnd)).trimEnd(),
    clippedStart,
    clippedEnd,
  };
}
