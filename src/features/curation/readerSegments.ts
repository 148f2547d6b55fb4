// Splits a source text into plain runs and the passages already quoted as evidence, for the document reader to highlight.
import type { CheckedDataset } from '../../domain/model';

export interface ReaderSegment {
  text: string;
  /** Ids of the relations that quote this passage; empty for plain text. */
  quotedBy: string[];
}

/** Quoted passages in text order; one overlapping another is merged into it so every character shows once. */
export function readerSegments(checked: CheckedDataset, documentId: string, text: string): ReaderSegment[] {
  const spans: Array<{ start: number; end: number; relationId: string }> = [];
  checked.dataset.relations.forEach((relation, relationIndex) => {
    relation.evidence.forEach((evidence, evidenceIndex) => {
      const anchor = checked.anchors[relationIndex]?.[evidenceIndex];
      if (evidence.document === documentId && anchor) spans.push({ ...anchor, relationId: relation.id });
    });
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: ReaderSegment[] = [];
  let at = 0;
  for (const span of spans) {
    const last = segments[segments.length - 1];
    if (span.start < at && last && last.quotedBy.length > 0) {
      // Overlaps the previous quote: extend it.
      if (span.end > at) last.text += text.slice(at, span.end);
      if (!last.quotedBy.includes(span.relationId)) last.quotedBy.push(span.relationId);
      at = Math.max(at, span.end);
      continue;
    }
    if (span.start > at) segments.push({ text: text.slice(at, span.start), quotedBy: [] });
    segments.push({ text: text.slice(Math.max(at, span.start), span.end), quotedBy: [span.relationId] });
    at = span.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), quotedBy: [] });
  return segments;
}
