// A saved web page as an archived text: DOMParser makes an inert document (no script of the page runs, nothing it names
// is fetched, none of its markup enters the page), Readability finds the article in it, and the article is kept as
// plain text. Loaded with the first page added, as Readability is not part of the explorer's first load.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { cleanField, readPageSignals, withoutBy, type SourceMetadata } from './pageMetadata';
import { plainText } from './plainText';

export interface ExtractedPage {
  text: string;
  metadata: SourceMetadata;
  /** 'article': Readability found the article; 'body': it found none, and the body's text is kept instead. */
  extraction: 'article' | 'body';
}

/**
 * Extracts the article of a saved page. Never throws on any input: a page Readability cannot read gives its body's
 * text. DOMParser is the browser's (jsdom's in the unit tests).
 */
export function extractPage(html: string): ExtractedPage {
  const document = new DOMParser().parseFromString(html, 'text/html');
  // Read before Readability, which rewrites the document as it goes.
  const signals = readPageSignals(document, html);
  const article = readArticle(document);
  const titled = signals.titleFromTitleElement
    ? splitSiteName(signals.metadata.title, signals.metadata.outlet ?? cleanField(article?.siteName))
    : null;
  const metadata: SourceMetadata = {
    ...signals.metadata,
    title: titled?.title ?? signals.metadata.title ?? cleanField(article?.title),
    outlet: signals.metadata.outlet ?? cleanField(article?.siteName) ?? titled?.site ?? hostOf(signals.metadata.url),
    author: signals.metadata.author ?? withoutBy(cleanField(article?.byline)),
  };
  const present = Object.fromEntries(
    Object.entries(metadata).filter(([, value]) => value !== undefined),
  ) as SourceMetadata;
  if (article !== null) return { text: article.text, metadata: present, extraction: 'article' };
  // The first parse is Readability's now: parse again for the body as the page has it.
  const pristine = new DOMParser().parseFromString(html, 'text/html');
  return { text: plainText(pristine.body ?? pristine.documentElement), metadata: present, extraction: 'body' };
}

interface ReadArticle {
  text: string;
  title: string | null | undefined;
  byline: string | null | undefined;
  siteName: string | null | undefined;
}

function readArticle(document: Document): ReadArticle | null {
  try {
    // Firefox offers its reader view only for such pages: on the others Readability's pick is a guess.
    if (!isProbablyReaderable(document)) return null;
    const parsed = new Readability<Node>(document, { serializer: (node) => node }).parse();
    const content = parsed?.content;
    if (!parsed || !content) return null;
    const text = plainText(content);
    if (text.trim() === '') return null;
    return { text, title: parsed.title, byline: parsed.byline, siteName: parsed.siteName };
  } catch {
    return null;
  }
}

/** Between an article's title and the site's name in a page's <title>: " | ", " – ", " — ", " - ", " · ", " :: ". */
const TITLE_SEPARATOR = /\s+(?:[|–—·-]|::)\s+/g;

/**
 * A page's <title> usually ends with the site's name: "Why the treaty fails — Notes from the Delta". The site's name,
 * when the page gives it elsewhere, is taken off the end; otherwise a short last part after a separator is taken for
 * it.
 */
function splitSiteName(
  pageTitle: string | undefined,
  outlet: string | undefined,
): { title: string; site?: string } | null {
  if (pageTitle === undefined) return null;
  const separators = [...pageTitle.matchAll(TITLE_SEPARATOR)];
  const last = separators.at(-1);
  if (last === undefined) return null;
  const head = cleanField(pageTitle.slice(0, last.index));
  const tail = cleanField(pageTitle.slice(last.index + last[0].length));
  if (head === undefined || tail === undefined) return null;
  if (outlet !== undefined) return tail === outlet ? { title: head } : null;
  return tail.length <= 40 && tail.length < head.length ? { title: head, site: tail } : null;
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
