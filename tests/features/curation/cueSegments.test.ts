// A quote cut into plain runs and cues, for the reader and the editor to highlight what calls for a judgement.
import { describe, expect, it } from 'vitest';
import { cueSegments } from '../../../src/features/curation/cueSegments';

const shown = (text: string) => cueSegments(text).map((segment) => (segment.cue ? `[${segment.text}]` : segment.text));

describe('cueSegments', () => {
  it('marks each cue where the quote has it, keeping every character once', () => {
    const quote = 'Tehran will likely demand that Moscow does not back Israel.';
    expect(shown(quote)).toEqual([
      'Tehran ',
      '[will]',
      ' ',
      '[likely]',
      ' demand that Moscow does ',
      '[not]',
      ' back Israel.',
    ]);
    expect(
      cueSegments(quote)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(quote);
    expect(cueSegments(quote).flatMap((segment) => (segment.cue ? [segment.cue.kind] : []))).toEqual([
      'modal',
      'modal',
      'negation',
    ]);
  });

  it('keeps "neither … nor" whole, and leaves a plain assertion plain', () => {
    expect(shown('Officially, Russia and Israel are neither allies nor strategic partners.')).toEqual([
      'Officially, Russia and Israel are ',
      '[neither allies nor]',
      ' strategic partners.',
    ]);
    const plain = 'Presently, Russia is the main ally of Syria’s President Bashar al Assad';
    expect(shown(plain)).toEqual([plain]);
    expect(shown('')).toEqual(['']);
  });
});
