// Quote anchoring: verbatim except for what typing cannot reproduce, and never a silent pass.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorQuote, foldForMatching } from '../../src/domain/quotes';
import { validateDatasetText } from '../../src/domain/validate';

const find = (text: string, quote: string, context: { prefix?: string; suffix?: string } = {}) =>
  anchorQuote(foldForMatching(text), text, { quote, ...context });

describe('foldForMatching', () => {
  it('folds white-space runs, typographic quotes, dashes and the ellipsis', () => {
    expect(foldForMatching('a\u00a0\u00a0b\n\tc \u201cd\u201d \u2018e\u2019 f\u2013g\u2014h i\u2026').text).toBe(
      'a b c "d" \'e\' f-g-h i...',
    );
  });

  it('maps every folded character back to where it came from', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\u00a0', '\n', '\u201c', '\u2014', '\u2026', '.') }),
        (original) => {
          const folded = foldForMatching(original);
          let previousStart = 0;
          for (let index = 0; index < folded.text.length; index++) {
            const start = folded.originalStart(index);
            const end = folded.originalEnd(index);
            expect(start).toBeGreaterThanOrEqual(previousStart);
            expect(end).toBeGreaterThan(start);
            previousStart = start;
            // The original slice folds back to (a run starting with) the folded character.
            const refolded = foldForMatching(original.slice(start, end)).text;
            expect(refolded.startsWith(folded.text[index] ?? '')).toBe(true);
          }
          if (folded.text.length > 0) expect(folded.originalEnd(folded.text.length - 1)).toBe(original.length);
        },
      ),
    );
  });

  it('folds exactly as normalising, collapsing white space and replacing the typographic characters would', () => {
    const reference = (text: string) =>
      text
        .normalize('NFC')
        .replace(/\s+/g, ' ')
        .replace(/[\u2018-\u201b]/g, "'")
        .replace(/[\u201c-\u201f]/g, '"')
        .replace(/[\u2010-\u2015\u2212]/g, '-')
        .replace(/\u2026/g, '...');
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            ' ',
            ' ',
            '\u00a0',
            '\n',
            '\t',
            '\u3000',
            '\u2003',
            '\u2018',
            '\u201d',
            '\u2013',
            '\u2026',
            '\u00e9',
            'e\u0301',
          ),
          maxLength: 30,
        }),
        (original) => {
          expect(foldForMatching(original).text).toBe(reference(original));
        },
      ),
    );
  });

  it('maps plain text one to one, and runs to their whole extent', () => {
    const folded = foldForMatching('ab \u00a0\ncd\u2026e');
    expect(folded.text).toBe('ab cd...e');
    expect([folded.originalStart(2), folded.originalEnd(2)]).toEqual([2, 5]);
    expect([folded.originalStart(3), folded.originalEnd(3)]).toEqual([5, 6]);
    expect([folded.originalStart(6), folded.originalEnd(6)]).toEqual([7, 8]);
    expect([folded.originalStart(8), folded.originalEnd(8)]).toEqual([8, 9]);
  });
});

