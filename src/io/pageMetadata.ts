// What a saved web page says about itself — title, outlet, author, publication date, canonical address, language — read
// from its Open Graph and article meta tags, its JSON-LD, its <time> and <title>, as the format's fields want them.
import { checkPartialDate } from '../domain/dates';

export interface SourceMetadata {
  title?: string;
  outlet?: string;
  author?: string;
  /** A partial ISO date, YYYY-MM-DD at most. */
  published?: string;
  /** An http(s) address. */
  url?: string;
  /** A BCP 47 tag, in canonical form. */
  language?: string;
}

/** What the page's markup offers, read before Readability rewrites the document. */
export interface PageSignals {
  metadata: SourceMetadata;
  /** Whether the title is the page's <title>, which often ends with the site's name. */
  titleFromTitleElement: boolean;
  /** The address a browser's "Save page" wrote in its comment, when the page has no canonical one. */
  savedFrom?: string;
}

/** A title or a name this long is not one: a hostile page is cut, not trusted. */
const MAX_FIELD_LENGTH = 500;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One line, trimmed, at most MAX_FIELD_LENGTH characters; undefined when nothing is left. */
export function cleanField(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const line = value.replace(/\s+/g, ' ').trim();
  if (line === '') return undefined;
  return line.length > MAX_FIELD_LENGTH ? line.slice(0, MAX_FIELD_LENGTH).trimEnd() : line;
}

/** An absolute http(s) address (resolved against `base` when relative); never javascript:, data: or the like. */
export function httpUrl(value: unknown, base?: string): string | undefined {
  const text = cleanField(value);
  if (text === undefined) return undefined;
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The calendar date a timestamp was written for: "2021-10-22T23:30:00-04:00" is the 22nd where it was published. */
export function partialDateOf(value: unknown): string | undefined {
  const text = cleanField(value);
  if (text === undefined) return undefined;
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d])/.exec(text);
  if (iso) {
    const date = iso
      .slice(1)
      .filter((part) => part !== undefined)
      .join('-');
    return checkPartialDate(date).ok ? date : undefined;
  }
  // "October 22, 2021" and the like: read as a local date, kept as the day it names.
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime()) || !/\d{4}/.test(text)) return undefined;
  const pad = (number: number) => String(number).padStart(2, '0');
  const day = `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
  return checkPartialDate(day).ok ? day : undefined;
}

/** A language tag in canonical form ("en_US" from og:locale becomes "en-US"); undefined when Intl does not take it. */
export function languageTagOf(value: unknown): string | undefined {
  const text = cleanField(value)?.replace(/_/g, '-');
  if (text === undefined) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(text);
    return canonical;
  } catch {
    return undefined;
  }
}

/** "By Jane Doe" → "Jane Doe". */
export const withoutBy = (byline: string | undefined) => byline?.replace(/^by\s+/i, '') || undefined;

/** A person or an organisation as JSON-LD gives it: a name, an object with one, or a list of them. */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanField(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== undefined);
    return names.length > 0 ? cleanField(names.join(', ')) : undefined;
  }
  return isObject(value) ? cleanField(value.name) : undefined;
}

const ARTICLE_TYPE = /(Article|BlogPosting|Report|NewsArticle|Posting)$/;

/** The JSON-LD objects of the page, with @graph lists unfolded; scripts that do not parse are passed over. */
function jsonLdObjects(document: Document): JsonObject[] {
  const found: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let value: unknown;
    try {
      value = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const pending = [value];
    // Bounded: a page can nest graphs, but not without end.
    while (pending.length > 0 && found.length < 200) {
      const next = pending.pop();
      if (Array.isArray(next)) pending.push(...next);
      else if (isObject(next)) {
        found.push(next);
        if (Array.isArray(next['@graph'])) pending.push(...next['@graph']);
      }
    }
  }
  return found;
}

function articleObject(objects: readonly JsonObject[]): JsonObject | undefined {
  const typed = (object: JsonObject) => {
    const type = object['@type'];
    const types = Array.isArray(type) ? type : [type];
    return types.some((entry) => typeof entry === 'string' && ARTICLE_TYPE.test(entry));
  };
  return objects.find(typed);
}

/** The first meta tag that names one of `keys` (property or name), with content. */
function meta(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const element of document.querySelectorAll('meta')) {
      const names = [element.getAttribute('property'), element.getAttribute('name'), element.getAttribute('itemprop')];
      if (!names.some((name) => name?.toLowerCase() === key)) continue;
      const content = cleanField(element.getAttribute('content'));
      if (content !== undefined) return content;
    }
  }
  return undefined;
}

/** The address Chrome and Edge write at the top of a saved page: <!-- saved from url=(0042)https://… -->. */
function savedFromComment(html: string): string | undefined {
  const match = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096));
  return httpUrl(match?.[1]);
}

function first<T>(...values: Array<T | undefined>): T | undefined {
  return values.find((value) => value !== undefined);
}

/** The byline the page shows in its text (a short element marked as the author's), before what its meta tags claim. */
function shownByline(document: Document): string | undefined {
  const candidates = document.querySelectorAll(
    '[rel="author"], [itemprop="author"], .byline, .author, #byline, [class*="byline" i], [class*="author-name" i]',
  );
  for (const element of [...candidates].slice(0, 20)) {
    const line = cleanField(element.textContent);
    if (line !== undefined && line.length <= 100) return withoutBy(line);
  }
  return undefined;
}

export function readPageSignals(document: Document, html: string): PageSignals {
  const objects = jsonLdObjects(document);
  const article = articleObject(objects) ?? {};
  const publisher = nameOf(article.publisher);
  const savedFrom = savedFromComment(html);
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const base = savedFrom;
  const url = first(
    httpUrl(canonical, base),
    httpUrl(meta(document, 'og:url'), base),
    httpUrl(typeof article.url === 'string' ? article.url : undefined, base),
    savedFrom,
  );
  const metaAuthor = meta(document, 'author', 'article:author', 'dc.creator', 'citation_author');
  const declaredTitle = first(meta(document, 'og:title', 'twitter:title'), cleanField(article.headline));
  const metadata: SourceMetadata = {
    title: declaredTitle ?? cleanField(document.querySelector('title')?.textContent),
    outlet: first(meta(document, 'og:site_name', 'application-name'), publisher),
    // Some sites put the author's profile address in article:author: that is not a name.
    author: first(
      shownByline(document),
      metaAuthor && httpUrl(metaAuthor) === undefined ? metaAuthor : undefined,
      nameOf(article.author),
    ),
    published: first(
      partialDateOf(meta(document, 'article:published_time')),
      partialDateOf(article.datePublished),
      partialDateOf(meta(document, 'datepublished', 'date', 'pubdate', 'dc.date', 'citation_publication_date')),
      partialDateOf(document.querySelector('time[datetime]')?.getAttribute('datetime')),
    ),
    url,
    language: first(
      languageTagOf(document.documentElement.getAttribute('lang')),
      languageTagOf(document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')),
      languageTagOf(article.inLanguage),
      languageTagOf(meta(document, 'og:locale')),
    ),
  };
  return {
    metadata,
    titleFromTitleElement: declaredTitle === undefined && metadata.title !== undefined,
    ...(savedFrom !== undefined && { savedFrom }),
  };
}
