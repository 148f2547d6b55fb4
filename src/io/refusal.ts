// Turns failures that are not validation problems (too large, unreachable, a crash) into a Problem, so one panel shows every refusal.
import type { Problem } from '../domain/problems';
import { TooLargeError } from './readLimitedBytes';

/** A whole-file problem: line 1, column 1, the root pointer. */
export function fileProblem(file: string, message: string, hint?: string): Problem {
  return {
    severity: 'error',
    code: 'file-unreadable',
    file,
    line: 1,
    column: 1,
    pointer: '',
    message,
    ...(hint !== undefined && { hint }),
  };
}

export function problemFromError(file: string, error: unknown): Problem {
  if (error instanceof TooLargeError)
    return fileProblem(file, error.message, 'split the dataset, or keep long source texts in textFiles');
  if (error instanceof DOMException && error.name === 'AbortError') return fileProblem(file, 'opening was cancelled');
  const message = error instanceof Error ? error.message : String(error);
  return fileProblem(file, `could not be opened: ${message}`);
}