describe('anchorQuote', () => {
  const text =
    'Putin met Bennett\u00a0in Sochi \u2013 \u201cfor the first time\u201d\u2026\nThen they talked. Then they talked.';

  it('finds a quote typed with plain spaces and straight punctuation, anchored in the original', () => {
    const match = find(text, 'met Bennett in Sochi - "for the first time"...');
    expect(match.kind).toBe('found');
    if (match.kind !== 'found') return;
    expect(text.slice(match.anchor.start, match.anchor.end)).toBe(
      'met Bennett\u00a0in Sochi \u2013 \u201cfor the first time\u201d\u2026',
    );
  });

  it('is otherwise verbatim: case, letters and other punctuation must match', () => {
    expect(find(text, 'met bennett').kind).toBe('not-found');
    expect(find(text, 'Putin met Bennett;').kind).toBe('not-found');
    expect(find(text, 'Putin  met').kind).toBe('found'); // white space typed twice still folds
  });

  it('offers the closest passage when a quote has a typo', () => {
    const match = find(text, 'Putin meet Bennett in Sochi');
    expect(match).toMatchObject({
      kind: 'not-found',
      closest: { passage: 'Putin met Bennett\u00a0in Sochi', differences: 1 },
    });
  });

  it('refuses a quote that occurs twice unless a prefix or suffix picks one', () => {
    expect(find(text, 'Then they talked.')).toMatchObject({ kind: 'ambiguous', count: 2 });
    const second = find(text, 'Then they talked.', { prefix: 'they talked.' });
    expect(second.kind).toBe('found');
    if (second.kind === 'found') expect(second.anchor.start).toBe(text.lastIndexOf('Then'));
    const first = find(text, 'Then they talked.', { suffix: 'Then' });
    if (first.kind === 'found') expect(first.anchor.start).toBe(text.indexOf('Then'));
    else expect.fail('suffix should pick the first occurrence');
  });

  it('reports a prefix or suffix that does not fit, even when the quote is unique', () => {
    expect(find(text, 'met Bennett', { prefix: 'Medvedev' })).toMatchObject({
      kind: 'context-mismatch',
      which: 'prefix',
    });
    expect(find(text, 'met Bennett', { suffix: 'in Moscow' })).toMatchObject({
      kind: 'context-mismatch',
      which: 'suffix',
    });
    expect(find(text, 'met Bennett', { prefix: 'Putin', suffix: 'in Sochi' }).kind).toBe('found');
  });

  it('does not match a prefix longer than the text before the quote', () => {
    // "B" occurs at 1 and 3; only the second follows "ABA". Clamped to 0, the first would seem to follow it too.
    expect(find('ABAB', 'B', { prefix: 'ABA' })).toEqual({ kind: 'found', anchor: { start: 3, end: 4 } });
    expect(find('BAB', 'B', { prefix: 'BA' })).toEqual({ kind: 'found', anchor: { start: 2, end: 3 } });
  });

  it('treats a quote of only white space as empty', () => {
    expect(find(text, ' \u00a0\n').kind).toBe('empty');
  });

  it('finds any substring of any text, wherever it is cut', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), (original, a, b) => {
        const start = a % original.length;
        const end = start + 1 + (b % (original.length - start));
        const quote = original.slice(start, end);
        const match = find(original, quote);
        if (foldForMatching(quote).text.trim() === '') expect(match.kind).toBe('empty');
        else expect(['found', 'ambiguous']).toContain(match.kind);
      }),
    );
  });
});

