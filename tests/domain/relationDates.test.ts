// A relation's dates after EDTF: the forms accepted and refused, the days each names, and the validator's checks.
import { describe, expect, it } from 'vitest';
import {
  checkDateValue,
  FIRST_DAY,
  isPlainDate,
  LAST_DAY,
  namedDates,
  relationSortDay,
  relationSpan,
  type DateField,
} from '../../src/domain/relationDates';
import { applyFilters } from '../../src/domain/query';
import { DEFAULT_FILTERS } from '../../src/filters/filterTable';
import { validateDatasetText } from '../../src/domain/validate';

describe('checkDateValue', () => {
  it.each<[string, DateField, unknown]>([
    ['2021-10', 'date', { kind: 'date', written: '2021-10', date: { year: 2021, month: 10 } }],
    ['2015~', 'start', { kind: 'date', written: '2015', date: { year: 2015 }, qualifier: 'approximate' }],
    ['2015?', 'date', { kind: 'date', written: '2015', date: { year: 2015 }, qualifier: 'uncertain' }],
    ['2020-02-29%', 'end', { kind: 'date', written: '2020-02-29', qualifier: 'uncertain-approximate' }],
    ['[..2016-09-16]', 'end', { kind: 'range', to: { written: '2016-09-16' } }],
    ['[2021-10..]', 'end', { kind: 'range', from: { written: '2021-10' } }],
    ['[2016-09-16..2021-10]', 'end', { kind: 'range', from: { written: '2016-09-16' }, to: { written: '2021-10' } }],
    ['..', 'end', { kind: 'open' }],
    ['..', 'start', { kind: 'open' }],
  ])('reads %s as a %s', (value, field, expected) => {
    const checked = checkDateValue(value, field);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.value).toMatchObject(expected as object);
  });

  it.each<[string, DateField, RegExp]>([
    ['..', 'date', /a single date cannot be open/],
    ['[..]', 'end', /bounds nothing/],
    ['[2021..2019]', 'end', /runs backwards: 2021 is after 2019/],
    ['[2021-02-30..]', 'end', /February 2021 has 28 days/],
    ['2021-13?', 'date', /has no month 13/],
    ['about 2015', 'date', /is not a date: write YYYY/],
    ['2015~?', 'date', /is not a date/],
    ['[..2016~]', 'end', /is not a date/],
    ['2016-09-16/2021', 'date', /is not a date/],
  ])('refuses %s as a %s', (value, field, message) => {
    const checked = checkDateValue(value, field);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(message);
  });

  it('tells the plain ISO dates that GraphML and GEXF carry from the forms that say more', () => {
    expect(['2021', '2021-10', '2021-10-22'].every(isPlainDate)).toBe(true);
    expect(['2021~', '[..2021]', '..', '2021?'].some(isPlainDate)).toBe(false);
  });
});

describe('the days a relation’s dates name', () => {
  it.each<[string, Parameters<typeof relationSpan>[0], { low: string; high: string } | null]>([
    ['an event', { date: '2021-10-22' }, { low: '2021-10-22', high: '2021-10-22' }],
    ['an approximate year', { date: '2015~' }, { low: '2015-01-01', high: '2015-12-31' }],
    ['some day between two dates', { date: '[2016..2021-10]' }, { low: '2016-01-01', high: '2021-10-31' }],
    ['a tie ended by a date (“former”)', { end: '[..2016-09-16]' }, { low: '2016-09-16', high: '2016-09-16' }],
    ['a tie still held at a date (“presently”)', { end: '[2021-10..]' }, { low: '2021-10-01', high: '2021-10-31' }],
    [
      'since a year, still held later',
      { start: '2015', end: '[2021-10..]' },
      { low: '2015-01-01', high: '2021-10-31' },
    ],
    [
      'held at one date and ended by another',
      { start: '[..2016-06]', end: '[2016-09-16..2021-10]' },
      { low: '2016-06-01', high: '2021-10-31' },
    ],
    ['an open end', { start: '2015', end: '..' }, { low: '2015-01-01', high: LAST_DAY }],
    ['an open start', { start: '..', end: '2016' }, { low: FIRST_DAY, high: '2016-12-31' }],
    ['an open end alone', { end: '..' }, null],
    ['nothing', {}, null],
  ])('%s', (_, relation, span) => {
    expect(relationSpan(relation)).toEqual(span);
  });

  it('sorts a relation by the first day its dates name, an open start by its end', () => {
    expect(relationSortDay({ start: '..', end: '2016' })).toBe('2016-01-01');
    expect(relationSortDay({ end: '[..2016-09-16]' })).toBe('2016-09-16');
    expect(relationSortDay({})).toBe('');
  });

  it('lists the dates a relation names, as written, for the date filter’s hint', () => {
    expect(namedDates({ start: '2015~', end: '[2016-09-16..2021-10]' })).toEqual(['2015', '2016-09-16', '2021-10']);
    expect(namedDates({ start: '..', end: '[..2016]' })).toEqual(['2016']);
  });
});

