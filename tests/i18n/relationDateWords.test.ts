// The words a relation's dates are shown in: each form of the format, in the reader's locale.
import { describe, expect, it } from 'vitest';
import { relationDate } from '../../src/i18n/datasetWords';
import { testFormatter } from '../support/testI18n';

describe('relationDate', () => {
  it.each<[Record<string, string>, string]>([
    [{}, ''],
    [{ date: '2021-10-22' }, 'October 22, 2021'],
    [{ date: '2015~' }, 'about 2015'],
    [{ date: '2015?' }, '2015 (uncertain)'],
    [{ date: '2015%' }, 'about 2015 (uncertain)'],
    [{ date: '[..2016-09-16]' }, 'by September 16, 2016'],
    [{ date: '[2021-10..]' }, 'October 2021 or later'],
    [{ date: '[2016..2021-10]' }, 'between 2016 and October 2021'],
    [{ start: '2015', end: '2021-10' }, '2015 – October 2021'],
    [{ start: '2015' }, 'from 2015'],
    [{ start: '[..2010]' }, 'begun by 2010'],
    [{ end: '2021' }, 'until 2021'],
    [{ end: '[..2016-09-16]' }, 'ended by September 16, 2016'],
    [{ end: '[2021-10..]' }, 'as of October 2021'],
    [{ start: '2015', end: '[2021-10..]' }, '2015 – still as of October 2021'],
    [{ end: '[2016-09-16..2021-10]' }, 'ended between September 16, 2016 and October 2021'],
    [{ start: '2015~', end: '..' }, 'about 2015 – ongoing'],
    [{ start: '..', end: '2016' }, '… – 2016'],
    [{ end: '..' }, 'ongoing'],
  ])('%j reads "%s"', (dates, words) => {
    expect(relationDate(testFormatter, dates)).toBe(words);
  });
});
