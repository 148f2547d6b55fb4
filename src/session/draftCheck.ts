// Checks an autosaved draft read back from storage, as any input: its shape (zod), then its two datasets (the
// validator). Loaded when a draft is read, not with the page: zod and the validator stay out of the first load.
import '../io/zodWithoutEval';
import { z } from 'zod';
import { validateDatasetText, type ValidationResult } from '../domain/validate';
import { sourceLabel } from '../io/datasetSource';
import type { DraftRecord } from './draftRecord';

const sourceSchema = z.union([
  z.strictObject({ kind: z.literal('url'), url: z.string() }),
  z.strictObject({ kind: z.literal('file'), name: z.string() }),
  z.strictObject({ kind: z.literal('new'), name: z.string(), createdAt: z.number() }),
]);

/** What IndexedDB holds is checked like any other input: an old or damaged record is ignored, not trusted. */
const draftRecordSchema: z.ZodType<DraftRecord> = z.strictObject({
  version: z.literal(1),
  key: z.string(),
  source: sourceSchema,
  savedAt: z.number(),
  /** The dataset as opened: "Discard changes" returns to it when the source cannot be opened again (a picked file). */
  originalJson: z.string(),
  currentJson: z.string(),
  /** Decoded textFiles by path, for datasets whose documents keep their text in separate files. */
  textFiles: z.array(z.tuple([z.string(), z.string()])),
  rejectedSuggestions: z.array(z.tuple([z.string(), z.array(z.string())])).optional(),
});

export function parseDraftRecord(value: unknown): DraftRecord | null {
  const parsed = draftRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
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
