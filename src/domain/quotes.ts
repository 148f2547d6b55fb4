// Anchors quotes in their source text: verbatim, except for what typing cannot reproduce (white space, typographic quotes, dashes, the ellipsis).
import approximateSearch from 'approx-string-match';
import type { TextAnchor } from './model';

/**
 * Text folded for matching, with the way back: folded character i came from original[starts[i], ends[i]).
 * Runs of white space (including no-break spaces) fold to one space; ‘ ’ ‚ ‛ to '; “ ” „ ‟ to "; dashes to -; … to ...
 */
export interface FoldedText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

const REPLACEMENTS = new Map<number, string>([
  [0x2018, "'"], [0x2019, "'"], [0x201a, "'"], [0x201b, "'"],
  [0x201c, '"'], [0x201d, '"'], [0x201e, '"'], [0x201f, '"'],
  [0x2010, '-'], [0x2011, '-'], [0x2012, '-'], [0x2013, '-'], [0x2014, '-'], [0x2015, '-'], [0x2212, '-'],
  [0x2026, '...'],
]);

function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

export function foldForMatching(original: string): FoldedText {
  // Folding never lengthens the text except for the ellipsis, which becomes three characters.
  let capacity = original.length;
  for (let index = original.indexOf('\u2026'); index !== -1; index = original.indexOf('\u2026', index + 1)) capacity += 2;
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const pieces: string[] = [];
  let length = 0;
  let unchangedFrom = 0;
  let inSpace = false;
  for (let index = 0; index < original.length; index++) {
    const code = original.charCodeAt(index);
    if (isWhiteSpace(code)) {
      if (code !== 0x20 || inSpace) {
        pieces.push(original.slice(unchangedFrom, index));
        unchangedFrom = index + 1;
        if (!inSpace) pieces.push(' ');
      }
      if (inSpace) {
        ends[length - 1] = index + 1;
      } else {
        starts[length] = index;
        ends[length] = index + 1;
        length++;
        inSpace = true;
      }
      continue;
    }
    inSpace = false;
    const replacement = REPLACEMENTS.get(code);
    if (replacement !== undefined) {
      pieces.push(original.slice(unchangedFrom, index), replacement);
      unchangedFrom = index + 1;
      for (let k = 0; k < replacement.length; k++) {
        starts[length] = index;
        ends[length] = index + 1;
        length++;
      }
      continue;
    }
    starts[length] = index;
    ends[length] = index + 1;
    length++;
  }
  pieces.push(original.slice(unchangedFrom));
  return { text: pieces.join(''), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

/** A quote, prefix or suffix as the curator typed it, folded the same way and trimmed. */
export function foldFragment(fragment: string): string {
  return foldForMatching(fragment).text.trim();
}

export interface QuoteSelector {
  quote: string;
  prefix?: string;
  suffix?: string;
}

export type QuoteMatch =
  | { kind: 'found'; anchor: TextAnchor }
  | { kind: 'empty' }
  | { kind: 'not-found'; closest?: { passage: string; differences: number } }
  | { kind: 'ambiguous'; count: number; candidatePrefixes: string[] }
  | { kind: 'context-mismatch'; which: 'prefix' | 'suffix' | 'prefix and suffix'; count: number; actualBefore: string; actualAfter: string };

/** Longest quote the fuzzy search runs for: beyond it, Myers' algorithm gets slow and the hint unreadable. */
const FUZZY_LIMIT = 1000;
const CONTEXT_SHOWN = 40;

/** Finds a quote in a folded document the way W3C's TextQuoteSelector does: prefix and suffix pick among occurrences. */
export function anchorQuote(document: FoldedText, original: string, selector: QuoteSelector): QuoteMatch {
  const quote = foldFragment(selector.quote);
  if (quote === '') return { kind: 'empty' };
  const haystack = document.text;
  const occurrences: number[] = [];
  for (let at = haystack.indexOf(quote); at !== -1; at = haystack.indexOf(quote, at + 1)) occurrences.push(at);
  if (occurrences.length === 0) return { kind: 'not-found', ...closestPassage(document, original, quote) };

  const prefix = selector.prefix === undefined ? '' : foldFragment(selector.prefix);
  const suffix = selector.suffix === undefined ? '' : foldFragment(selector.suffix);
  const prefixFits = (at: number) => {
    // startsWith clamps a negative position to 0: a prefix longer than the text before the quote must not match there.
    const from = skipSpaceBackward(haystack, at) - prefix.length;
    return prefix === '' || (from >= 0 && haystack.startsWith(prefix, from));
  };
  const suffixFits = (at: number) => suffix === '' || haystack.startsWith(suffix, skipSpaceForward(haystack, at + quote.length));
  const picked = occurrences.filter((at) => prefixFits(at) && suffixFits(at));

  if (picked.length === 1) {
    const at = picked[0] as number;
    return { kind: 'found', anchor: toAnchor(document, at, quote.length) };
  }
  if (picked.length === 0) {
    const first = occurrences[0] as number;
    const prefixFailsEverywhere = !occurrences.some(prefixFits);
    const suffixFailsEverywhere = !occurrences.some(suffixFits);
    const which = prefixFailsEverywhere && suffixFailsEverywhere ? 'prefix and suffix' : prefixFailsEverywhere ? 'prefix' : suffixFailsEverywhere ? 'suffix' : 'prefix and suffix';
    return {
      kind: 'context-mismatch',
      which,
      count: occurrences.length,
      actualBefore: haystack.slice(Math.max(0, first - CONTEXT_SHOWN), first).trimStart(),
      actualAfter: haystack.slice(first + quote.length, first + quote.length + CONTEXT_SHOWN).trimEnd(),
    };
  }
  return {
    kind: 'ambiguous',
    count: picked.length,
    candidatePrefixes: picked.slice(0, 3).map((at) => haystack.slice(Math.max(0, at - 25), at).trimStart()),
  };
}

function skipSpaceBackward(text: string, at: number): number {
  return at > 0 && text.charCodeAt(at - 1) === 0x20 ? at - 1 : at;
}

function skipSpaceForward(text: string, at: number): number {
  return text.charCodeAt(at) === 0x20 ? at + 1 : at;
}

function toAnchor(document: FoldedText, foldedStart: number, foldedLength: number): TextAnchor {
  return { start: document.starts[foldedStart] ?? 0, end: document.ends[foldedStart + foldedLength - 1] ?? 0 };
}

function closestPassage(document: FoldedText, original: string, quote: string): { closest?: { passage: string; differences: number } } {
  if (quote.length > FUZZY_LIMIT || document.text.length === 0) return {};
  const maxErrors = Math.max(2, Math.floor(quote.length / 3));
  const matches = approximateSearch(document.text, quote, maxErrors);
  let best = matches[0];
  for (const match of matches) if (best === undefined || match.errors < best.errors) best = match;
  if (!best || best.end <= best.start) return {};
  const anchor = toAnchor(document, best.start, best.end - best.start);
  return { closest: { passage: original.slice(anchor.start, anchor.end), differences: best.errors } };
}
