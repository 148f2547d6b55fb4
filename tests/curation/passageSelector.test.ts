// Selecting a passage in a source text gives a quote the validator finds at exactly that place.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, foldForMatching } from '../../src/domain/quotes';
import { selectorForPassage } from '../../src/curation/passageSelector';
import { SAMPLE_TEXT } from './sample';

const occurrence = (text: string, passage: string, nth: number) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(passage, at + 1);
  return at;
};

describe('selectorForPassage', () => {
  it('needs no context for a passage that occurs once', () => {
    const start = SAMPLE_TEXT.indexOf('Russia strikes');
    expect(selectorForPassage(SAMPLE_TEXT, start, start + 'Russia strikes rebels'.length)).toEqual({
      kind: 'unique',
      selector: { quote: 'Russia strikes rebels' },
      start,
      end: start + 21,
    });
  });

  it('adds the shortest word-bounded prefix or suffix that picks a repeated passage', () => {
    const passage = 'Officials said the talks went well.';
    const first = occurrence(SAMPLE_TEXT, passage, 0);
    const second = occurrence(SAMPLE_TEXT, passage, 1);
    expect(selectorForPassage(SAMPLE_TEXT, first, first + passage.length)).toMatchObject({
      kind: 'unique',
      selector: { quote: passage, prefix: 'Idlib.' },
    });
    expect(selectorForPassage(SAMPLE_TEXT, second, second + passage.length)).toMatchObject({
      kind: 'unique',
      selector: { quote: passage, suffix: 'Russia' },
    });
  });

  it('trims white space from the selection and reports an empty one', () => {
    const start = SAMPLE_TEXT.indexOf(' Russia meets');
    expect(selectorForPassage(SAMPLE_TEXT, start, start + 14)).toMatchObject({
      selector: { quote: 'Russia meets' },
      start: start + 1,
    });
    expect(selectorForPassage(SAMPLE_TEXT, 5, 5)).toEqual({ kind: 'empty' });
    expect(selectorForPassage('a   b', 1, 4)).toEqual({ kind: 'empty' });
  });

  it('says when nothing around the passage tells it apart', () => {
    expect(selectorForPassage('a xx xx xx', 5, 7)).toEqual({
      kind: 'unique',
      selector: { quote: 'xx', prefix: 'a xx' },
      start: 5,
      end: 7,
    });
    // A prefix longer than the text before an occurrence never matches there (startsWith would clamp to 0).
    expect(anchorQuote(foldForMatching('a xx xx xx'), 'a xx xx xx', { quote: 'xx', prefix: 'a xx' })).toMatchObject({
      kind: 'found',
      anchor: { start: 5 },
    });
    const repetitive = 'word '.repeat(1000);
    expect(selectorForPassage(repetitive, 2500, 2504).kind).toBe('ambiguous');
  });

  it('always anchors where the selection was, for any text and selection', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '\u2019', '\n'), maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        (text, x, y) => {
          const start = text.length === 0 ? 0 : x % text.length;
          const end = start + (text.length === 0 ? 0 : y % (text.length - start + 1));
          const result = selectorForPassage(text, start, end);
          if (result.kind !== 'unique') return;
          const match = anchorQuote(foldForMatching(text), text, result.selector);
          expect(match).toMatchObject({ kind: 'found', anchor: { start: result.start } });
        },
      ),
      { numRuns: 500 },
    );
  });
});
