// Validates dataset files from disk: the Node side of validateDatasetSource (textFiles read relative to the dataset).
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { validateDatasetBytes, type ValidationResult } from '../domain/validate';
import { openArchivedDataset } from '../io/archiveRequest';
import { readerFormatter } from '../i18n/readerFormatter';
import { looksLikeZip } from '../io/zipSignature';

export type FileValidation =
  { file: string; readable: true; result: ValidationResult } | { file: string; readable: false; reason: string };

export async function validateDatasetFile(file: string): Promise<FileValidation> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    return { file, readable: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (/\.zip$/i.test(file) || looksLikeZip(bytes))
    return { file, readable: true, result: await validateArchive(file, bytes) };
  const folder = path.dirname(file);
  const result = await validateDatasetBytes(bytes, {
    file,
    readTextFile: async (relative) => new Uint8Array(await readFile(path.join(folder, relative))),
  });
  return { file, readable: true, result };
}

/** A dataset archive (.zip): its dataset.json, with the textFiles it names read from beside it in the archive. */
async function validateArchive(file: string, bytes: Uint8Array): Promise<ValidationResult> {
  const opened = openArchivedDataset(readerFormatter(), file, bytes);
  if (!opened.ok) return { ok: false, problems: [opened.problem] };
  const { textFiles } = opened.dataset;
  return validateDatasetBytes(opened.dataset.bytes, {
    file: opened.dataset.file,
    readTextFile: async (relative) => textFiles.get(relative) ?? null,
  });
}

/** Every data/<id>/dataset.json under a folder, sorted. */
export async function findDatasets(dataFolder: string): Promise<string[]> {
  const entries = await readdir(dataFolder, { withFileTypes: true });
  const candidates = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(dataFolder, entry.name, 'dataset.json'));
  const existing = await Promise.all(
    candidates.map(async (file) =>
      (await readFile(file).then(
        () => true,
        () => false,
      ))
        ? file
        : undefined,
    ),
  );
  return existing.filter((file): file is string => file !== undefined).sort();
}
