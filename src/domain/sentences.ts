// Sentences, paragraphs and quotations in an archived text, as offsets: what the attribution lint reads a quote's
// surroundings by. Plain rules a newswire text keeps, with the abbreviations that do not end a sentence.

export interface TextRange {
  start: number;
  end: number;
}

/** Words that end with a full stop inside a sentence ("Gen. Bagheri", "Mr. Putin"); single initials are handled apart. */
const ABBREVIATIONS = new Set(
  'Mr Mrs Ms Dr Gen Col Lt Sgt Capt Maj Adm Brig Cmdr Gov Sen Rep Rev Hon Amb Pres Prof St Mt Ft Jr Sr No vs etc Inc Co Corp Ltd Jan Feb Aug Sep Sept Oct Nov Dec'.split(
    ' ',
  ),
);

/**
 * The lines of a text (archives keep one paragraph per line), found once: the returned function gives the line around
 * an offset by binary search, so that many quotes of one long text cost one scan of it.
 */
export function paragraphsOf(text: string): (index: number) => TextRange {
  const newlines: number[] = [];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) newlines.push(at);
  return (index) => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((newlines[middle] as number) < index) low = middle + 1;
      else high = middle;
    }
    return { start: low === 0 ? 0 : (newlines[low - 1] as number) + 1, end: newlines[low] ?? text.length };
  };
}

// A full stop, question or exclamation mark, with any closing quotes or brackets, then white space.
const TERMINATOR = /[.!?]+[”’"')\]]*\s+/gu;
const OPENS_SENTENCE = /[\p{Lu}\p{N}“‘"'([]/u;
const LAST_WORD = /([\p{L}]+)\.+[”’"')\]]*\s+$/u;

/** The sentences of `text` between `range.start` and `range.end` (a paragraph), in order. */
export function sentencesIn(text: string, range: TextRange): TextRange[] {
  const sentences: TextRange[] = [];
  let start = range.start;
  TERMINATOR.lastIndex = range.start;
  for (let match = TERMINATOR.exec(text); match !== null; match = TERMINATOR.exec(text)) {
    const end = match.index + match[0].length;
    if (end >= range.end) break;
    if (!OPENS_SENTENCE.test(text[end] ?? '')) continue;
    if (match[0].startsWith('.') && !match[0].startsWith('..')) {
      const word = LAST_WORD.exec(text.slice(Math.max(range.start, match.index - 20), end))?.[1];
      if (word !== undefined && (word.length === 1 || ABBREVIATIONS.has(word))) continue;
    }
    sentences.push({ start, end: match.index + match[0].trimEnd().length });
    start = end;
  }
  if (start < range.end) sentences.push({ start, end: range.end });
  return sentences;
}

/** The quotations of a paragraph, marks included: “…” pairs, and straight "…" pairs in order. */
export function quotationsIn(text: string, range: TextRange): TextRange[] {
  const quotations: TextRange[] = [];
  let open: number | null = null;
  let straight: number | null = null;
  for (let index = range.start; index < range.end; index++) {
    const character = text[index];
    if (character === '\u201c') open = index;
    else if (character === '\u201d' && open !== null) {
      quotations.push({ start: open, end: index + 1 });
      open = null;
    } else if (character === '"') {
      if (straight === null) straight = index;
      else {
        quotations.push({ start: straight, end: index + 1 });
        straight = null;
      }
    }
  }
  return quotations.sort((a, b) => a.start - b.start);
}

/** Whether two ranges share at least one letter or digit of `text`. */
export function sharesWords(text: string, a: TextRange, b: TextRange): boolean {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end));
}
