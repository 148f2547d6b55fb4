// Recognises a shared view (the interactive HTML file the explorer exports) among opened bytes and takes out its dataset
// block, as text: the page's markup is never parsed into a document and its scripts never run.
import { contentHash, DATASET_BLOCK_ID, SHARED_VIEW_GENERATOR, VIEW_BLOCK_ID } from '../domain/sharedView';
import { decodeUtf8 } from '../domain/utf8';

export type SharedViewBytes =
  /** Not HTML: the bytes are a dataset file as they are. */
  | { kind: 'not-html' }
  /** HTML, but not a shared view of the explorer (or one whose data block is missing). */
  | { kind: 'other-html' }
  /** The dataset block's bytes, and whether they still match the content hash they were stamped with. */
  | { kind: 'shared-view'; dataset: Uint8Array; hashMatches: boolean };

/** What a file must start with (after a byte-order mark and white space) to be read as HTML. */
const HTML_START = /^(?:\ufeff)?\s*<(?:!doctype\s+html|html|!--)/i;

/** The text between a `<script type="application/json" id="…">` and its `</script>`, or null. */
function blockText(html: string, id: string): string | null {
  const open = new RegExp(`<script type="application/json" id="${id}">`, 'i').exec(html);
  if (!open) return null;
  const start = open.index + open[0].length;
  const end = html.indexOf('</script>', start);
  return end < 0 ? null : html.slice(start, end);
}

export function readSharedViewBytes(bytes: Uint8Array): SharedViewBytes {
  // Only the start decides: a dataset is JSON and starts with "{".
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512));
  if (!HTML_START.test(head)) return { kind: 'not-html' };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { kind: 'other-html' };
  const html = decoded.text;
  if (!html.includes(SHARED_VIEW_GENERATOR)) return { kind: 'other-html' };
  const dataset = blockText(html, DATASET_BLOCK_ID);
  const view = blockText(html, VIEW_BLOCK_ID);
  if (dataset === null) return { kind: 'other-html' };
  let stamped: unknown;
  try {
    stamped = view === null ? null : (JSON.parse(view) as { contentHash?: unknown }).contentHash;
  } catch {
    stamped = null;
  }
  return {
    kind: 'shared-view',
    dataset: new TextEncoder().encode(dataset),
    hashMatches: typeof stamped === 'string' && stamped === contentHash(dataset),
  };
}
