// The formatter: the reader's locale for numbers and dates, the catalogue's language for words, and partial dates by Intl.
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/i18n/formatter';
import { catalogueLanguage, readerLocale } from '../../src/i18n/locale';
import { strictFormatter } from '../support/testI18n';

describe('partial dates', () => {
  it('formats a year, a month and a day in the reader’s locale', () => {
    const english = strictFormatter({ locale: 'en-US' });
    expect(english.partialDate('2021')).toBe('2021');
    expect(english.partialDate('2021-10')).toBe('October 2021');
    expect(english.partialDate('2016-09-16')).toBe('September 16, 2016');
    const german = strictFormatter({ locale: 'de-DE' });
    expect(german.partialDate('2021-10')).toBe('Oktober 2021');
    expect(german.partialDate('2016-09-16')).toBe('16. September 2016');
    expect(strictFormatter({ locale: 'en-GB' }).partialDate('2016-09-16')).toBe('16 September 2016');
  });

  it('keeps the first years of the era and shows a malformed date as written', () => {
    expect(strictFormatter().partialDate('0044-03-15')).toBe('March 15, 44');
    expect(strictFormatter().partialDate('2021-13')).toBe('2021-13');
  });
});

describe('numbers and times', () => {
  it('groups digits as the reader does', () => {
    expect(strictFormatter({ locale: 'en-US' }).number(12345.5)).toBe('12,345.5');
    expect(strictFormatter({ locale: 'de-DE' }).number(12345.5)).toBe('12.345,5');
  });

  it('shows a clock time in the reader’s locale', () => {
    const at = new Date(2024, 0, 2, 15, 4, 5);
    expect(strictFormatter({ locale: 'en-US' }).time(at, 'clock')).toBe('03:04:05 PM');
    expect(strictFormatter({ locale: 'de-DE' }).time(at, 'clock')).toBe('15:04:05');
  });
});

describe('messages', () => {
  it('chooses the plural form by count, with the number in the reader’s locale', () => {
    const english = strictFormatter({ locale: 'en-US' });
    const status = (actors: number) => english.t('canvas.layout.status', { actors, seconds: 3 });
    expect(status(1)).toBe('Laying out 1 actor… 3 s');
    expect(status(2)).toBe('Laying out 2 actors… 3 s');
    expect(status(0)).toBe('Laying out 0 actors… 3 s');
    expect(status(12345)).toBe('Laying out 12,345 actors… 3 s');
    expect(strictFormatter({ locale: 'de-DE' }).t('canvas.layout.status', { actors: 12345, seconds: 3 })).toBe(
      'Laying out 12.345 actors… 3 s',
    );
  });

  it('words the plurals that were once written by hand', () => {
    const { t } = strictFormatter();
    const question = (relations: number) => t('curation.actor.deleteQuestion', { name: 'Rebels', relations });
    expect(question(0)).toBe('Delete Rebels?');
    expect(question(1)).toBe('Delete Rebels and its relation?');
    expect(question(3)).toBe('Delete Rebels and its 3 relations?');
    expect(t('curation.footer.problems', { count: 1 })).toBe('1 problem to fix');
    expect(t('curation.footer.problems', { count: 2 })).toBe('2 problems to fix');
    expect(t('export.saved.data', { fileName: 'x.json', actors: 1, relations: 2 })).toBe(
      'Saved x.json (1 actor, 2 relations).',
    );
  });

  it('takes the plural rules from the catalogue’s language, not from the reader’s locale', () => {
    // Russian puts 21 in its "one" category; the English words must still say "21 actors".
    expect(new Intl.PluralRules('ru').select(21)).toBe('one');
    const russianReader = strictFormatter({ locale: 'ru-RU' });
    expect(russianReader.t('details.actor.hiddenRelations', { count: 21 })).toBe(
      '21 more relations are hidden by the current filters.',
    );
    expect(russianReader.t('details.actor.hiddenRelations', { count: 1 })).toBe(
      '1 more relation is hidden by the current filters.',
    );
  });

  it('formats a message with a value, and reports one whose value is missing', () => {
    expect(strictFormatter().t('ui.crash.heading', { what: 'the legend' })).toBe(
      'Something went wrong while showing the legend',
    );
    const errors: string[] = [];
    const lenient = createFormatter({ locale: 'en-US', onError: (_error, id) => errors.push(id) });
    expect(lenient.t('ui.crash.heading')).toBe('ui.crash.heading');
    expect(errors).toEqual(['ui.crash.heading']);
  });

  it('keeps markup in a value as text', () => {
    expect(strictFormatter().t('ui.crash.heading', { what: '<b>x</b>' })).toBe(
      'Something went wrong while showing <b>x</b>',
    );
  });
});

describe('the reader’s locale and language', () => {
  it('takes the first locale Intl knows, and the first language with a catalogue', () => {
    expect(readerLocale(['not a tag', 'de-AT', 'en'])).toBe('de-AT');
    expect(readerLocale([])).toBe('en');
    expect(catalogueLanguage(['de-AT', 'en-GB'])).toBe('en');
    expect(catalogueLanguage(['fr'])).toBe('en');
  });
});
