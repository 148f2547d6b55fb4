// The analyst's filters in applyFilters — as reported by a date, speakers, at least N documents — against references
// built from the pure core, alone and combined, on the bundled dataset.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { asOfCut, publicationDates, reportedBy } from '../../src/domain/asOf';
import type { CheckedDataset } from '../../src/domain/model';
import { applyFilters, evidenceShownAsOf, type Filters } from '../../src/domain/query';
import { DEFAULT_FILTERS } from '../../src/filters/filterTable';
import { OUTLET_VOICE, relationsSpokenBy, speakersOf } from '../../src/domain/speakers';
import { supportOf } from '../../src/domain/support';
import { seedChecked } from '../export/fixtures';

let seed: CheckedDataset;
beforeAll(async () => {
  seed = await seedChecked();
});

/** Every relation the default filters show (denied ones hidden), as a baseline the analyst filters narrow. */
const shown = (change: Partial<Filters>) => applyFilters(seed, { ...DEFAULT_FILTERS, ...change }).relationIndices;

describe('the analyst filters', () => {
  it('as reported by: exactly the relations some document published by then states', () => {
    for (const date of [...publicationDates(seed), '2016', '2019-06', '2030']) {
      const cut = asOfCut(date) as string;
      expect(shown({ asOf: date })).toEqual(shown({}).filter((index) => reportedBy(seed, index, cut)));
    }
    expect(shown({ asOf: '1999' })).toEqual([]);
  });

  it('as reported by: only grows with the date', () => {
    const day = fc
      .tuple(fc.integer({ min: 2014, max: 2023 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const later = new Set(shown({ asOf: late }));
        expect(shown({ asOf: early }).every((index) => later.has(index))).toBe(true);
      }),
    );
  });

  it('speakers: the relations some evidence attributes to a chosen speaker, the outlet voice among them', () => {
    expect(speakersOf(seed)).toContain('zvi-magen');
    for (const speakers of [['zvi-magen'], [OUTLET_VOICE], ['zvi-magen', OUTLET_VOICE]]) {
      const spoken = relationsSpokenBy(seed, speakers);
      expect(shown({ speakers })).toEqual(shown({}).filter((index) => spoken.has(index)));
    }
    expect(shown({ speakers: ['zvi-magen'] }).length).toBeGreaterThan(1);
  });

  it('at least N documents: support counted over distinct documents', () => {
    const support = supportOf(seed);
    for (const n of [1, 2, 3]) {
      expect(shown({ minSources: n })).toEqual(shown({}).filter((index) => (support[index]?.documents ?? 0) >= n));
    }
    expect(shown({ minSources: 2 }).length).toBeGreaterThan(0);
    expect(shown({ minSources: 2 }).length).toBeLessThan(shown({}).length);
  });

  it('combined: N documents counted among those published by the date, of the chosen speakers', () => {
    const early = publicationDates(seed)[0] as string;
    // Before the second document is out, nothing has two documents behind it.
    expect(shown({ asOf: early, minSources: 2 })).toEqual([]);
    const both = shown({ speakers: ['zvi-magen'], asOf: early });
    const spoken = relationsSpokenBy(seed, ['zvi-magen']);
    expect(both).toEqual(shown({ asOf: early }).filter((index) => spoken.has(index)));
  });

  it('the panels show the evidence published by the date', () => {
    const [first, second] = seed.dataset.documents;
    if (!first || !second) throw new Error('the bundled dataset has two documents');
    const [early, late] = first.published < second.published ? [first, second] : [second, first];
    const filters = { ...DEFAULT_FILTERS, asOf: early.published };
    expect(evidenceShownAsOf(seed, filters, early.id)).toBe(true);
    expect(evidenceShownAsOf(seed, filters, late.id)).toBe(false);
    expect(evidenceShownAsOf(seed, DEFAULT_FILTERS, late.id)).toBe(true);
  });
});
