// Pure: the format of a shared view, the self-contained HTML file the explorer exports: the ids of its two data blocks,
// what its view block says, and the content hash that stamps the dataset block.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The `<script type="application/json">` holding the dataset (the format the validator reads). */
export const DATASET_BLOCK_ID = 'shared-view-dataset';
/** The `<script type="application/json">` holding the view: when, from what, what was shown. */
export const VIEW_BLOCK_ID = 'shared-view-meta';
/** The `<meta name="generator">` content that marks the file as the explorer's. */
export const SHARED_VIEW_GENERATOR = 'geopolitical-graph-explorer/shared-view';
export const SHARED_VIEW_VERSION = 1;

/** What the view block holds besides the dataset. */
export interface SharedViewMeta {
  version: number;
  /** When the file was made, as an ISO 8601 moment. */
  createdAt: string;
  /** The dataset the view was taken from (the embedded dataset keeps its id and title too). */
  source: { datasetId: string; datasetTitle: string };
  /** "sha256-<hex>" of the dataset block's text exactly as written in the file. */
  contentHash: string;
  title: string;
  subtitle: string;
  /** The actors the view drew; the others in the dataset are there because a quote names them. */
  shownActors: string[];
  /** The "as reported by" date the view had, or null. */
  asOf: string | null;
  /** Whether relation types were written along the edges. */
  edgeLabels: boolean;
}

/** The stamp of a dataset block's text. */
export function contentHash(text: string): string {
  return `sha256-${bytesToHex(sha256(utf8ToBytes(text)))}`;
}

/**
 * JSON for a data block inside HTML: `<` is written `\u003c`, so no `</script>` or `<!--` can end the block early,
 * whatever the strings hold; the text still parses to the same value.
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/</g, '\\u003c');
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** The view block's value as a SharedViewMeta, or null when it is not one (a file edited by hand, another version). */
export function readSharedViewMeta(value: unknown): SharedViewMeta | null {
  if (typeof value !== 'object' || value === null) return null;
  const meta = value as Record<string, unknown>;
  const source = meta.source as Record<string, unknown> | undefined;
  const valid =
    meta.version === SHARED_VIEW_VERSION &&
    isString(meta.createdAt) &&
    typeof source === 'object' &&
    source !== null &&
    isString(source.datasetId) &&
    isString(source.datasetTitle) &&
    isString(meta.contentHash) &&
    isString(meta.title) &&
    isString(meta.subtitle) &&
    Array.isArray(meta.shownActors) &&
    meta.shownActors.every(isString) &&
    (meta.asOf === null || isString(meta.asOf)) &&
    typeof meta.edgeLabels === 'boolean';
  return valid ? (meta as unknown as SharedViewMeta) : null;
}
