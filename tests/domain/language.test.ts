// A document's optional `language`: a BCP 47 tag the validator checks, so the reader can set lang and direction.
import { describe, expect, it } from 'vitest';
import { validateDatasetText } from '../../src/domain/validate';
import { sampleDataset } from '../curation/sample';

function validateWithLanguage(language: unknown) {
  const dataset = sampleDataset();
  const documents = dataset.documents.map((document) => ({ ...document, language }));
  return validateDatasetText(JSON.stringify({ ...dataset, documents }), { file: 'sample.json' });
}

describe('document language', () => {
  it.each(['en', 'ar', 'he', 'fa-IR', 'zh-Hant-TW', 'sr-Latn-RS', 'en-US-x-newsroom'])('accepts %s', (tag) => {
    expect(validateWithLanguage(tag).ok).toBe(true);
  });

  it.each(['', 'e', '12', 'en_US', 'en--us', 'xx-yy-zz', 'de-DE-1996-1996', 'he IL'])(
    'refuses %j under /documents/0/language, saying what a tag looks like',
    (tag) => {
      const result = validateWithLanguage(tag);
      expect(result.ok).toBe(false);
      const problems = result.problems.filter((problem) => problem.pointer === '/documents/0/language');
      expect(problems).toHaveLength(1);
      expect(problems[0]?.message).toMatch(/BCP 47 language tag such as "en"/);
    },
  );

  it('is optional, and must be a string', () => {
    expect(validateDatasetText(JSON.stringify(sampleDataset()), { file: 'sample.json' }).ok).toBe(true);
    const result = validateWithLanguage(7);
    expect(result.problems.map((problem) => problem.message)).toContain('"language" must be a string, not a number');
  });
});
