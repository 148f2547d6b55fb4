// Splits a source text into plain runs and the passages already quoted as evidence, for the document reader to highlight;
// each run is cut again where an actor is mentioned and where the suggestion in focus quotes the text.
import type { CheckedDataset } from '../../domain/model';

/** A stretch of text to mark inside a run: an actor's mention (what it names is the caller's). */
export interface MarkedSpan<Mark> {
  start: number;
  end: number;
  mark: Mark;
}

export interface ReaderPiece<Mark> {
  text: string;
  start: number;
  mark?: Mark;
  /** Inside the passage in focus (the quote of the suggestion under the pointer or the keyboard). */
  focused: boolean;
}

export interface ReaderSegment<Mark = never> {
  text: string;
  start: number;
  /** Ids of the relations that quote this passage; empty for plain text. */
  quotedBy: string[];
  pieces: ReaderPiece<Mark>[];
}

/** Quoted passages in text order; one overlapping another is merged into it so every character shows once. */
function quotedRuns(checked: CheckedDataset, documentId: string, text: string) {
  const spans: Array<{ start: number; end: number; relationId: string }> = [];
  checked.dataset.relations.forEach((relation, relationIndex) => {
    relation.evidence.forEach((evidence, evidenceIndex) => {
      const anchor = checked.anchors[relationIndex]?.[evidenceIndex];
      if (evidence.document === documentId && anchor) spans.push({ ...anchor, relationId: relation.id });
    });
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: Array<{ start: number; end: number; quotedBy: string[] }> = [];
  let at = 0;
  for (const span of spans) {
    const last = runs[runs.length - 1];
    if (span.start < at && last && last.quotedBy.length > 0) {
      // Overlaps the previous quote: extend it.
      last.end = Math.max(last.end, span.end);
      if (!last.quotedBy.includes(span.relationId)) last.quotedBy.push(span.relationId);
      at = Math.max(at, span.end);
      continue;
    }
    if (span.start > at) runs.push({ start: at, end: span.start, quotedBy: [] });
    runs.push({ start: Math.max(at, span.start), end: span.end, quotedBy: [span.relationId] });
    at = span.end;
  }
  if (at < text.length || runs.length === 0) runs.push({ start: at, end: text.length, quotedBy: [] });
  return runs;
}

/** Marks in text order without overlaps (a mark overlapping an earlier one is left out), inside the text. */
function orderedMarks<Mark>(marks: readonly MarkedSpan<Mark>[], length: number): MarkedSpan<Mark>[] {
  const kept: MarkedSpan<Mark>[] = [];
  let at = 0;
  for (const span of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (span.start < at || span.end <= span.start || span.end > length) continue;
    kept.push(span);
    at = span.end;
  }
  return kept;
}

export function readerSegments<Mark = never>(
  checked: CheckedDataset,
  documentId: string,
  text: string,
  marks: readonly MarkedSpan<Mark>[] = [],
  focus: { start: number; end: number } | null = null,
): ReaderSegment<Mark>[] {
  const spans = orderedMarks(marks, text.length);
  let next = 0;
  return quotedRuns(checked, documentId, text).map(({ start, end, quotedBy }) => {
    // Every place inside the run where a mark or the focus begins or ends.
    const cuts = new Set([start, end]);
    while (next < spans.length && (spans[next]?.end ?? 0) <= start) next++;
    for (let index = next; index < spans.length && (spans[index]?.start ?? end) < end; index++) {
      const span = spans[index]!;
      cuts.add(Math.max(start, span.start)).add(Math.min(end, span.end));
    }
    if (focus && focus.start < end && focus.end > start)
      cuts.add(Math.max(start, focus.start)).add(Math.min(end, focus.end));
    const points = [...cuts].sort((a, b) => a - b);
    const pieces: ReaderPiece<Mark>[] = [];
    let spanIndex = next;
    for (let index = 0; index + 1 < points.length; index++) {
      const from = points[index]!;
      const to = points[index + 1]!;
      while (spanIndex < spans.length && (spans[spanIndex]?.end ?? 0) <= from) spanIndex++;
      const span = spans[spanIndex];
      const marked = span !== undefined && span.start <= from && span.end >= to;
      pieces.push({
        text: text.slice(from, to),
        start: from,
        ...(marked && { mark: span.mark }),
        focused: focus !== null && focus.start <= from && focus.end >= to,
      });
    }
    return { text: text.slice(start, end), start, quotedBy, pieces };
  });
}
