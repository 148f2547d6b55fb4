// Turns a passage selected in a source text into the quote the validator will find there: with the shortest prefix or suffix that picks it when it occurs more than once.
import { anchorQuote, foldForMatching, type FoldedText, type QuoteSelector } from '../domain/quotes';

export type PassageSelector =
  | { kind: 'unique'; selector: QuoteSelector; start: number; end: number }
  /** The passage occurs elsewhere with the same text around it as far as we look: the validator would call it ambiguous. */
  | { kind: 'ambiguous'; selector: QuoteSelector; start: number; end: number }
  | { kind: 'empty' };

/** How far back or ahead to look for disambiguating context. */
const MAX_CONTEXT = 400;

const isSpace = (character: string | undefined) => character !== undefined && /\s/.test(character);

/**
 * `start`/`end` are UTF-16 offsets into `text` (as a DOM selection gives them). White space at the
 * edges is dropped. Context is cut at word boundaries so it reads naturally in the dataset file.
 */
export function selectorForPassage(
  text: string,
  start: number,
  end: number,
  folded: FoldedText = foldForMatching(text),
): PassageSelector {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && isSpace(text[from])) from++;
  while (to > from && isSpace(text[to - 1])) to--;
  if (from === to) return { kind: 'empty' };
  const quote = text.slice(from, to);
  const picksThis = (selector: QuoteSelector) => {
    const match = anchorQuote(folded, text, selector);
    return match.kind === 'found' && match.anchor.start === from;
  };
  if (picksThis({ quote })) return { kind: 'unique', selector: { quote }, start: from, end: to };

  const prefixes = prefixCandidates(text, from);
  const suffixes = suffixCandidates(text, to);
  // A longer context can only rule out more occurrences, never the selected one: bisect for the shortest that works.
  const prefix = shortestThatWorks(prefixes, (candidate) => picksThis({ quote, prefix: candidate }));
  const suffix = shortestThatWorks(suffixes, (candidate) => picksThis({ quote, suffix: candidate }));
  if (prefix !== undefined && (suffix === undefined || prefix.length <= suffix.length))
    return { kind: 'unique', selector: { quote, prefix }, start: from, end: to };
  if (suffix !== undefined) return { kind: 'unique', selector: { quote, suffix }, start: from, end: to };

  const longestPrefix = prefixes[prefixes.length - 1];
  const longestSuffix = suffixes[suffixes.length - 1];
  const both: QuoteSelector = {
    quote,
    ...(longestPrefix !== undefined && { prefix: longestPrefix }),
    ...(longestSuffix !== undefined && { suffix: longestSuffix }),
  };
  return { kind: picksThis(both) ? 'unique' : 'ambiguous', selector: both, start: from, end: to };
}

/** Text before `at`, growing a word at a time, shortest first, trimmed. */
function prefixCandidates(text: string, at: number): string[] {
  const candidates: string[] = [];
  const limit = Math.max(0, at - MAX_CONTEXT);
  for (let cut = at - 1; cut >= limit; cut--) {
    const atWordStart = cut === 0 || (isSpace(text[cut - 1]) && !isSpace(text[cut]));
    if (!atWordStart && cut !== limit) continue;
    const candidate = text.slice(cut, at).trim();
    if (candidate !== '' && candidate !== candidates[candidates.length - 1]) candidates.push(candidate);
  }
  return candidates;
}

/** Text after `at`, growing a word at a time, shortest first, trimmed. */
function suffixCandidates(text: string, at: number): string[] {
  const candidates: string[] = [];
  const limit = Math.min(text.length, at + MAX_CONTEXT);
  for (let cut = at + 1; cut <= limit; cut++) {
    const atWordEnd = cut === text.length || (isSpace(text[cut]) && !isSpace(text[cut - 1]));
    if (!atWordEnd && cut !== limit) continue;
    const candidate = text.slice(at, cut).trim();
    if (candidate !== '' && candidate !== candidates[candidates.length - 1]) candidates.push(candidate);
  }
  return candidates;
}

function shortestThatWorks(candidates: readonly string[], works: (candidate: string) => boolean): string | undefined {
  let low = 0;
  let high = candidates.length - 1;
  let found: string | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const candidate = candidates[middle] as string;
    if (works(candidate)) {
      found = candidate;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  return found;
}
