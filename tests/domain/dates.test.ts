// Partial ISO dates: what exists, what does not, and how spans compare.
import { describe, expect, it } from 'vitest';
import { checkPartialDate, daySpan, earliestDay, latestDay } from '../../src/domain/dates';
import { relationSpan } from '../../src/domain/relationDates';

describe('checkPartialDate', () => {
  it.each(['2021', '2021-10', '2021-10-22', '2020-02-29', '1999-12-31'])('accepts %s', (value) => {
    expect(checkPartialDate(value).ok).toBe(true);
  });

  it.each([
    ['2021-02-29', '"2021-02-29" does not exist: February 2021 has 28 days'],
    ['2021-04-31', '"2021-04-31" does not exist: April 2021 has 30 days'],
    ['2021-00', '"2021-00" has no month 0: months run from 01 to 12'],
    ['2021-13-01', '"2021-13-01" has no month 13: months run from 01 to 12'],
    ['2021-10-00', '"2021-10-00" does not exist: October 2021 has 31 days'],
    ['21-10-22', '"21-10-22" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2021-1-2', '"2021-1-2" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD'],
  ])('refuses %s', (value, message) => {
    expect(checkPartialDate(value)).toEqual({ ok: false, message });
  });

  it('gives the first and last day a partial date can mean', () => {
    expect(earliestDay({ year: 2021 })).toBe('2021-01-01');
    expect(latestDay({ year: 2021 })).toBe('2021-12-31');
    expect(latestDay({ year: 2024, month: 2 })).toBe('2024-02-29');
    expect(earliestDay({ year: 2021, month: 10, day: 22 })).toBe('2021-10-22');
  });
});

describe('the days dates and relations cover', () => {
  it('spans a partial date over every day it can mean', () => {
    expect(daySpan('2021')).toEqual({ low: '2021-01-01', high: '2021-12-31' });
    expect(daySpan('2021-02')).toEqual({ low: '2021-02-01', high: '2021-02-28' });
    expect(daySpan('2024-02')).toEqual({ low: '2024-02-01', high: '2024-02-29' });
    expect(daySpan('2021-02-03')).toEqual({ low: '2021-02-03', high: '2021-02-03' });
    expect(daySpan('2021-02-30')).toBeNull();
  });

  it("spans a relation from its date, or from its start to its end, an open end taking the other's", () => {
    expect(relationSpan({ date: '2021-10' })).toEqual({ low: '2021-10-01', high: '2021-10-31' });
    expect(relationSpan({ start: '2019', end: '2020-06' })).toEqual({ low: '2019-01-01', high: '2020-06-30' });
    expect(relationSpan({ start: '2015' })).toEqual({ low: '2015-01-01', high: '2015-12-31' });
    expect(relationSpan({ end: '2016-09-16' })).toEqual({ low: '2016-09-16', high: '2016-09-16' });
    expect(relationSpan({})).toBeNull();
  });
});
