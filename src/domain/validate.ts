// The validator: one entry point for the CLI, the app and the tests. Collects every problem; returns a CheckedDataset only when there is no error.
import { parseJsonSource, type DuplicateKey } from './jsonSource';
import type { CheckedDataset, Dataset } from './model';
import { say } from './problemMessages';
import { countBySeverity, type Problem } from './problems';
import { checkActors, checkDocumentDates, checkIds, checkRelations, checkUsage } from './referenceChecks';
import { checkEvidence, loadDocumentTexts, textFilePaths, type TextFiles } from './evidenceChecks';
import { checkEvidenceLints } from './evidenceLints';
import { checkHedges } from './hedgeLint';
import { relationVocabulary } from './relationTypes';
import { checkShape } from './shapeProblems';
import { ProblemCollector } from './validationContext';
import { decodeUtf8 } from './utf8';

export type { Problem } from './problems';

export type ValidationResult =
  { ok: true; checked: CheckedDataset; problems: Problem[] } | { ok: false; problems: Problem[] };

export interface ValidateOptions {
  /** How problems name the file: a path or URL. */
  file: string;
  /** Raw bytes of the textFiles the dataset names (see textFilePaths), null when unreadable. */
  textFiles?: TextFiles;
  /**
   * false leaves out the evidence lints, which only warn: for a reader that needs the checked dataset and its errors
   * alone (the shared view's viewer). Which files are refused does not change.
   */
  lints?: boolean;
}

/** Validates a dataset whose textFiles are already loaded (or which has none). */
export function validateDatasetText(text: string, options: ValidateOptions): ValidationResult {
  const parsed = parseJsonSource(text);
  if (!parsed.ok) {
    const { line, column } = parsed.position;
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          code: parsed.code,
          file: options.file,
          line,
          column,
          pointer: '',
          message: parsed.message,
          ...(parsed.hint !== undefined && { hint: parsed.hint }),
        },
      ],
    };
  }
  return validateValue(
    parsed.json.value,
    new ProblemCollector(options.file, parsed.json),
    options.textFiles ?? new Map(),
    parsed.json.duplicateKeys,
    options.lints ?? true,
  );
}

export interface SourceOptions {
  file: string;
  /** Loads a textFile (a relative path, already checked to stay inside the dataset's folder); null when missing. */
  readTextFile: (path: string) => Promise<Uint8Array | null>;
}

/** Validates a dataset file's raw bytes: it must be UTF-8 (a byte-order mark is ignored). */
export async function validateDatasetBytes(bytes: Uint8Array, options: SourceOptions): Promise<ValidationResult> {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const { line, column } = bytePosition(bytes, decoded.byteOffset);
    const byte = `0x${(bytes[decoded.byteOffset] ?? 0).toString(16).padStart(2, '0')}`;
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          code: 'json-syntax',
          file: options.file,
          line,
          column,
          pointer: '',
          message: say('validation.utf8.invalid', { offset: decoded.byteOffset, byte }),
          hint: say('validation.utf8.invalid.hint'),
        },
      ],
    };
  }
  return validateDatasetSource(decoded.text, options);
}

/** Line and column (in characters) of a byte offset in a UTF-8 buffer that is valid up to that offset. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/** Validates a dataset, loading its textFiles through `readTextFile`. */
export async function validateDatasetSource(text: string, options: SourceOptions): Promise<ValidationResult> {
  const parsed = parseJsonSource(text);
  if (!parsed.ok) return validateDatasetText(text, { file: options.file });
  const paths = textFilePaths(parsed.json.value);
  const loaded = await Promise.all(
    paths.map(async (path) => [path, await options.readTextFile(path).catch(() => null)] as const),
  );
  return validateValue(
    parsed.json.value,
    new ProblemCollector(options.file, parsed.json),
    new Map(loaded),
    parsed.json.duplicateKeys,
  );
}

function validateValue(
  value: unknown,
  report: ProblemCollector,
  textFiles: TextFiles,
  duplicateKeys: readonly DuplicateKey[],
  lints = true,
): ValidationResult {
  for (const duplicate of duplicateKeys) {
    report.error(
      'json-duplicate-key',
      [...duplicate.path, duplicate.key],
      say('validation.json.duplicateKey', { key: duplicate.key }),
      say('validation.json.duplicateKey.hint'),
      { at: duplicate.position },
    );
  }
  const dataset = checkShape(value, report);
  const ids = checkIds(value, report);
  checkActors(value, ids, report);
  checkRelations(value, ids, report);
  checkDocumentDates(value, report);
  const documentTexts = loadDocumentTexts(value, textFiles, report);
  const anchors = checkEvidence(value, ids, documentTexts, report);
  checkUsage(value, report);
  checkHedges(value, report);
  if (lints) checkEvidenceLints(value, documentTexts, anchors, report);

  const problems = report.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (!dataset || countBySeverity(problems).errors > 0) return { ok: false, problems };
  return { ok: true, problems, checked: toChecked(dataset, documentTexts, anchors) };
}

function toChecked(
  dataset: Dataset,
  documentTexts: Map<string, string>,
  anchors: CheckedDataset['anchors'],
): CheckedDataset {
  return {
    dataset,
    documentTexts,
    anchors,
    relationTypes: relationVocabulary(dataset.relationTypes?.map((type) => ({ ...type, description: type.label }))),
    actorsById: new Map(dataset.actors.map((actor) => [actor.id, actor])),
    relationIndexById: new Map(dataset.relations.map((relation, index) => [relation.id, index])),
    documentsById: new Map(dataset.documents.map((document) => [document.id, document])),
  };
}
