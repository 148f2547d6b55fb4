// Anchors quotes in their source text: verbatim in Unicode NFC, except for what typing cannot reproduce (white space, typographic quotes, dashes, the ellipsis).
import approximateSearch from 'approx-string-match';
import type { TextAnchor } from './model';

/**
 * Text folded for matching, with the way back to the original. The text is compared in Unicode NFC, so marks typed
 * precomposed or combined match alike (Hebrew niqqud, Arabic harakat, Latin accents); runs of white space (including
 * no-break spaces) fold to one space; ‘ ’ ‚ ‛ to '; “ ” „ ‟ to "; dashes to -; … to ...
 * Most characters map one to one, so only the replaced runs are recorded (sparse), and a folded offset is
 * mapped back by bisecting them: folding a 10 KB article costs a regular-expression pass, not a loop per character.
 */
export interface FoldedText {
  text: string;
  /** Where folded character `index` starts in the original. */
  originalStart(index: number): number;
  /** Where folded character `index` ends in the original (exclusive). */
  originalEnd(index: number): number;
}

const REPLACEMENTS = new Map<string, string>([
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201a', "'"],
  ['\u201b', "'"],
  ['\u201c', '"'],
  ['\u201d', '"'],
  ['\u201e', '"'],
  ['\u201f', '"'],
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u2012', '-'],
  ['\u2013', '-'],
  ['\u2014', '-'],
  ['\u2015', '-'],
  ['\u2212', '-'],
  ['\u2026', '...'],
]);

// JavaScript's \s is exactly the white space that folds (ASCII, no-break and the other Unicode spaces, BOM). A run
// is matched only when it is not already a single space (it holds other white space, or two spaces or more): most
// spaces between words are then skipped by the regular-expression engine, not handed one by one to the loop.
const FOLDABLE = /\s*[^\S ]\s*| {2,}|[\u2018-\u201f\u2010-\u2015\u2212\u2026]/g;
/**
 * The same, and (captured) the first character NFC could change. From the space to U+02FF (Latin-1, Latin Extended,
 * IPA) NFC changes nothing, nor in General Punctuation and the currency signs (bar two spaces, which fold anyway):
 * the English and Latin-script texts most datasets quote never leave the first, single pass. (A control character
 * costs one needless check.)
 */
const FOLDABLE_OR_COMPOSABLE =
  /\s*[^\S ]\s*| {2,}|[\u2018-\u201f\u2010-\u2015\u2212\u2026]|([^ -\u02ff\u2000-\u20bf])/g;
/**
 * For a text NFC changes: what folds, and (captured) the clusters NFC is applied to one at a time: a character with
 * the marks after it (and Hangul's medial and final jamo, which compose like marks), marks alone, or any character
 * outside Latin. Canonical composition and reordering never cross such a cluster's edge, so normalising clusters one
 * by one gives the text's NFC, and each cluster maps back to exactly where it came from.
 */
const FOLDABLE_OR_CLUSTER =
  /\s*[^\S ]\s*| {2,}|[\u2018-\u201f\u2010-\u2015\u2212\u2026]|([^\s\p{M}\u1160-\u11ff][\p{M}\u1160-\u11ff]+|[\p{M}\u1160-\u11ff]+|[^ -\u02ff\s])/gu;

/** Builds the folded text and its sparse map back, one replaced run at a time, in order. */
function foldedTextBuilder(original: string) {
  // Replaced runs, in order: folded [foldedStarts[i], foldedStarts[i] + replacementLengths[i]) came from original [originalStarts[i], originalEnds[i]).
  const foldedStarts: number[] = [];
  const replacementLengths: number[] = [];
  const originalStarts: number[] = [];
  const originalEnds: number[] = [];
  const pieces: string[] = [];
  let copiedUpTo = 0;
  let foldedLength = 0;

  const replace = (at: number, length: number, replacement: string) => {
    pieces.push(original.slice(copiedUpTo, at), replacement);
    foldedLength += at - copiedUpTo;
    foldedStarts.push(foldedLength);
    replacementLengths.push(replacement.length);
    originalStarts.push(at);
    originalEnds.push(at + length);
    foldedLength += replacement.length;
    copiedUpTo = at + length;
  };

  /** The last replaced run starting at or before folded `index`, or -1. */
  const runBefore = (index: number): number => {
    let low = 0;
    let high = foldedStarts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((foldedStarts[middle] ?? 0) <= index) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };
  const locate = (index: number, edge: 'start' | 'end'): number => {
    const run = runBefore(index);
    if (run === -1) return edge === 'start' ? index : index + 1;
    const foldedStart = foldedStarts[run] ?? 0;
    const foldedEnd = foldedStart + (replacementLengths[run] ?? 0);
    // Inside a replaced run, every folded character stands for the whole run (an ellipsis's three dots, a space's
    // run, a composed cluster's characters).
    if (index < foldedEnd) return edge === 'start' ? (originalStarts[run] ?? 0) : (originalEnds[run] ?? 0);
    const offset = (originalEnds[run] ?? 0) + (index - foldedEnd);
    return edge === 'start' ? offset : offset + 1;
  };
  const finish = (): FoldedText => {
    pieces.push(original.slice(copiedUpTo));
    return {
      text: pieces.join(''),
      originalStart: (index) => locate(index, 'start'),
      originalEnd: (index) => locate(index, 'end'),
    };
  };
  return { replace, finish };
}

