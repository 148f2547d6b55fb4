// @vitest-environment jsdom
// Fuzzing the web-page opener: any bytes as a saved page never throw, and what a page claims about itself is only
// offered when the format would take it (an http(s) address, a real date, a BCP 47 tag), so a pre-filled form is
// never wrong because of the page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/io/htmlArticle';
import { readSourceFile, type SourceOutcome } from '../../src/io/sourceFile';
import { documentSchema } from '../../src/domain/schema';
import type { SourceMetadata } from '../../src/io/pageMetadata';

function expectAcceptable(metadata: SourceMetadata) {
  const document = {
    id: 'page',
    title: metadata.title ?? 'title',
    outlet: metadata.outlet ?? 'outlet',
    published: metadata.published ?? '2024',
    text: 'text',
    ...(metadata.author !== undefined && { author: metadata.author }),
    ...(metadata.url !== undefined && { url: metadata.url }),
    ...(metadata.language !== undefined && { language: metadata.language }),
  };
  const parsed = documentSchema.safeParse(document);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
}

function expectWellFormed(outcome: SourceOutcome) {
  if (!outcome.ok) {
    expect(['not-text', 'empty', 'unreadable']).toContain(outcome.fault.kind);
    return;
  }
  expect(outcome.draft.text.trim()).not.toBe('');
  expect(outcome.draft.text).not.toMatch(/\n\n\n/);
  expectAcceptable(outcome.draft.metadata);
}

/** Pieces of pages, so that the generated documents have heads, metas, JSON-LD, articles and broken markup. */
const fragment = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<br>', '<pre>', '</pre>', '<article>', '<script>', '</script>'),
  fc.string({ maxLength: 30 }).map((value) => `<meta property="og:url" content="${value}">`),
  fc.string({ maxLength: 30 }).map((value) => `<meta property="article:published_time" content="${value}">`),
  fc.string({ maxLength: 20 }).map((value) => `<html lang="${value}">`),
  fc.string({ maxLength: 20 }).map((value) => `<link rel="canonical" href="${value}">`),
  fc.jsonValue({ maxDepth: 3 }).map((value) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`),
  fc
    .record({ headline: fc.string(), datePublished: fc.string(), inLanguage: fc.string(), url: fc.string() })
    .map(
      (value) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', ...value })}</script>`,
    ),
  fc.lorem({ maxCount: 40 }).map((words) => `<p>${words}</p>`),
);

describe('web page opener fuzzing', () => {
  it('any bytes as a .html file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) =>
        expectWellFormed(await readSourceFile(new File([bytes as BlobPart], 'page.html'))),
      ),
      { numRuns: 200 },
    );
  });

  it('pages made of random pieces of markup and metadata', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 25 }), (pieces) => {
        const page = extractPage(pieces.join(''));
        expect(['article', 'body']).toContain(page.extraction);
        expect(page.text).not.toMatch(/\n\n\n/);
        expectAcceptable(page.metadata);
      }),
      { numRuns: 300 },
    );
  });

  it('any date or language a page claims is offered only when valid', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (date, language) => {
        const html = `<html lang="${language.replace(/"/g, '')}"><head><meta property="article:published_time" content="${date.replace(/"/g, '')}"></head><body><p>Text.</p></body></html>`;
        expectAcceptable(extractPage(html).metadata);
      }),
      { numRuns: 300 },
    );
  });
});
