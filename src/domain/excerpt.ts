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

/** One segmenter for the page: building one costs more than the few boundary lookups an excerpt needs. */
let segmenter: Intl.Segmenter | null | undefined;
function sentenceSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined)
    segmenter =
      typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('en', { granularity: 'sentence' })
        : null;
  return segmenter;
}

/**
 * The sentences of text[from, to) that hold [start, end), plus `around` on each side. Only the sentences near the
 * quote are looked up (`containing`), not the whole window: a details panel shows dozens of excerpts at once.
 */
function sentenceSpans(text: string, from: number, to: number, start: number, end: number, around: number): Span[] {
  const sentences = sentenceSegmenter();
  if (sentences === null) return [{ start: from, end: to }];
  const slice = sentences.segment(text.slice(from, to));
  const spanAt = (offset: number): Span | null => {
    if (offset < 0 || offset >= to - from) return null;
    const segment = slice.containing(offset);
    return segment ? { start: from + segment.index, end: from + segment.index + segment.segment.length } : null;
  };
  const first = spanAt(Math.min(start, to - 1) - from);
  if (first === null) return [{ start: from, end: to }];
  const spans: Span[] = [first];
  while (spans.length < 10_000) {
    const last = spans[spans.length - 1] as Span;
    if (last.end >= end) break;
    const next = spanAt(last.end - from);
    if (next === null) break;
    spans.push(next);
  }
  for (let added = 0; added < around; added++) {
    const before = spanAt((spans[0] as Span).start - from - 1);
    if (before === null) break;
    spans.unshift(before);
  }
  for (let added = 0; added < around; added++) {
    const after = spanAt((spans[spans.length - 1] as Span).end - from);
    if (after === null) break;
    spans.push(after);
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
  const spans = sentenceSpans(text, windowStart, windowEnd, start, end, around);
  let contextStart = spans[0]?.start ?? start;
  let contextEnd = spans[spans.length - 1]?.end ?? end;
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
