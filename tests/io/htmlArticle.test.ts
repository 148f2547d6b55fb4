// @vitest-environment jsdom
// Saved web pages as archived texts: Readability finds the article, the text keeps its paragraphs, the page's metadata
// pre-fills the form, a page without an article gives its body's text, and hostile markup stays inert text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/io/htmlArticle';
import { plainText } from '../../src/io/plainText';

const page = (name: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/pages', name), 'utf8');
const paragraphs = (text: string) => text.split('\n\n');

describe('extractPage', () => {
  it('a news article with JSON-LD: the story alone, and its headline, publisher, authors, date and canonical URL', () => {
    const extracted = extractPage(page('news-jsonld.html'));
    expect(extracted.extraction).toBe('article');
    expect(extracted.metadata).toEqual({
      title: 'Strait talks resume after six months of silence',
      outlet: 'The Harbour Times',
      author: 'Mara Lindqvist, Tomás Ferreira',
      // The JSON-LD's 2023-03-14T06:45:00+02:00 is the 14th where it was published.
      published: '2023-03-14',
      url: 'https://www.harbour-times.example/world/2023/03/14/strait-talks-resume',
      language: 'en-GB',
    });
    const text = paragraphs(extracted.text);
    expect(text[0]).toBe(
      'Delegations from Northmark and the Coastal Federation met on Monday in the port city of Velsen, the first direct talks between the two governments since the collapse of the fisheries accord last September.',
    );
    expect(text).toContain('A mediator from the south');
    expect(text).toContain(
      '"Nobody here expects a treaty this week," Menz said. "What we expect is that the boats stop being seized."',
    );
    // The site around the story is left out: navigation, search, related links, comments, footer, scripts.
    for (const boilerplate of [
      'Business',
      'Search',
      'Fisheries accord collapses',
      'Comments (212)',
      'All rights reserved',
      'dataLayer',
    ])
      expect(extracted.text).not.toContain(boilerplate);
  });

  it('a blog post: the byline the page shows before its meta author, the <time>, and the site name off the title', () => {
    const extracted = extractPage(page('blog-byline.html'));
    expect(extracted.extraction).toBe('article');
    expect(extracted.metadata).toEqual({
      title: 'Why the river treaty keeps failing',
      outlet: 'Notes from the Delta',
      author: 'Amira Haddad',
      published: '2022-11-05',
      language: 'en',
    });
    const text = paragraphs(extracted.text);
    // Line breaks inside a paragraph (<br>) are kept as single newlines.
    expect(text).toContain(
      'Midland\'s water minister told me in an interview last month that her government would take the dispute to the regional court if a fourth dam went ahead.\n"We have asked, we have waited, and we have been patient," she said.\n"Patience is not a water supply."',
    );
    expect(text).toContain('Water diplomacy fails quietly, one missed notification at a time.');
    expect(extracted.text).not.toMatch(/Archives|Blogroll|Great piece|Powered by/);
  });

  it('a page with no article: the body’s text, and it says so', () => {
    const extracted = extractPage(page('no-article.html'));
    expect(extracted.extraction).toBe('body');
    expect(extracted.metadata).toEqual({
      title: 'Ministry of Foreign Affairs – Press releases',
      outlet: 'Ministry of Foreign Affairs of Northmark',
      language: 'en',
    });
    expect(paragraphs(extracted.text)).toEqual([
      'Ministry of Foreign Affairs',
      'About the ministry | Embassies | Travel advice | Press',
      'Press releases',
      'Minister Baardsen meets Orlan envoy 14.03.2023',
      'Statement on the strait patrols 02.03.2023',
      'Consular services during the holidays 20.02.2023',
      'New ambassador to the Coastal Federation 11.02.2023',
      'Next page',
      'Northmark Ministry of Foreign Affairs · Contact',
    ]);
  });

  it('a right-to-left page: Arabic text as written, its language from <html lang>, og:* for the rest', () => {
    const extracted = extractPage(page('rtl-arabic.html'));
    expect(extracted.extraction).toBe('article');
    expect(extracted.metadata).toMatchObject({
      title: 'محادثات المضيق تُستأنف بعد ستة أشهر',
      outlet: 'صحيفة الميناء',
      published: '2023-03-15',
      url: 'https://alminaa.example/world/2023/03/strait-talks',
      language: 'ar',
    });
    expect(paragraphs(extracted.text)).toContain(
      'وقالت وزيرة خارجية نورثمارك إيلزه باردسن بعد الجلسة الأولى إن الجانبين اتفقا على استئناف الدوريات المشتركة في المضيق «ما دامت المحادثات مستمرة».',
    );
    expect(extracted.text).not.toContain('الرئيسية');
  });

  it('a page full of hostile markup: nothing runs, nothing reaches the page, javascript: is no address, markup is text', () => {
    const before = document.documentElement.outerHTML;
    const extracted = extractPage(page('hostile.html'));
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(extracted.extraction).toBe('article');
    expect(extracted.metadata.url).toBeUndefined();
    expect(extracted.metadata).toMatchObject({ outlet: 'The Hill Gazette', published: '2024-01-09' });
    // What a page's markup says in its meta tags is kept as the text it is, and React shows it as text.
    expect(extracted.metadata.author).toBe("<img src=x onerror=window.__pwned='author'>");
    expect(paragraphs(extracted.text)).toEqual([
      'The ceasefire between the Hill Front and the government army held for a third day on Tuesday, according to monitors from the regional mission, who reported no shelling along the northern road.',
      'A spokesman for the mission said the two sides had exchanged lists of prisoners, a first step toward the swap agreed in December. Read the agreement.',
      'Writing <script>alert(1)</script> in a story is text, and the archive keeps it as text.',
      "The government's chief negotiator, Karel Wendt, warned that the army would answer any attack on its positions, but said talks on a longer truce could start within weeks.",
    ]);
    expect(extracted.text).not.toMatch(/__pwned|hunter2|Log in|attacker/);
  });

  it('reads a page nested deeper than a browser’s parser keeps (512 levels)', () => {
    const depth = 600;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep inside.</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(extractPage(html).text).toBe('Deep inside.');
  });

  it('walks text nested 100,000 levels deep without recursion', () => {
    // Shaped like DOM nodes: jsdom's own tree code recurses, and could not build so deep a tree.
    type FakeNode = { nodeType: number; tagName?: string; nodeValue?: string; childNodes: FakeNode[] };
    let innermost: FakeNode = { nodeType: 3, nodeValue: 'Deeper still.', childNodes: [] };
    for (let level = 0; level < 100_000; level++) innermost = { nodeType: 1, tagName: 'SPAN', childNodes: [innermost] };
    expect(plainText(innermost as unknown as Node)).toBe('Deeper still.');
  });
});
