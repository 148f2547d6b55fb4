// Reads a source to archive — a pasted text, or a picked or dropped .txt, .md or saved web page (.html, .htm) — into
// its text and the metadata it offers, refusing what is not a text with a reason. Never throws.
import { decodeUtf8 } from '../domain/utf8';
import type { PickedFile } from './openDataset';
import { cleanField, type SourceMetadata } from './pageMetadata';
import { readFileBytes, TooLargeError } from './readLimitedBytes';

/** A source text this long is a book, not an article: refused before it is read. */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

export type SourceFormat = 'pasted' | 'text' | 'markdown' | 'html';

export interface SourceDraft {
  /** The file's name, or null for a pasted text. */
  fileName: string | null;
  format: SourceFormat;
  /** The text to archive, as it will be kept. */
  text: string;
  /** What the source says about itself, to pre-fill the form with. */
  metadata: SourceMetadata;
  /** For a web page: whether Readability found the article, or the body's text was kept. */
  extraction?: 'article' | 'body';
}

/** Why a source was refused; the messages are the catalogue's (sources.fault.*). */
export type SourceFault =
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'not-text'; byteOffset: number }
  | { kind: 'empty' }
  | { kind: 'unsupported'; extension: string }
  | { kind: 'unreadable'; detail: string };

export type SourceOutcome =
  { ok: true; draft: SourceDraft } | { ok: false; fileName: string | null; fault: SourceFault };

/** Readability and the page reader come with the first web page added. */
const loadPageReader = () => import('./htmlArticle');

function formatOf(file: PickedFile): SourceFormat | null {
  const name = file.name.toLowerCase();
  if (/\.(html?|xhtml)$/.test(name) || file.type === 'text/html') return 'html';
  if (/\.(md|markdown)$/.test(name) || file.type === 'text/markdown') return 'markdown';
  if (name.endsWith('.txt') || file.type === 'text/plain') return 'text';
  return null;
}

const extensionOf = (name: string) => /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? '';

export function sourceFromPaste(text: string): SourceOutcome {
  if (text.trim() === '') return { ok: false, fileName: null, fault: { kind: 'empty' } };
  return { ok: true, draft: { fileName: null, format: 'pasted', text, metadata: titleFromText(text) } };
}

export async function readSourceFile(file: PickedFile, options: { signal?: AbortSignal } = {}): Promise<SourceOutcome> {
  const fileName = file.name;
  const format = formatOf(file);
  if (format === null) return { ok: false, fileName, fault: { kind: 'unsupported', extension: extensionOf(fileName) } };
  if (file.size > MAX_SOURCE_BYTES)
    return { ok: false, fileName, fault: { kind: 'too-large', bytes: file.size, limit: MAX_SOURCE_BYTES } };
  try {
    const bytes =
      typeof file.stream === 'function'
        ? await readFileBytes(file, { limit: MAX_SOURCE_BYTES, ...(options.signal && { signal: options.signal }) })
        : new Uint8Array(await file.arrayBuffer());
    const decoded = decodeText(bytes, format);
    if (!decoded.ok) return { ok: false, fileName, fault: decoded.fault };
    if (format === 'html') {
      const { extractPage } = await loadPageReader();
      const page = extractPage(decoded.text);
      if (page.text.trim() === '') return { ok: false, fileName, fault: { kind: 'empty' } };
      const metadata = { ...page.metadata, title: page.metadata.title ?? stem(fileName) };
      return { ok: true, draft: { fileName, format, text: page.text, metadata, extraction: page.extraction } };
    }
    if (decoded.text.trim() === '') return { ok: false, fileName, fault: { kind: 'empty' } };
    const metadata = titleFromText(decoded.text, format === 'markdown');
    return {
      ok: true,
      draft: { fileName, format, text: decoded.text, metadata: { title: metadata.title ?? stem(fileName) } },
    };
  } catch (error) {
    if (error instanceof TooLargeError)
      return { ok: false, fileName, fault: { kind: 'too-large', bytes: error.bytes, limit: MAX_SOURCE_BYTES } };
    return {
      ok: false,
      fileName,
      fault: { kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) },
    };
  }
}

/**
 * Text is UTF-8 without NUL bytes: a NUL never occurs in a text, and invalid UTF-8 is a binary file or another
 * encoding. A web page that declares its encoding (a <meta charset> in its first kilobyte) is read in it.
 */
function decodeText(
  bytes: Uint8Array,
  format: SourceFormat,
): { ok: true; text: string } | { ok: false; fault: SourceFault } {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, fault: { kind: 'not-text', byteOffset: nul } };
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return decoded;
  const declared = format === 'html' ? declaredCharset(bytes) : null;
  if (declared !== null) {
    try {
      return { ok: true, text: new TextDecoder(declared, { fatal: true }).decode(bytes) };
    } catch {
      // Not in the encoding it declares either: refused below.
    }
  }
  return { ok: false, fault: { kind: 'not-text', byteOffset: decoded.byteOffset } };
}

/** The encoding a page names in its first kilobyte, when it is one the browser decodes and not UTF-8. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  if (label === undefined) return null;
  try {
    const encoding = new TextDecoder(label).encoding;
    return encoding === 'utf-8' ? null : encoding;
  } catch {
    return null;
  }
}

/** The first line as a title, when it is short enough to be one (a Markdown heading's marks taken off). */
function titleFromText(text: string, markdown = false): SourceMetadata {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const line = markdown ? firstLine.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '') : firstLine;
  const title = line.length <= 200 ? cleanField(line) : undefined;
  return title === undefined ? {} : { title };
}

/** "The Algemeiner – Russia.html" → "The Algemeiner – Russia". */
const stem = (fileName: string) => cleanField(fileName.replace(/\.[^.]+$/, '').replace(/[_]+/g, ' '));
