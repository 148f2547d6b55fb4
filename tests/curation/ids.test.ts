// Ids from names and titles in any script: Russian, Hebrew, Arabic and Greek titles give readable slugs, not the
// fallback; Latin titles give the slugs they always gave; and every id made is one the dataset format accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idSlug, uniqueId } from '../../src/curation/ids';
import { slugify } from '../../src/domain/slugs';
import { actorSchema, datasetSchema, relationTypeSchema } from '../../src/domain/schema';

/** Whether the format takes `id` where it asks for a slug (an actor's, a relation type's, a dataset's id). */
const validSlugId = (id: string) =>
  actorSchema.shape.id.safeParse(id).success &&
  relationTypeSchema.shape.id.safeParse(id).success &&
  datasetSchema.shape.id.safeParse(id).success;

describe('ids from names in other scripts', () => {
  it.each([
    ['Россия между Израилем и Ираном', 'rossiya-mezhdu-izrailem-i-iranom'],
    ['Владимир Путин', 'vladimir-putin'],
    ['Ольга Подъячева', 'olga-podyacheva'],
  ])('Russian: %s → %s', (title, id) => expect(idSlug(title)).toBe(id));

  it.each([
    ['נפתלי בנט', 'nptly-bnt'],
    ['ישראל ורוסיה נפגשו בסוצ׳י', 'yshrl-vrvsyh-npgshv-bsvtsy'],
    // The maqaf parts words; ayin's backtick and the gershayim do not.
    ['בית־לחם', 'byt-lkhm'],
    ['עמית סגל', 'myt-sgl'],
    ['צה״ל', 'tshl'],
    // Pointed text reads as unpointed text with its vowels.
    ['שָׁלוֹם', 'shalvom'],
  ])('Hebrew: %s → %s', (title, id) => expect(idSlug(title)).toBe(id));

  it.each([
    ['إيران وروسيا في سوريا', 'yrn-wrwsy-fy-swry'],
    ['بشار الأسد', 'bshr-lsd'],
    ['حزب الله', 'hzb-llh'],
    ['١٢ مساء', '12-ms'],
  ])('Arabic: %s → %s', (title, id) => expect(idSlug(title)).toBe(id));

  it.each([
    ['Ελλάδα και Κύπρος', 'ellada-kai-kypros'],
    ['Κυριάκος Μητσοτάκης', 'kyriakos-mitsotakis'],
    ['Αθήνα', 'athina'],
  ])('Greek: %s → %s', (title, id) => expect(idSlug(title)).toBe(id));

  it('romanizes only what is not Latin in a title of mixed scripts', () => {
    expect(idSlug('Putin (Путин) meets Bennett (בנט)')).toBe('putin-putin-meets-bennett-bnt');
    expect(idSlug('Газпромbank 2024')).toBe('gazprombank-2024');
  });

  it('gives a Latin title exactly the slug it gave before', () => {
    for (const title of [
      '  Naftali Bennett ',
      'Hézbollah — “Party of God”',
      'Ḥamās / “Al-Quds” Force!',
      'Putin’s war',
      'Straße, Ærø and Łódź',
      '<script>',
      'ʻOumuamua',
    ])
      expect(idSlug(title)).toBe(slugify(title));
    expect(idSlug('Hézbollah — “Party of God”')).toBe('hezbollah-party-of-god');
  });
});

/** Characters from Latin, the four scripts, CJK, punctuation and spaces, and any code point at all. */
const mixedChar = fc.oneof(
  fc.constantFrom(...'aZéÆßłʻ0 -—–’"\'.,!?()/_'),
  fc.integer({ min: 0x0370, max: 0x03ff }).map((code) => String.fromCodePoint(code)),
  fc.integer({ min: 0x0400, max: 0x04ff }).map((code) => String.fromCodePoint(code)),
  fc.integer({ min: 0x0590, max: 0x05ff }).map((code) => String.fromCodePoint(code)),
  fc.integer({ min: 0x0600, max: 0x06ff }).map((code) => String.fromCodePoint(code)),
  fc.integer({ min: 0x4e00, max: 0x4eff }).map((code) => String.fromCodePoint(code)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const mixedText = fc.array(mixedChar, { maxLength: 40 }).map((chars) => chars.join(''));
/**
 * Text with no character of a script other than Latin (Latin letters, marks, and what all scripts share, letterlike
 * symbols and emoji among them): what gave the same slug before romanization existed.
 */
const latinChar = fc
  .oneof(
    fc.integer({ min: 0x0000, max: 0x036f }),
    fc.integer({ min: 0x1e00, max: 0x1eff }),
    fc.integer({ min: 0x2000, max: 0x214f }),
    fc.integer({ min: 0x1f300, max: 0x1f5ff }),
  )
  .map((code) => String.fromCodePoint(code))
  .filter((char) => /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]$/u.test(char));
const latinText = fc.array(latinChar, { maxLength: 40 }).map((chars) => chars.join(''));

describe('every id made is valid', () => {
  it('slugs are empty or ids the format accepts, and uniqueId never gives an invalid one', () => {
    fc.assert(
      fc.property(mixedText, fc.constantFrom('actor', 'relation', 'document'), (text, kind) => {
        const slug = idSlug(text);
        expect(slug === '' || validSlugId(slug), JSON.stringify({ text, slug })).toBe(true);
        const id = uniqueId(slug, new Set([slug, `${slug}-2`]), kind);
        expect(validSlugId(id), JSON.stringify({ text, id })).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a title with no letter of another script gives the same slug as without romanization', () => {
    fc.assert(
      fc.property(latinText, (text) => {
        expect(idSlug(text)).toBe(slugify(text));
      }),
    );
  });
});