export function foldForMatching(original: string): FoldedText {
  const folded = foldedTextBuilder(original);
  let pattern = FOLDABLE_OR_COMPOSABLE;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(original); match !== null; match = pattern.exec(original)) {
    const run = match[0];
    if (match[1] !== undefined) {
      if (original.normalize('NFC') !== original) return foldNormalized(original);
      // Already in NFC: fold the rest without looking for composable characters again.
      const next = pattern.lastIndex;
      pattern = FOLDABLE;
      pattern.lastIndex = next;
      continue;
    }
    folded.replace(match.index, run.length, REPLACEMENTS.get(run) ?? ' ');
  }
  return folded.finish();
}

/** The slower fold for a text NFC changes: each cluster that normalisation changes is a replaced run too. */
function foldNormalized(original: string): FoldedText {
  const folded = foldedTextBuilder(original);
  FOLDABLE_OR_CLUSTER.lastIndex = 0;
  for (const match of original.matchAll(FOLDABLE_OR_CLUSTER)) {
    const run = match[0];
    if (match[1] !== undefined) {
      const normalized = run.normalize('NFC');
      if (normalized !== run) folded.replace(match.index, run.length, normalized);
      continue;
    }
    folded.replace(match.index, run.length, REPLACEMENTS.get(run) ?? ' ');
  }
  return folded.finish();
}

/** A quote, prefix or suffix as the curator typed it, folded the same way and trimmed. */
function foldFragment(fragment: string): string {
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
  | {
      kind: 'context-mismatch';
      /** Which of the two fits no occurrence ("both": neither, or no occurrence fits the two together). */
      which: 'prefix' | 'suffix' | 'both';
      count: number;
      actualBefore: string;
      actualAfter: string;
    };

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
  const suffixFits = (at: number) =>
    suffix === '' || haystack.startsWith(suffix, skipSpaceForward(haystack, at + quote.length));
  const picked = occurrences.filter((at) => prefixFits(at) && suffixFits(at));

  if (picked.length === 1) {
    const at = picked[0] as number;
    return { kind: 'found', anchor: toAnchor(document, at, quote.length) };
  }
  if (picked.length === 0) {
    const first = occurrences[0] as number;
    const prefixFailsEverywhere = !occurrences.some(prefixFits);
    const suffixFailsEverywhere = !occurrences.some(suffixFits);
    const which =
      prefixFailsEverywhere && suffixFailsEverywhere
        ? 'both'
        : prefixFailsEverywhere
          ? 'prefix'
          : suffixFailsEverywhere
            ? 'suffix'
            : 'both';
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
  return { start: document.originalStart(foldedStart), end: document.originalEnd(foldedStart + foldedLength - 1) };
}

function closestPassage(
  document: FoldedText,
  original: string,
  quote: string,
): { closest?: { passage: string; differences: number } } {
  if (quote.length > FUZZY_LIMIT || document.text.length === 0) return {};
  const maxErrors = Math.max(2, Math.floor(quote.length / 3));
  const matches = approximateSearch(document.text, quote, maxErrors);
  let best = matches[0];
  for (const match of matches) if (best === undefined || match.errors < best.errors) best = match;
  if (!best || best.end <= best.start) return {};
  const anchor = toAnchor(document, best.start, best.end - best.start);
  return { closest: { passage: original.slice(anchor.start, anchor.end), differences: best.errors } };
}