describe('the validator on the date forms', () => {
  const dataset = (dates: Record<string, string>) =>
    JSON.stringify({
      formatVersion: 1,
      id: 'dates',
      title: 'Dates',
      documents: [{ id: 'd', title: 'T', outlet: 'O', published: '2021-10', text: 'A met B.' }],
      actors: [
        { id: 'a', name: 'A', kind: 'state' },
        { id: 'b', name: 'B', kind: 'state' },
      ],
      relations: [
        {
          id: 'r',
          type: 'meets',
          source: 'a',
          target: 'b',
          ...dates,
          evidence: [{ document: 'd', quote: 'A met B.' }],
        },
      ],
    });
  const problems = (dates: Record<string, string>) =>
    validateDatasetText(dataset(dates), { file: 'dates.json' }).problems.map((problem) => [
      problem.pointer,
      problem.message,
    ]);

  it('accepts every form where it belongs', () => {
    for (const dates of [
      { date: '2021-10~' },
      { date: '[..2021-10]' },
      { start: '2015', end: '[2021-10..]' },
      { start: '..', end: '[..2016-09-16]' },
      { start: '2015?', end: '..' },
    ] as Record<string, string>[])
      expect(problems(dates), JSON.stringify(dates)).toEqual([]);
  });

  it('refuses, with where and what, a malformed form, an impossible one and an order that cannot be', () => {
    expect(problems({ date: 'about 2015' })).toEqual([
      [
        '/relations/0/date',
        '"date" "about 2015" must be a date written YYYY, YYYY-MM or YYYY-MM-DD (with ?, ~ or % for uncertain, approximate or both), [..D], [D..] or [D1..D2] (on or before, on or after, between), or ".." (open)',
      ],
    ]);
    expect(problems({ date: '..' })).toEqual([
      ['/relations/0/date', '".." is an open start or end: a single date cannot be open'],
    ]);
    expect(problems({ end: '[2021..2019]' })).toEqual([
      ['/relations/0/end', '"[2021..2019]" runs backwards: 2021 is after 2019'],
    ]);
    expect(problems({ start: '[2020..]', end: '[..2019]' })).toEqual([
      ['/relations/0/end', 'end [..2019] is before start [2020..]'],
    ]);
  });
});

describe('the date filter on the date forms', () => {
  const relation = (id: string, dates: object) => ({
    id,
    type: 'ally',
    source: 'a',
    target: 'b',
    ...dates,
    evidence: [{ document: 'd', quote: 'A and B are allies.' }],
  });
  const result = validateDatasetText(
    JSON.stringify({
      formatVersion: 1,
      id: 'filter',
      title: 'Filter',
      documents: [{ id: 'd', title: 'T', outlet: 'O', published: '2021-10', text: 'A and B are allies.' }],
      actors: [
        { id: 'a', name: 'A', kind: 'state' },
        { id: 'b', name: 'B', kind: 'state' },
      ],
      relations: [
        relation('former', { end: '[..2016-09-16]' }),
        relation('presently', { end: '[2021-10..]' }),
        relation('since', { start: '2015', end: '..' }),
      ],
    }),
    { file: 'filter.json' },
  );
  const shown = (dateFrom: string, dateTo: string) => {
    if (!result.ok) throw new Error('fixture invalid');
    return [...applyFilters(result.checked, { ...DEFAULT_FILTERS, dateFrom, dateTo }).relationIds].sort();
  };

  it('keeps a relation in a range that holds a day its dates name, and an open end in every range after its start', () => {
    expect(shown('2016', '2016')).toEqual(['former', 'since']);
    expect(shown('2021-10', '2021-10')).toEqual(['presently', 'since']);
    expect(shown('2030', '2031')).toEqual(['since']);
    expect(shown('2000', '2010')).toEqual([]);
  });
});
