// A PDF's lines: each character in the first font that has it, lines no wider than asked and nothing lost, right-to-left
// runs in visual order and handed to the font in logical order (its shaping reverses them), arrows stood in for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setParagraph, setSingleLine, type RunFont } from '../../../src/export/pdf/textRuns';

/** A font that has the characters `has` says, each 0.5 em wide. */
const font = (id: string, has: (codePoint: number) => boolean): RunFont => ({
  id,
  covers: has,
  width: (text, size) => [...text].length * size * 0.5,
  ascent: 0.9,
  descent: 0.25,
});
const latin = font('latin', (codePoint) => codePoint < 0x0590 || (codePoint >= 0x2000 && codePoint < 0x2070));
const hebrew = font('hebrew', (codePoint) => (codePoint >= 0x0590 && codePoint < 0x0600) || codePoint === 0x20);
const FONTS = [latin, hebrew];

const texts = (line: ReturnType<typeof setSingleLine>) => line.runs.map((run) => `${run.font.id}:${run.text}`);

describe('a line of a PDF', () => {
  it('sets left-to-right text in one run of the first font', () => {
    const line = setSingleLine('Russia strikes Syria', FONTS, 10);
    expect(texts(line)).toEqual(['latin:Russia strikes Syria']);
    expect(line.width).toBe(20 * 5);
    expect(line.rightToLeft).toBe(false);
  });

  it('puts a Hebrew name inside English text in its own run, in logical order, where the line reads it', () => {
    const line = setSingleLine('Bennett (בנט) said', FONTS, 10);
    expect(texts(line)).toEqual(['latin:Bennett (', 'hebrew:בנט', 'latin:) said']);
    expect(line.runs.map((run) => run.x)).toEqual([0, 45, 60]);
  });

  it('sets a Hebrew paragraph right to left: its runs in visual order, flagged flush right', () => {
    const line = setSingleLine('שלום Putin עולם', FONTS, 10);
    expect(line.rightToLeft).toBe(true);
    // Visually: the last Hebrew word first (at the left), then the Latin name, then the first Hebrew word; each space
    // stays in the font of the word before it, and a Hebrew run goes to the font in logical order.
    expect(texts(line)).toEqual(['hebrew:עולם', 'latin: ', 'latin:Putin', 'hebrew:שלום ']);
  });

  it('writes an arrow no font has as characters one has', () => {
    expect(texts(setSingleLine('Russia → Iran', FONTS, 10))).toEqual(['latin:Russia -> Iran']);
  });

  it('breaks a paragraph into lines no wider than the width, losing and reordering nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 60, max: 400 }),
        (words, width) => {
          const text = words.join(' ');
          const lines = setParagraph(text, FONTS, 10, width);
          for (const line of lines) expect(line.width).toBeLessThanOrEqual(width);
          expect(lines.map((line) => line.runs.map((run) => run.text).join('')).join(' ')).toBe(text);
        },
      ),
      { numRuns: 200 },
    );
  });
});
