// Validates an opened dataset's bytes, finding its textFiles among the files picked with it or next to its URL; runs in the worker or in the page.
import { DATASET_BLOCK_ID } from '../domain/sharedView';
import { validateDatasetBytes, type ValidationResult } from '../domain/validate';
import { say } from '../domain/problemMessages';
import { readResponseBytes } from './readLimitedBytes';
import { fileProblem } from './refusal';
import { readSharedViewBytes } from './sharedViewFile';

export interface ValidationRequest {
  bytes: Uint8Array;
  /** How problems name the file. */
  file: string;
  /** Text files picked or dropped together with the dataset, by path and by file name. */
  textFiles: ReadonlyMap<string, Uint8Array>;
  /** For a dataset fetched by URL: its textFiles are fetched relative to it. */
  baseUrl: string | null;
}

const lastSegment = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function validateRequest(
  request: ValidationRequest,
  fetchImpl: typeof fetch = fetch,
): Promise<ValidationResult> {
  const readTextFile = async (path: string): Promise<Uint8Array | null> => {
    const picked = request.textFiles.get(path) ?? request.textFiles.get(lastSegment(path));
    if (picked) return picked;
    if (request.baseUrl === null) return null;
    try {
      const response = await fetchImpl(new URL(path, request.baseUrl).href);
      return response.ok ? await readResponseBytes(response) : null;
    } catch {
      return null;
    }
  };
  // A shared view is opened as the dataset it carries; problems name its data block, where their lines are counted.
  const shared = readSharedViewBytes(request.bytes);
  if (shared.kind === 'other-html') {
    return Promise.resolve({
      ok: false,
      problems: [fileProblem(request.file, say('import.refusal.otherHtml'), say('import.refusal.otherHtmlHint'))],
    });
  }
  if (shared.kind === 'not-html') return validateDatasetBytes(request.bytes, { file: request.file, readTextFile });
  const file = `${request.file}#${DATASET_BLOCK_ID}`;
  return validateDatasetBytes(shared.dataset, { file, readTextFile }).then((result) => {
    if (shared.hashMatches) return result;
    const changed = {
      ...fileProblem(file, say('import.sharedView.changed'), say('import.sharedView.changedHint')),
      severity: 'warning' as const,
      code: 'shared-view-changed' as const,
    };
    return { ...result, problems: [changed, ...result.problems] };
  });
}
