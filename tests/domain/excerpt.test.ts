// The sentence context around a quote's anchor.
import { describe, expect, it } from 'vitest';
import { excerptAround } from '../../src/domain/excerpt';

const text = 'Headline here\n\nFirst sentence is here. The  quote\u00a0sits in this sentence, they said. Third one follows! Fourth ends.';
const anchorOf = (quote: string) => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
};

describe('excerptAround', () => {
  it('returns the whole sentence around the quote, white space collapsed', () => {
    const excerpt = excerptAround(text, anchorOf('quote\u00a0sits'));
    expect(excerpt).toEqual({ before: 'The ', quote: 'quote sits', after: ' in this sentence, they said.', clippedStart: false, clippedEnd: false });
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
    expect(excerptAround('Only.', { start: 0, end: 5 })).toEqual({ before: '', quote: 'Only.', after: '', clippedStart: false, clippedEnd: false });
    expect(excerptAround('Only.', { start: 3, end: 99 }).quote).toBe('y.');
  });
});
