// Every message of every catalogue is valid ICU MessageFormat (a plural without its `other` form is not), and the
// catalogues for other languages carry exactly the English ids.
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { en } from '../../src/i18n/en';

function unparsable(catalogue: Readonly<Record<string, string>>, language: string): string[] {
  return Object.entries(catalogue).flatMap(([id, message]) => {
    try {
      new IntlMessageFormat(message, language);
      return [];
    } catch (error) {
      return [`${id}: ${(error as Error).message}`];
    }
  });
}

describe('the message catalogues', () => {
  for (const [language, catalogue] of Object.entries(CATALOGUES)) {
    it(`${language}: every message parses as ICU MessageFormat`, () => {
      expect(unparsable(catalogue, language)).toEqual([]);
    });

    it(`${language}: carries exactly the English ids`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    });
  }

  it('names a message that does not parse, and a plural without "other"', () => {
    expect(
      unparsable(
        { open: '{count, plural, one {# actor}', noOther: '{count, plural, one {# actor} few {# actors}}', fine: 'a' },
        'en',
      ).map((line) => line.split(':')[0]),
    ).toEqual(['open', 'noOther']);
  });
});
