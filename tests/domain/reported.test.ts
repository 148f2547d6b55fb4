// As reported on a date, who says so, and how well sourced: on the small fixture and, for the order of dates, on the
// bundled dataset with generated dates.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { asOfCut, evidenceReportedBy, publicationDates, reportedBy } from '../../src/domain/asOf';
import type { CheckedDataset } from '../../src/domain/model';
import { claimsBy, OUTLET_VOICE, relationsSpokenBy, speakersOf } from '../../src/domain/speakers';
import { supportOf } from '../../src/domain/support';
import { seedChecked } from '../export/fixtures';
import { loadSmallFixture } from '../graph/fixture';

let small: CheckedDataset;
let seed: CheckedDataset;
beforeAll(async () => {
  small = await loadSmallFixture();
  seed = await seedChecked();
});
const indexOf = (checked: CheckedDataset, id: string) => checked.relationIndexById.get(id) as number;

describe('as reported by a date', () => {
  // The fixture's documents: "jets" published 2021-03-20, "rivals" published 2022-01 (the whole month).
  it('reads a partial date as its whole month or year', () => {
    expect(asOfCut('2021')).toBe('2021-12-31');
    expect(asOfCut('2022-01')).toBe('2022-01-31');
    expect(asOfCut('2021-03-20')).toBe('2021-03-20');
    expect(asOfCut('2021-02-30')).toBeNull();
  });

  it('shows a relation once a document stating it can have been published', () => {
    expect(reportedBy(small, indexOf(small, 'r1'), '2021-03-19')).toBe(false);
    expect(reportedBy(small, indexOf(small, 'r1'), '2021-03-20')).toBe(true);
    // Published "2022-01": it may have appeared on the first of the month.
    expect(reportedBy(small, indexOf(small, 'r4'), '2021-12-31')).toBe(false);
    expect(reportedBy(small, indexOf(small, 'r4'), '2022-01-01')).toBe(true);
    expect(evidenceReportedBy(small, 'rivals', '2022-01-01')).toBe(true);
    expect(evidenceReportedBy(small, 'jets', '2020-01-01')).toBe(false);
  });

  it('steps through the publication dates in calendar order', () => {
    expect(publicationDates(small)).toEqual(['2021-03-20', '2022-01']);
    expect(publicationDates(seed)).toEqual(['2016-09-16', '2021-10']);
  });

  it('only ever shows more as the date moves later', () => {
    const days = fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(days, days, (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const day = (date: Date) => date.toISOString().slice(0, 10);
        seed.dataset.relations.forEach((_, index) => {
          if (reportedBy(seed, index, day(early))) expect(reportedBy(seed, index, day(late))).toBe(true);
        });
      }),
    );
  });
});

describe('who says so', () => {
  it("lists an actor's claims by relation, and the outlets' own voice apart", () => {
    expect(claimsBy(small, 'helene-dupre')).toEqual([{ relationIndex: indexOf(small, 'r4'), evidenceIndices: [0] }]);
    expect(claimsBy(small, 'atlantis')).toEqual([]);
    expect(claimsBy(small, OUTLET_VOICE).map((claim) => claim.relationIndex)).not.toContain(indexOf(small, 'r4'));
    expect(speakersOf(small)).toEqual(['helene-dupre', OUTLET_VOICE]);
  });

  it('finds the relations some evidence attributes to the chosen speakers', () => {
    expect([...relationsSpokenBy(small, ['helene-dupre'])]).toEqual([indexOf(small, 'r4')]);
    expect(relationsSpokenBy(small, [OUTLET_VOICE]).size).toBe(small.dataset.relations.length - 1);
    expect(relationsSpokenBy(small, []).size).toBe(0);
  });

  it("counts Magen's claims in the bundled dataset", () => {
    const magen = claimsBy(seed, 'zvi-magen');
    expect(magen.length).toBeGreaterThan(5);
    for (const claim of magen)
      for (const evidenceIndex of claim.evidenceIndices)
        expect(seed.dataset.relations[claim.relationIndex]?.evidence[evidenceIndex]?.attributedTo).toBe('zvi-magen');
  });
});

describe('how well sourced', () => {
  it('counts distinct documents and distinct voices, one outlet one voice', () => {
    const support = supportOf(small);
    expect(support[indexOf(small, 'r1')]).toEqual({ documents: 1, speakers: 1 });
    // r4: one document, attributed to Hélène Dupré.
    expect(support[indexOf(small, 'r4')]).toEqual({ documents: 1, speakers: 1 });
    const seedSupport = supportOf(seed);
    const both = seed.dataset.relations.findIndex(
      (relation) => new Set(relation.evidence.map((evidence) => evidence.document)).size === 2,
    );
    expect(seedSupport[both]?.documents).toBe(2);
    for (const [index, relation] of seed.dataset.relations.entries()) {
      const documents = new Set(relation.evidence.map((evidence) => evidence.document)).size;
      expect(seedSupport[index]?.documents).toBe(documents);
      expect(seedSupport[index]?.speakers).toBeGreaterThanOrEqual(1);
      expect(seedSupport[index]?.speakers).toBeLessThanOrEqual(relation.evidence.length);
    }
  });
});
