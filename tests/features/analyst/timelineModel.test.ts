// The timeline's model on the bundled dataset: its extent, its relation bars, the steps between publication dates, and
// the years written under the track.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { boundedDays, relationSpan } from '../../../src/domain/relationDates';
import type { CheckedDataset } from '../../../src/domain/model';
import {
  RELATION_BINS,
  dayNumber,
  dayOfNumber,
  stepDate,
  timelineModel,
  yearTicks,
} from '../../../src/features/timeline/timelineModel';
import { checkedFrom, seedChecked } from '../../export/fixtures';

let seed: CheckedDataset;
beforeAll(async () => {
  seed = await seedChecked();
});

describe('timeline model', () => {
  it('spans every document and dated relation, and bins each dated relation at least once', () => {
    const model = timelineModel(seed);
    const dated = seed.dataset.relations.filter((relation) => relationSpan(relation) !== null);
    expect(model.relationBins).toHaveLength(RELATION_BINS);
    expect(model.relationBins.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(dated.length);
    for (const relation of dated) {
      // An open side runs to the strip's edge: only the days a relation names bound the extent.
      const { low, high } = boundedDays(relationSpan(relation)!);
      if (low !== null) expect(dayNumber(low)).toBeGreaterThanOrEqual(model.extent?.low ?? Infinity);
      if (high !== null) expect(dayNumber(high)).toBeLessThanOrEqual(model.extent?.high ?? -Infinity);
    }
    expect(model.documents.map((document) => document.id).sort()).toEqual(
      seed.dataset.documents.map((document) => document.id).sort(),
    );
  });

  it('runs an open end to the strip’s edge and draws a tie ended by a date at that date', () => {
    const relation = (id: string, dates: object) => ({
      id,
      type: 'ally',
      source: 'a',
      target: 'b',
      ...dates,
      evidence: [{ document: 'd', quote: 'A and B are allies.' }],
    });
    const checked = checkedFrom({
      formatVersion: 1,
      id: 'open',
      title: 'Open ends',
      documents: [{ id: 'd', title: 'T', outlet: 'O', published: '2021-10', text: 'A and B are allies.' }],
      actors: [
        { id: 'a', name: 'A', kind: 'state' },
        { id: 'b', name: 'B', kind: 'state' },
      ],
      relations: [relation('since', { start: '2001', end: '..' }), relation('former', { end: '[..2011-06-30]' })],
    });
    const model = timelineModel(checked);
    expect(model.extent).toEqual({ low: dayNumber('2001-01-01'), high: dayNumber('2021-10-01') });
    const binOf = (day: string) =>
      Math.min(
        RELATION_BINS - 1,
        Math.floor(((dayNumber(day) - model.extent!.low) / (model.extent!.high - model.extent!.low)) * RELATION_BINS),
      );
    // The open tie covers every bin; the former one only the bin of its date.
    expect(model.relationBins[0]).toBe(1);
    expect(model.relationBins[RELATION_BINS - 1]).toBe(1);
    expect(model.relationBins[binOf('2011-06-30')]).toBe(2);
    expect(model.relationBins.reduce((sum, count) => sum + count, 0)).toBe(RELATION_BINS + 1);
  });

  it('turns days into numbers and back', () => {
    for (const day of ['1999-12-31', '2016-02-29', '2021-10-01']) expect(dayOfNumber(dayNumber(day))).toBe(day);
  });

  it('steps to the publication dates on either side of a marker, none past the ends', () => {
    expect(stepDate(seed, null, 1)).toBeNull();
    expect(stepDate(seed, null, -1)).toBe('2021-10');
    expect(stepDate(seed, '2021-10-15', -1)).toBe('2016-09-16');
    expect(stepDate(seed, '2016-09-16', -1)).toBeNull();
    expect(stepDate(seed, '2016', 1)).toBe('2021-10');
  });
});

describe('the years written under the track', () => {
  const day = (text: string) => dayNumber(text);
  const written = (ticks: number[]) => ticks.map((tick) => dayOfNumber(tick).slice(0, 4));

  it('writes every year while there is room', () => {
    expect(written(yearTicks(day('2015-06-01'), day('2021-10-31'), 10))).toEqual([
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
    ]);
  });

  it('thins to a round step, on round years, when the track is narrow', () => {
    // 1992 to 2021 (the first whole year on): every fifth year is six labels, every tenth three.
    expect(written(yearTicks(day('1991-01-01'), day('2021-10-31'), 6))).toEqual([
      '1995',
      '2000',
      '2005',
      '2010',
      '2015',
      '2020',
    ]);
    expect(written(yearTicks(day('1991-01-01'), day('2021-10-31'), 5))).toEqual(['2000', '2010', '2020']);
  });

  it('never writes more than it has room for', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.integer({ min: 0, max: 400_000 }),
        fc.integer({ min: 1, max: 40 }),
        (low, length, most) => {
          const ticks = yearTicks(low, low + length, most);
          expect(ticks.length).toBeLessThanOrEqual(most);
          for (const tick of ticks) expect(tick >= low && tick <= low + length).toBe(true);
        },
      ),
    );
  });
});
