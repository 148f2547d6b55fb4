// The timeline's model on the bundled dataset: its extent, its relation bars, and the steps between publication dates.
import { beforeAll, describe, expect, it } from 'vitest';
import { relationSpan } from '../../../src/domain/dates';
import type { CheckedDataset } from '../../../src/domain/model';
import {
  RELATION_BINS,
  dayNumber,
  dayOfNumber,
  stepDate,
  timelineModel,
} from '../../../src/features/timeline/timelineModel';
import { seedChecked } from '../../export/fixtures';

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
      const span = relationSpan(relation);
      expect(dayNumber(span?.low ?? '')).toBeGreaterThanOrEqual(model.extent?.low ?? Infinity);
      expect(dayNumber(span?.high ?? '')).toBeLessThanOrEqual(model.extent?.high ?? -Infinity);
    }
    expect(model.documents.map((document) => document.id).sort()).toEqual(
      seed.dataset.documents.map((document) => document.id).sort(),
    );
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
