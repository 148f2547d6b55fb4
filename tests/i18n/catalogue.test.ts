// Every message of every catalogue is valid ICU MessageFormat (a plural without its `other` form is not), the
// catalogues for other languages carry exactly the English ids, and every id is used by the code.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { en } from '../../src/i18n/en';
import { mentions, mentionsIn } from './sourceLiterals';

const SRC = path.resolve(import.meta.dirname, '../../src');

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

  it('holds no message the code never asks for', () => {
    const code = mentionsIn(
      readdirSync(SRC, { recursive: true, encoding: 'utf8' })
        // The catalogue itself (en.ts, en/) does not count, nor the list of the problems' messages and their values
        // (domain/problemMessages.ts): a message is used where a check says it. The rest of i18n/ (datasetWords.ts)
        // asks for messages too.
        .filter(
          (name) =>
            /\.tsx?$/.test(name) &&
            !name.startsWith(`i18n${path.sep}en`) &&
            name !== path.join('domain', 'problemMessages.ts'),
        )
        .map((name) => readFileSync(path.join(SRC, name), 'utf8')),
    );
    expect(mentions(code, 'import.group.json-syntax')).toBe(true);
    expect(mentions(code, 'import.group')).toBe(false);
    expect(Object.keys(en).filter((id) => !mentions(code, id))).toEqual([]);
  });

  it('names a message that does not parse, and a plural without "other"', () => {
    expect(
      unparsable(
        { open: '{count, plural, one {# actor}', noOther: '{count, plural, one {# actor} few {# actors}}', fine: 'a' },
        'en',
      ).map((line) => line.split(':')[0]),
    ).toEqual(['open', 'noOther']);
  });
});
