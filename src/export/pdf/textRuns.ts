// Pure: a line of text as runs for a PDF: each character in the first font that has it (Latin, then Hebrew, then
// Arabic), lines broken at spaces to a width, and right-to-left text put in visual order by the Unicode bidirectional
// algorithm (bidi-js); Arabic and Hebrew runs are handed over in logical order, since the font's shaping reverses them.
import bidiFactory from 'bidi-js';

/** A font as the runs see it: which characters it has, how wide a text is, its ascent and descent per unit of size. */
export interface RunFont {
  id: string;
  covers(codePoint: number): boolean;
  width(text: string, size: number): number;
  ascent: number;
  descent: number;
}

/** A piece of a line in one font, in visual order, with the text to hand to the font. */
export interface PlacedRun<F extends RunFont> {
  font: F;
  text: string;
  /** From the line's left edge. */
  x: number;
  width: number;
}

export interface SetLine<F extends RunFont> {
  runs: PlacedRun<F>[];
  width: number;
  /** The paragraph reads right to left: its lines are set flush right. */
  rightToLeft: boolean;
}

const bidi = bidiFactory();

/** Letters and marks choose their font; spaces, digits and punctuation stay in the font of the run they are in. */
const NEUTRAL = /[^\p{L}\p{M}]/u;
/** Characters the shaping engine reads as right-to-left script: it reverses a run holding any of them. */
const RIGHT_TO_LEFT_SCRIPT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
/** Explicit direction marks, embeddings, overrides and isolates. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function fontOf<F extends RunFont>(char: string, fonts: readonly F[], current: F | null): F {
  const codePoint = char.codePointAt(0) ?? 0;
  if (current && NEUTRAL.test(char) && current.covers(codePoint)) return current;
  return fonts.find((font) => font.covers(codePoint)) ?? fonts[0]!;
}

/** What stands in for a character none of the fonts has (Noto Sans has no arrows). */
const STAND_INS: Readonly<Record<string, string>> = { '→': '->', '←': '<-', '↔': '<->' };

/** The text's characters (code points) with their font, in logical order. */
function fontedChars<F extends RunFont>(text: string, fonts: readonly F[]): { char: string; font: F }[] {
  const chars: { char: string; font: F }[] = [];
  let current: F | null = null;
  for (const original of text) {
    const covered = fonts.some((font) => font.covers(original.codePointAt(0) ?? 0));
    for (const char of covered ? original : (STAND_INS[original] ?? original)) {
      current = fontOf(char, fonts, current);
      chars.push({ char, font: current });
    }
  }
  return chars;
}

/** Width of a logical piece of text set in its fonts. */
function measure<F extends RunFont>(chars: readonly { char: string; font: F }[], size: number): number {
  let width = 0;
  let run = '';
  let font: F | null = null;
  for (const item of chars) {
    if (font !== null && item.font !== font) {
      width += font.width(run, size);
      run = '';
    }
    font = item.font;
    run += item.char;
  }
  return font === null ? 0 : width + font.width(run, size);
}

/**
 * The paragraph broken into lines no wider than `width` (at spaces; a word wider than a line is broken between its
 * characters), each set in visual order. Line breaks in the text start new lines.
 */
export function setParagraph<F extends RunFont>(
  text: string,
  fonts: readonly F[],
  size: number,
  width: number,
): SetLine<F>[] {
  return text.split('\n').flatMap((paragraph) => {
    const chars = fontedChars(paragraph, fonts);
    const lines: { char: string; font: F }[][] = [];
    let line: { char: string; font: F }[] = [];
    const words = splitWords(chars);
    // A line's width is taken as the sum of its words' (each measured once): kerning across a space is nil.
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = measure(word, size);
      const trimmedWidth = measure(trimEnd(word), size);
      if (line.length === 0 || lineWidth + trimmedWidth <= width) {
        line = [...line, ...word];
        lineWidth += wordWidth;
      } else {
        lines.push(trimEnd(line));
        line = word;
        lineWidth = wordWidth;
      }
      // A word alone wider than the line: broken between characters.
      while (measure(trimEnd(line), size) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && measure(line.slice(0, cut), size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
        lineWidth = measure(line, size);
      }
    }
    lines.push(trimEnd(line));
    return lines.map((items) => setLine(items, size));
  });
}

/** One line that is not broken (a label, a heading), set in visual order. */
export function setSingleLine<F extends RunFont>(text: string, fonts: readonly F[], size: number): SetLine<F> {
  return setLine(fontedChars(text.replace(/\n/g, ' '), fonts), size);
}

function splitWords<T extends { char: string }>(chars: readonly T[]): T[][] {
  const words: T[][] = [];
  let word: T[] = [];
  for (const item of chars) {
    word.push(item);
    if (item.char === ' ') {
      words.push(word);
      word = [];
    }
  }
  if (word.length > 0) words.push(word);
  return words;
}

function trimEnd<T extends { char: string }>(chars: readonly T[]): T[] {
  let end = chars.length;
  while (end > 0 && chars[end - 1]!.char === ' ') end--;
  return chars.slice(0, end);
}

function setLine<F extends RunFont>(chars: readonly { char: string; font: F }[], size: number): SetLine<F> {
  const text = chars.map((item) => item.char).join('');
  // bidi-js counts UTF-16 code units: map each code point's first unit back to its character.
  const unitToChar: number[] = [];
  chars.forEach((item, index) => {
    for (let unit = 0; unit < item.char.length; unit++) unitToChar.push(index);
  });
  // Text without right-to-left letters or direction marks is all left to right: the algorithm is not needed.
  const mixed = RIGHT_TO_LEFT_SCRIPT.test(text) || BIDI_CONTROLS.test(text);
  const levels = mixed ? bidi.getEmbeddingLevels(text, 'auto') : null;
  const rightToLeft = (levels?.paragraphs[0]?.level ?? 0) % 2 === 1;
  const levelOf = (index: number) => levels?.levels[unitToChar.indexOf(index)] ?? 0;
  let order = chars.map((_, index) => index);
  if (levels && levels.levels.some((level) => level > 0)) {
    const units = bidi.getReorderedIndices(text, levels, 0, text.length - 1);
    order = [];
    for (const unit of units) {
      const index = unitToChar[unit]!;
      if (order[order.length - 1] !== index && !order.includes(index)) order.push(index);
    }
  }
  const runs: PlacedRun<F>[] = [];
  let x = 0;
  let group: number[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const font = chars[group[0]!]!.font;
    const odd = levelOf(group[0]!) % 2 === 1;
    const visual = group.map((index) => chars[index]!.char);
    // A right-to-left run with Hebrew or Arabic letters goes to the font in logical order (its shaping reverses it);
    // one of only spaces and punctuation is written as seen, brackets mirrored.
    const runText = odd
      ? RIGHT_TO_LEFT_SCRIPT.test(visual.join(''))
        ? [...visual].reverse().join('')
        : visual.map((char) => bidi.getMirroredCharacter(char) ?? char).join('')
      : visual.join('');
    const width = font.width(runText, size);
    runs.push({ font, text: runText, x, width });
    x += width;
    group = [];
  };
  for (const index of order) {
    const last = group[group.length - 1];
    if (last !== undefined && (chars[last]!.font !== chars[index]!.font || levelOf(last) % 2 !== levelOf(index) % 2))
      flush();
    group.push(index);
  }
  flush();
  return { runs, width: x, rightToLeft };
}
