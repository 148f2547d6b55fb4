// An autosaved draft: the dataset as opened and as edited, with the texts it needs, so edits survive a reload or a crash.
// Making one needs no validator; checking a stored one does (draftCheck.ts, loaded when a draft is read).
import type { CheckedDataset } from '../domain/model';
import type { DatasetSource } from '../io/datasetSource';
import { sourceKey } from '../io/datasetSource';
import { datasetFileText } from '../domain/datasetFileText';
import { perDataset } from '../domain/perDataset';
import type { RejectedSuggestions } from '../store/suggestionSlice';

/** An autosaved draft as IndexedDB holds it; draftCheck.ts checks a stored one before it is trusted. */
export interface DraftRecord {
  version: 1;
  key: string;
  source: DatasetSource;
  savedAt: number;
  /** The dataset as opened: "Discard changes" returns to it when the source cannot be opened again (a picked file). */
  originalJson: string;
  currentJson: string;
  /** Decoded textFiles by path, for datasets whose documents keep their text in separate files. */
  textFiles: Array<[string, string]>;
  /** Keys of the suggested relations rejected in each document's reader, by document id; absent in older drafts. */
  rejectedSuggestions?: Array<[string, string[]]>;
}

/** The dataset as opened, serialised once however many times its edits are saved. */
const originalJsonOf = perDataset((checked) => datasetFileText(checked.dataset));

export function makeDraftRecord(
  source: DatasetSource,
  pristine: CheckedDataset,
  current: CheckedDataset,
  savedAt: number,
  rejected: RejectedSuggestions = {},
): DraftRecord {
  const originalJson = originalJsonOf(pristine);
  const textFiles: Array<[string, string]> = [];
  for (const document of current.dataset.documents) {
    const text = current.documentTexts.get(document.id);
    if (document.textFile !== undefined && text !== undefined) textFiles.push([document.textFile, text]);
  }
  return {
    version: 1,
    key: sourceKey(source),
    source,
    savedAt,
    originalJson,
    currentJson: datasetFileText(current.dataset),
    textFiles,
    ...(Object.keys(rejected).length > 0 && {
      rejectedSuggestions: Object.entries(rejected).map(([document, keys]) => [document, [...keys]]),
    }),
  };
}

/** The rejections a draft holds, as the store keeps them. */
export const rejectionsOf = (record: DraftRecord): RejectedSuggestions =>
  Object.fromEntries(record.rejectedSuggestions ?? []);

/**
 * Whether a draft holds work to offer back: edits to its dataset, or a dataset started in this browser (its only copy).
 * A draft that only remembers rejected suggestions is not: they come back when its dataset is opened again.
 */
export const holdsEdits = (record: DraftRecord): boolean =>
  record.currentJson !== record.originalJson || record.source.kind === 'new';