describe('Unicode normalisation (NFC)', () => {
  // Each sample: the archived text in one composition, the quote typed in another, and the passage the anchor must
  // cover in the original.
  const samples: [string, string, string, string][] = [
    [
      'Hebrew with niqqud: shin written as a presentation form (U+FB2A) before its vowel, typed as letter + vowel + dot',
      'הוא אמר \uFB2A\u05B8\u05DC\u05D5\u05B9\u05DD \u05DC\u05BC\u05B8\u05DB\u05B6\u05DD היום',
      '\u05E9\u05B8\u05C1\u05DC\u05D5\u05B9\u05DD \u05DC\u05BC\u05B8\u05DB\u05B6\u05DD',
      '\uFB2A\u05B8\u05DC\u05D5\u05B9\u05DD \u05DC\u05BC\u05B8\u05DB\u05B6\u05DD',
    ],
    [
      'Arabic with harakat: shadda before fatha in the text, fatha before shadda in the quote; alef and hamza apart, then precomposed',
      'قال \u0627\u0654\u0645\u064A\u0631 \u0627\u0644\u0642\u0648\u0645 \u0627\u0644\u0633\u0651\u064E\u0644\u0627\u0645 عليكم',
      '\u0623\u0645\u064A\u0631 \u0627\u0644\u0642\u0648\u0645 \u0627\u0644\u0633\u064E\u0651\u0644\u0627\u0645',
      '\u0627\u0654\u0645\u064A\u0631 \u0627\u0644\u0642\u0648\u0645 \u0627\u0644\u0633\u0651\u064E\u0644\u0627\u0645',
    ],
    [
      'Persian: alef with madda decomposed in the text, precomposed in the quote',
      'مردم برای \u0627\u0653\u0632\u0627\u062F\u06CC ایران ایستادند',
      '\u0622\u0632\u0627\u062F\u06CC ایران',
      '\u0627\u0653\u0632\u0627\u062F\u06CC ایران',
    ],
    [
      'Latin: a precomposed é in the text, e + combining acute in the quote',
      'Le caf\u00E9 de Paris\u00A0ferme.',
      'cafe\u0301 de Paris ferme',
      'caf\u00E9 de Paris\u00A0ferme',
    ],
  ];

  it.each(samples)('%s', (_, text, quote, passage) => {
    expect(quote).not.toBe(passage);
    const match = find(text, quote);
    expect(match.kind).toBe('found');
    if (match.kind !== 'found') return;
    // Offsets point into the original, unnormalised text.
    expect(text.slice(match.anchor.start, match.anchor.end)).toBe(passage);
  });

  it('lets the validator anchor each sample’s quote in its document, in the original’s composition', () => {
    const dataset = {
      formatVersion: 1,
      id: 'scripts',
      title: 'Scripts',
      documents: samples.map(([, text], index) => ({
        id: `d${index}`,
        title: 't',
        outlet: 'o',
        published: '2021',
        text,
      })),
      actors: [
        { id: 'a', name: 'A', kind: 'state' },
        { id: 'b', name: 'B', kind: 'state' },
      ],
      relations: samples.map(([, , quote], index) => ({
        id: `r${index}`,
        type: 'meets',
        source: 'a',
        target: 'b',
        evidence: [{ document: `d${index}`, quote }],
      })),
    };
    const result = validateDatasetText(JSON.stringify(dataset), { file: 'scripts.json' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    samples.forEach(([, text, , passage], index) => {
      const anchor = result.checked.anchors[index]?.[0];
      expect(text.slice(anchor?.start, anchor?.end)).toBe(passage);
    });
  });

  it('folds a text NFC changes exactly as it folds the text normalised first', () => {
    const unit = fc.constantFrom(
      'a',
      'e',
      ' ',
      '\u00a0',
      '\u201c',
      '\u2014',
      '\u0301',
      '\u0327',
      '\u00e9',
      '\u05E9',
      '\u05C1',
      '\u05B8',
      '\uFB2A',
      '\u0627',
      '\u0653',
      '\u0654',
      '\u064E',
      '\u0651',
      '\u1100',
      '\u1161',
      '\u11A8',
      '\uAC00',
      '\u212B',
      '\u{1D15E}',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (original) => {
        const folded = foldForMatching(original);
        expect(folded.text).toBe(foldForMatching(original.normalize('NFC')).text);
        let previousStart = 0;
        for (let index = 0; index < folded.text.length; index++) {
          const start = folded.originalStart(index);
          const end = folded.originalEnd(index);
          expect(start).toBeGreaterThanOrEqual(previousStart);
          expect(end).toBeGreaterThan(start);
          previousStart = start;
        }
        if (folded.text.length > 0) expect(folded.originalEnd(folded.text.length - 1)).toBe(original.length);
      }),
    );
  });

  it('finds a quote typed in any composition, anchored on whole characters of the original', () => {
    const text = 'Zvi Magen met the envoy in Tel Aviv: \u05E9\u05C1\u05B8\u05DC\u05D5\u05B9\u05DD, said he.';
    for (const quote of ['\u05E9\u05B8\u05C1\u05DC\u05D5\u05B9\u05DD', '\uFB2A\u05B8\u05DC\u05D5\u05B9\u05DD']) {
      const match = find(text, quote);
      expect(match).toEqual({
        kind: 'found',
        anchor: { start: text.indexOf('\u05E9'), end: text.indexOf(',', text.indexOf('\u05E9')) },
      });
    }
  });
});
