// What a figure says of the analyst's view: the as-of date, the speakers, the minimum of documents and the paths' two
// actors, in its subtitle and its file name.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import { applyFilters } from '../../src/domain/query';
import { DEFAULT_FILTERS } from '../../src/filters/filterTable';
import { OUTLET_VOICE } from '../../src/domain/speakers';
import { figureContent } from '../../src/export/figure/figureContent';
import { filterSummary } from '../../src/export/filterSummary';
import { testFormatter } from '../support/testI18n';
import { seedChecked } from './fixtures';

let seed: CheckedDataset;
beforeAll(async () => {
  seed = await seedChecked();
});

describe('the analyst view in figures', () => {
  it('says the as-of date, the speakers, the minimum of documents and the paths', () => {
    const filters = { ...DEFAULT_FILTERS, asOf: '2021-10', speakers: ['zvi-magen', OUTLET_VOICE], minSources: 2 };
    const view = { filters, focusHops: 0 as const, focusSeeds: [], path: { from: 'zvi-magen', to: 'hezbollah' } };
    const summary = filterSummary(seed, view, testFormatter);
    expect(summary.text).toBe(
      'as reported by October 2021 · according to Zvi Magen and the outlet’s own voice · stated by at least 2 documents · paths from Zvi Magen to Hezbollah',
    );
    // Cut at a word within the file-name limit.
    expect(summary.slug).toBe('as-of-2021-10-according-to-zvi-magen-outlets-2-sources-paths');
    const content = figureContent(seed, applyFilters(seed, filters), summary, testFormatter);
    expect(content.subtitle).toContain('as reported by October 2021');
  });

  it('says nothing of them when they are not set', () => {
    const summary = filterSummary(seed, { filters: DEFAULT_FILTERS, focusHops: 0, focusSeeds: [] }, testFormatter);
    expect(summary.text).toBe('');
  });
});
