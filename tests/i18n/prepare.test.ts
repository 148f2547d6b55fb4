// Parsing the catalogue ahead of use: in slices, until done, with the same words as parsing on first use.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFormatter } from '../../src/i18n/formatter';
import { prepareWhenIdle } from '../../src/i18n/prepareWhenIdle';
import { CATALOGUES } from '../../src/i18n/catalogues';

const parsed = vi.hoisted(() => ({ count: 0 }));
vi.mock('intl-messageformat', async (importOriginal) => {
  const actual = await importOriginal<typeof import('intl-messageformat')>();
  class CountingMessageFormat extends actual.IntlMessageFormat {
    constructor(...args: ConstructorParameters<typeof actual.IntlMessageFormat>) {
      super(...args);
      parsed.count++;
    }
  }
  return { ...actual, IntlMessageFormat: CountingMessageFormat };
});

const messageCount = Object.keys(CATALOGUES.en).length;
const budget = (slices: number) => {
  let left = slices;
  return () => left-- > 0;
};

afterEach(() => {
  vi.unstubAllGlobals();
  parsed.count = 0;
});

describe('Formatter.prepare', () => {
  it('parses as many messages as the budget allows, and every one in the end', () => {
    const formatter = createFormatter({ locale: 'en-US', language: 'en' });
    expect(formatter.prepare(() => false)).toBe(false);
    expect(parsed.count).toBe(0);
    expect(formatter.prepare(budget(10))).toBe(false);
    expect(parsed.count).toBe(10);
    expect(formatter.prepare(() => true)).toBe(true);
    expect(parsed.count).toBe(messageCount);
  });

  it('leaves nothing to parse when a message is used, and words it as one parsed on first use', () => {
    const prepared = createFormatter({ locale: 'en-US', language: 'en' });
    prepared.prepare(() => true);
    const before = parsed.count;
    const words = prepared.t('curation.footer.problems', { count: 3 });
    expect(parsed.count).toBe(before);
    expect(words).toBe('3 problems to fix');
    expect(words).toBe(
      createFormatter({ locale: 'en-US', language: 'en' }).t('curation.footer.problems', { count: 3 }),
    );
  });
});

describe('prepareWhenIdle', () => {
  it('goes on in idle periods until every message is parsed, and stops when told', () => {
    const pending: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => pending.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => pending.splice(0));
    const idle = { didTimeout: false, timeRemaining: () => 50 };
    const formatter = createFormatter({ locale: 'en-US', language: 'en' });
    prepareWhenIdle(formatter);
    let periods = 0;
    while (pending.length > 0 && periods < 10_000) {
      pending.shift()!(idle);
      periods++;
    }
    expect(parsed.count).toBe(messageCount);
    expect(pending).toEqual([]);

    const other = createFormatter({ locale: 'en-US', language: 'en' });
    const stop = prepareWhenIdle(other);
    stop();
    expect(pending).toEqual([]);
  });
});
