// The filter table: every row's default filters nothing and writes nothing to a link, any other value is active and
// written; a row or a field missing does not compile (checked by `npm run typecheck`, which reads this file).
import { describe, expect, it } from 'vitest';
import type { Filters } from '../../src/domain/query';
import {
  DEFAULT_FILTERS,
  encodeFilters,
  FILTER_KEYS,
  FILTER_TABLE,
  filtersActive,
  withFilter,
  type FilterTable,
} from '../../src/filters/filterTable';

/** A value other than the default for each filter, as a user would set it. */
const CHANGED: Filters = {
  hiddenTypes: ['strikes'],
  hiddenKinds: ['person'],
  hiddenDocuments: ['wire'],
  hiddenStatuses: [],
  dateFrom: '2016',
  dateTo: '2021-10',
  hideUndated: true,
  hideIsolated: true,
  asOf: '2021-10-22',
  speakers: ['zvi-magen'],
  minSources: 2,
};

const encoded = (filters: Filters) => {
  const params = new URLSearchParams();
  encodeFilters(filters, params);
  return params.toString();
};

describe('the filter table', () => {
  it('has a row for every filter, in the order links are written', () => {
    expect([...FILTER_KEYS]).toEqual(Object.keys(CHANGED));
    expect(Object.keys(DEFAULT_FILTERS)).toEqual(Object.keys(CHANGED));
  });

  it('leaves a link empty and the filters inactive at the defaults', () => {
    expect(filtersActive(DEFAULT_FILTERS)).toBe(false);
    expect(encoded(DEFAULT_FILTERS)).toBe('');
  });

  it.each(FILTER_KEYS)('makes %s active and written into the link once changed', (key) => {
    const filters = withFilter(DEFAULT_FILTERS, key, CHANGED[key]);
    expect(filtersActive(filters)).toBe(true);
    expect(encoded(filters)).not.toBe('');
    expect(FILTER_TABLE[key].url.keys.some((urlKey) => new URLSearchParams(encoded(filters)).has(urlKey))).toBe(true);
  });

  it('keeps values as their rows say: lists sorted and once each, unknown statuses and impossible counts dropped', () => {
    expect(withFilter(DEFAULT_FILTERS, 'hiddenTypes', ['b', 'a', 'b']).hiddenTypes).toEqual(['a', 'b']);
    expect(withFilter(DEFAULT_FILTERS, 'minSources', 2.5).minSources).toBe(1);
    expect(withFilter(DEFAULT_FILTERS, 'minSources', 0).minSources).toBe(1);
  });
});

// Type-level: a table without a row, or a row without a field, is refused by the compiler.
const { minSources: _dropped, ...withoutMinSources } = FILTER_TABLE;
// @ts-expect-error the minSources row is missing
export const missingRow: FilterTable = withoutMinSources;
const { summary: _summary, ...asOfWithoutSummary } = FILTER_TABLE.asOf;
// @ts-expect-error the asOf row has no summary
export const missingField: FilterTable = { ...FILTER_TABLE, asOf: asOfWithoutSummary };
