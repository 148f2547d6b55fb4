// Pure: a quote cut into plain runs and the hedging or negation cues found in it (domain/hedges.ts), for highlighting.
import { findHedgeCues, type HedgeCue } from '../../domain/hedges';

export interface CueSegment {
  text: string;
  /** The cue this run is, or null for plain text. */
  cue: HedgeCue | null;
}

export function cueSegments(text: string): CueSegment[] {
  const segments: CueSegment[] = [];
  let at = 0;
  for (const match of findHedgeCues(text)) {
    // "neither … nor" can span other cues; a cue inside one already shown stays plain.
    if (match.start < at) continue;
    if (match.start > at) segments.push({ text: text.slice(at, match.start), cue: null });
    segments.push({ text: text.slice(match.start, match.end), cue: match.cue });
    at = match.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), cue: null });
  return segments;
}
