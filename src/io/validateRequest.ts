// Validates an opened dataset's bytes, finding its textFiles among the files picked with it or next to its URL; runs in the worker or in the page.
import { validateDatasetBytes, type ValidationResult } from '../domain/validate';
import { readResponseBytes } from './readLimitedBytes';

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
  return validateDatasetBytes(request.bytes, { file: request.file, readTextFile });
}
