// An autosaved draft: the dataset as opened and as edited, with the texts it needs, so edits survive a reload or a crash.
import { z } from 'zod';
import type { CheckedDataset } from '../domain/model';
import { validateDatasetText, type ValidationResult } from '../domain/validate';
import type { DatasetSource } from '../io/datasetSource';
import { sourceKey, sourceLabel } from '../io/datasetSource';
import { datasetJson } from '../domain/datasetJson';
import { perDataset } from '../domain/perDataset';

const sourceSchema = z.union([
  z.strictObject({ kind: z.literal('url'), url: z.string() }),
  z.strictObject({ kind: z.literal('file'), name: z.string() }),
  z.strictObject({ kind: z.literal('new'), name: z.string(), createdAt: z.number() }),
]);

/** What IndexedDB holds is checked like any other input: an old or damaged record is ignored, not trusted. */
const draftRecordSchema = z.strictObject({
  version: z.literal(1),
  key: z.string(),
  source: sourceSchema,
  savedAt: z.number(),
  /** The dataset as opened: "Discard changes" returns to it when the source cannot be opened again (a picked file). */
  originalJson: z.string(),
  currentJson: z.string(),
  /** Decoded textFiles by path, for datasets whose documents keep their text in separate files. */
  textFiles: z.array(z.tuple([z.string(), z.string()])),
});

export type DraftRecord = z.infer<typeof draftRecordSchema>;

export function parseDraftRecord(value: unknown): DraftRecord | null {
  const parsed = draftRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The dataset as opened, serialised once however many times its edits are saved. */
const originalJsonOf = perDataset((checked) => datasetJson(checked.dataset));

export function makeDraftRecord(
  source: DatasetSource,
  pristine: CheckedDataset,
  current: CheckedDataset,
  savedAt: number,
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
    currentJson: datasetJson(current.dataset),
    textFiles,
  };
}

/** Re-validates a draft's two datasets; the record came from storage, so it is checked like a file. */
export function restoreDraft(record: DraftRecord): { original: ValidationResult; current: ValidationResult } {
  const encoder = new TextEncoder();
  const textFiles = new Map(record.textFiles.map(([path, text]) => [path, encoder.encode(text)] as const));
  const file = sourceLabel(record.source);
  return {
    original: validateDatasetText(record.originalJson, { file, textFiles }),
    current: validateDatasetText(record.currentJson, { file, textFiles }),
  };
}
