// The reader's runs: cited passages merged, each cut again where an actor is mentioned and where the passage in focus
// starts and ends, every character shown once.
import { describe, expect, it } from 'vitest';
import { readerSegments } from '../../../src/features/curation/readerSegments';
import { checkedOf, SAMPLE_TEXT } from '../../curation/sample';

const span = (words: string, mark: string, from = 0) => {
  const start = SAMPLE_TEXT.indexOf(words, from);
  return { start, end: start + words.length, mark };
};

describe('readerSegments', () => {
  it('keeps each cited passage whole, with the mentions inside it as pieces', () => {
    const segments = readerSegments(checkedOf(), 'wire', SAMPLE_TEXT, [
      span('Russia', 'russia'),
      span('Idlib', 'idlib'),
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(SAMPLE_TEXT);
    const cited = segments.find((segment) => segment.quotedBy.includes('russia-strikes-rebels'));
    expect(cited?.pieces.map(({ text, mark }) => [text, mark])).toEqual([
      ['Russia', 'russia'],
      [' strikes rebels near ', undefined],
      ['Idlib', 'idlib'],
      ['.', undefined],
    ]);
  });

  it('cuts a mention that crosses a cited passage’s edge at the edge, and leaves out one overlapping another', () => {
    const edge = SAMPLE_TEXT.indexOf('Russia strikes');
    const crossing = { start: edge - 9, end: edge + 6, mark: 'crossing' };
    const overlapping = { start: edge - 3, end: edge + 2, mark: 'overlapping' };
    const segments = readerSegments(checkedOf(), 'wire', SAMPLE_TEXT, [overlapping, crossing]);
    const marked = segments.flatMap((segment) => segment.pieces.filter((piece) => piece.mark));
    expect(marked.map(({ text, mark }) => [text, mark])).toEqual([
      ['talking. ', 'crossing'],
      ['Russia', 'crossing'],
    ]);
  });

  it('marks the passage in focus, across runs and mentions', () => {
    const focus = { start: SAMPLE_TEXT.indexOf('Idlib.'), end: SAMPLE_TEXT.indexOf(' Later,') };
    const segments = readerSegments(checkedOf(), 'wire', SAMPLE_TEXT, [span('Idlib', 'idlib')], focus);
    const focused = segments.flatMap((segment) => segment.pieces.filter((piece) => piece.focused));
    expect(focused.map((piece) => piece.text).join('')).toBe('Idlib. Officials said the talks went well.');
    expect(focused[0]).toMatchObject({ text: 'Idlib', mark: 'idlib' });
    expect(segments.flatMap((segment) => segment.pieces).every((piece) => piece.text.length > 0)).toBe(true);
  });

  it('gives the whole text as one plain run when nothing is cited or marked', () => {
    expect(readerSegments(checkedOf(), 'elsewhere', 'Plain words.')).toEqual([
      { text: 'Plain words.', start: 0, quotedBy: [], pieces: [{ text: 'Plain words.', start: 0, focused: false }] },
    ]);
  });
});
