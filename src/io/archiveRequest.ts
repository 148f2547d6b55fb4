// A dataset archive as what validation reads: dataset.json's bytes, named as the entry of the archive it is, with the
// texts beside it; or the problem that refuses the archive. Loaded with the first archive opened, with the zip reader.
import type { Problem } from '../domain/problems';
import type { Formatter } from '../i18n/formatter';
import { archiveProblem } from './archiveRefusal';
import { readDatasetArchive } from './datasetArchive';
import { DATASET_ENTRY } from './zipSignature';

export interface ArchivedDataset {
  bytes: Uint8Array;
  /** "name.zip/dataset.json": how problems in it name the file. */
  file: string;
  /** The files beside dataset.json, by the path textFile names them with. */
  textFiles: ReadonlyMap<string, Uint8Array>;
}

/** `words`: the caller's formatter, so that this module, loaded apart, does not bring the catalogue with it. */
export function openArchivedDataset(
  words: Formatter,
  archiveName: string,
  bytes: Uint8Array,
): { ok: true; dataset: ArchivedDataset } | { ok: false; problem: Problem } {
  const opened = readDatasetArchive(bytes);
  if (!opened.ok) return { ok: false, problem: archiveProblem(words, archiveName, opened.fault) };
  const { datasetBytes, files } = opened.archive;
  const file = words.t('archive.entry', { archive: archiveName, entry: DATASET_ENTRY });
  return { ok: true, dataset: { bytes: datasetBytes, file, textFiles: files } };
}
