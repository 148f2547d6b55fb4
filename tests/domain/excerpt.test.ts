// The sentence context around a quote's anchor.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerptAround } from '../../src/domain/excerpt';

const text =
  'Headline here\n\nFirst sentence is here. The  quote\u00a0sits in this sentence, they said. Third one follows! Fourth ends.';
const anchorOf = (quote: string) => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
};

describe('excerptAround', () => {
  it('returns the whole sentence around the quote, white space collapsed', () => {
    const excerpt = excerptAround(text, anchorOf('quote\u00a0sits'));
    expect(excerpt).toEqual({
      before: 'The ',
      quote: 'quote sits',
      after: ' in this sentence, they said.',
      clippedStart: false,
      clippedEnd: false,
    });
  });

  it('adds whole sentences on each side on request', () => {
    const excerpt = excerptAround(text, anchorOf('quote\u00a0sits'), { sentencesAround: 1 });
    expect(excerpt.before).toBe('First sentence is here. The ');
    expect(excerpt.after).toBe(' in this sentence, they said. Third one follows!');
  });

  it('spans sentences when the quote does', () => {
    const excerpt = excerptAround(text, anchorOf('said. Third'));
    expect(excerpt.before).toBe('The quote sits in this sentence, they ');
    expect(excerpt.after).toBe(' one follows!');
  });

  it('does not run a headline into the first sentence', () => {
    expect(excerptAround(text, anchorOf('First')).before).toBe('');
  });

  it('clips very long sentences at a word and says so', () => {
    const long = `Start ${'word '.repeat(200)}QUOTE ${'tail '.repeat(200)}end.`;
    const start = long.indexOf('QUOTE');
    const excerpt = excerptAround(long, { start, end: start + 5 }, { maxContextChars: 50 });
    expect(excerpt.clippedStart && excerpt.clippedEnd).toBe(true);
    expect(excerpt.before.length).toBeLessThanOrEqual(50);
    expect(excerpt.before.startsWith('word')).toBe(true);
    expect(excerpt.after.length).toBeLessThanOrEqual(50);
  });

  it('stays within the text for anchors at its edges', () => {
    expect(excerptAround('Only.', { start: 0, end: 5 })).toEqual({
      before: '',
      quote: 'Only.',
      after: '',
      clippedStart: false,
      clippedEnd: false,
    });
    expect(excerptAround('Only.', { start: 3, end: 99 }).quote).toBe('y.');
  });
});

/** The straightforward version: segment the whole text, then pick sentences. The excerpt must match it. */
function referenceExcerpt(source: string, anchor: { start: number; end: number }, around: number) {
  const spans = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(source)].map((segment) => ({
    start: segment.index,
    end: segment.index + segment.segment.length,
  }));
  let first = spans.findIndex((span) => span.end > anchor.start);
  if (first < 0) first = spans.length - 1;
  let last = first;
  while (last + 1 < spans.length && (spans[last + 1]?.start ?? Infinity) < anchor.end) last++;
  first = Math.max(0, first - around);
  last = Math.min(spans.length - 1, last + around);
  const collapse = (part: string) => part.replace(/\s+/g, ' ');
  return {
    before: collapse(source.slice(spans[first]?.start ?? anchor.start, anchor.start)).trimStart(),
    after: collapse(source.slice(anchor.end, spans[last]?.end ?? anchor.end)).trimEnd(),
  };
}

describe('excerptAround against whole-text segmentation', () => {
  const sentence = fc
    .tuple(
      fc.constantFrom('Putin', 'The minister', 'Israel', 'Iran’s envoy', 'They'),
      fc.constantFrom(' met', ' struck', ' said', ' warned'),
      fc.constantFrom(' in Sochi', ' on Monday', '', ' (again)'),
      fc.constantFrom('.', '!', '?', '.”'),
    )
    .map((parts) => parts.join(''));
  it('picks the same sentences for any quote in any short text', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 2 }),
        (sentences, a, b, around) => {
          const source = sentences.join(' ');
          const start = a % source.length;
          const end = Math.min(source.length, start + 1 + (b % 40));
          const excerpt = excerptAround(source, { start, end }, { sentencesAround: around, maxContextChars: 10_000 });
          const expected = referenceExcerpt(source, { start, end }, around);
          expect({ before: excerpt.before, after: excerpt.after }).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
