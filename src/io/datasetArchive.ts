// Reads a dataset kept as one .zip (dataset.json and its source texts): every entry checked before anything is unpacked,
// so a hostile archive (paths that leave the folder, a zip bomb, thousands of entries) is refused, never expanded.
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { DATASET_ENTRY, looksLikeZip } from './zipSignature';

/** Unpacked, an archive may hold this much: ten times a large curated dataset, far from what a tab can hold. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** More entries than any dataset has documents; also bounds the walk of a central directory that lies about its count. */
export const MAX_ARCHIVE_ENTRIES = 20_000;

/** Why an archive was refused; the messages are the catalogue's (archiveRefusal.ts). */
export type ArchiveFault =
  | { kind: 'not-zip' }
  | { kind: 'unsafe-path'; entry: string }
  | { kind: 'too-many-entries'; limit: number }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'duplicate-entry'; entry: string }
  | { kind: 'unsupported-compression'; entry: string; method: number }
  | { kind: 'no-dataset' }
  | { kind: 'several-datasets'; entries: string[] }
  | { kind: 'damaged'; detail: string };

export interface DatasetArchive {
  /** Where dataset.json sits in the archive ('' at the top, or 'folder/'). */
  folder: string;
  datasetBytes: Uint8Array;
  /** Every other file under the dataset's folder, by its path relative to it: what textFile paths name. */
  files: ReadonlyMap<string, Uint8Array>;
}

export type ArchiveOutcome = { ok: true; archive: DatasetArchive } | { ok: false; fault: ArchiveFault };

/** A path that stays inside the archive's folder: relative, no "..", no drive letter; "\" counts as a separator. */
export function isSafeEntryPath(name: string): boolean {
  if (name === '' || name.includes('\0')) return false;
  if (/^[\\/]/.test(name) || /^[a-z]:/i.test(name)) return false;
  return !name.split(/[\\/]/).some((segment) => segment === '..');
}

const isFolder = (name: string) => name.endsWith('/') || name.endsWith('\\');
const depth = (name: string) => name.split('/').length - 1;

class StopListing extends Error {
  constructor(readonly fault: ArchiveFault) {
    super(fault.kind);
  }
}

/** The entries as the central directory describes them, checked one by one; nothing is decompressed. */
function listEntries(bytes: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  const seen = new Set<string>();
  let declared = 0;
  unzipSync(bytes, {
    filter: (info) => {
      if (entries.length >= MAX_ARCHIVE_ENTRIES)
        throw new StopListing({ kind: 'too-many-entries', limit: MAX_ARCHIVE_ENTRIES });
      if (!isSafeEntryPath(info.name)) throw new StopListing({ kind: 'unsafe-path', entry: info.name });
      if (seen.has(info.name)) throw new StopListing({ kind: 'duplicate-entry', entry: info.name });
      seen.add(info.name);
      declared += info.originalSize;
      if (declared > MAX_UNPACKED_BYTES)
        throw new StopListing({ kind: 'too-large', bytes: declared, limit: MAX_UNPACKED_BYTES });
      if (!isFolder(info.name) && info.compression !== 0 && info.compression !== 8)
        throw new StopListing({ kind: 'unsupported-compression', entry: info.name, method: info.compression });
      entries.push(info);
      return false;
    },
  });
  return entries;
}

/**
 * Finds dataset.json (at the top, or in the one folder an archiver wrapped it in) and unpacks it with the files beside
 * it. Never throws: a damaged or hostile archive is a fault. Each entry is inflated into a buffer of the size the
 * archive declared, and the declared sizes are capped in total, so an entry that lies about its size is cut short
 * rather than allowed to grow.
 */
export function readDatasetArchive(bytes: Uint8Array): ArchiveOutcome {
  if (!looksLikeZip(bytes)) return { ok: false, fault: { kind: 'not-zip' } };
  try {
    const entries = listEntries(bytes);
    const candidates = entries
      .map((entry) => entry.name.replaceAll('\\', '/'))
      .filter((name) => name === DATASET_ENTRY || name.endsWith(`/${DATASET_ENTRY}`));
    const shallowest = Math.min(...candidates.map(depth));
    const datasets = candidates.filter((name) => depth(name) === shallowest);
    const datasetName = datasets[0];
    if (datasetName === undefined) return { ok: false, fault: { kind: 'no-dataset' } };
    if (datasets.length > 1) return { ok: false, fault: { kind: 'several-datasets', entries: datasets.sort() } };
    const folder = datasetName.slice(0, -DATASET_ENTRY.length);
    const unpacked = unzipSync(bytes, {
      filter: (info) => !isFolder(info.name) && info.name.replaceAll('\\', '/').startsWith(folder),
    });
    const files = new Map<string, Uint8Array>();
    let datasetBytes: Uint8Array | undefined;
    for (const [name, content] of Object.entries(unpacked)) {
      const relative = name.replaceAll('\\', '/').slice(folder.length);
      if (relative === DATASET_ENTRY) datasetBytes = content;
      else files.set(relative, content);
    }
    // An entry named like an object's own prototype key lands nowhere in fflate's result.
    if (datasetBytes === undefined) return { ok: false, fault: { kind: 'no-dataset' } };
    return { ok: true, archive: { folder, datasetBytes, files } };
  } catch (error) {
    if (error instanceof StopListing) return { ok: false, fault: error.fault };
    return { ok: false, fault: { kind: 'damaged', detail: error instanceof Error ? error.message : String(error) } };
  }
}
