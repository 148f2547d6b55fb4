// The validator: one entry point for the CLI, the app and the tests. Collects every problem; returns a CheckedDataset only when there is no error.
import { parseJsonSource, type DuplicateKey } from './jsonSource';
import type { CheckedDataset, Dataset } from './model';
import { countBySeverity, type Problem } from './problems';
import { checkActors, checkDocumentDates, checkIds, checkRelations, checkUsage } from './referenceChecks';
import { checkEvidence, loadDocumentTexts, textFilePaths, type TextFiles } from './evidenceChecks';
import { relationVocabulary } from './relationTypes';
import { checkShape } from './shapeProblems';
import { ProblemCollector } from './validationContext';

export type { Problem } from './problems';

export type ValidationResult = { ok: true; checked: CheckedDataset; problems: Problem[] } | { ok: false; problems: Problem[] };

export interface ValidateOptions {
  /** How problems name the file: a path or URL. */
  file: string;
  /** Raw bytes of the textFiles the dataset names (see textFilePaths), null when unreadable. */
  textFiles?: TextFiles;
}

/** Validates a dataset whose textFiles are already loaded (or which has none). */
export function validateDatasetText(text: string, options: ValidateOptions): ValidationResult {
  const parsed = parseJsonSource(text);
  if (!parsed.ok) {
    const { line, column } = parsed.position;
    const code = parsed.message.startsWith('JSON nested') ? 'json-too-deep' : 'json-syntax';
    return { ok: false, problems: [{ severity: 'error', code, file: options.file, line, column, pointer: '', message: parsed.message, ...(parsed.hint !== undefined && { hint: parsed.hint }) }] };
  }
  return validateValue(parsed.json.value, new ProblemCollector(options.file, parsed.json), options.textFiles ?? new Map(), parsed.json.duplicateKeys);
}

/** Validates a dataset, loading its textFiles through `readTextFile` (relative paths, already checked to stay inside the dataset's folder). */
export async function validateDatasetSource(
  text: string,
  options: { file: string; readTextFile: (path: string) => Promise<Uint8Array | null> },
): Promise<ValidationResult> {
  const parsed = parseJsonSource(text);
  if (!parsed.ok) return validateDatasetText(text, { file: options.file });
  const paths = textFilePaths(parsed.json.value);
  const loaded = await Promise.all(paths.map(async (path) => [path, await options.readTextFile(path).catch(() => null)] as const));
  return validateValue(parsed.json.value, new ProblemCollector(options.file, parsed.json), new Map(loaded), parsed.json.duplicateKeys);
}

function validateValue(value: unknown, report: ProblemCollector, textFiles: TextFiles, duplicateKeys: readonly DuplicateKey[]): ValidationResult {
  for (const duplicate of duplicateKeys) {
    report.error('json-duplicate-key', [...duplicate.path, duplicate.key], `duplicate key "${duplicate.key}": JSON keeps only the last one`, 'remove or rename one of them', { at: duplicate.position });
  }
  const dataset = checkShape(value, report);
  const ids = checkIds(value, report);
  checkActors(value, ids, report);
  checkRelations(value, ids, report);
  checkDocumentDates(value, report);
  const documentTexts = loadDocumentTexts(value, textFiles, report);
  const anchors = checkEvidence(value, ids, documentTexts, report);
  checkUsage(value, report);

  const problems = report.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (!dataset || countBySeverity(problems).errors > 0) return { ok: false, problems };
  return { ok: true, problems, checked: toChecked(dataset, documentTexts, anchors) };
}

function toChecked(dataset: Dataset, documentTexts: Map<string, string>, anchors: CheckedDataset['anchors']): CheckedDataset {
  return {
    dataset,
    documentTexts,
    anchors,
    relationTypes: relationVocabulary(dataset.relationTypes?.map((type) => ({ ...type, description: type.label }))),
    actorsById: new Map(dataset.actors.map((actor) => [actor.id, actor])),
    documentsById: new Map(dataset.documents.map((document) => [document.id, document])),
  };
}
