// Turns failures that are not validation problems (too large, unreachable, a crash) into a Problem, so one panel shows
// every refusal; its words are the catalogue's (import.refusal.*), said where the problem is shown.
import { say, type ProblemText } from '../domain/problemMessages';
import type { Problem } from '../domain/problems';
import { readerFormatter } from '../i18n/readerFormatter';
import { TooLargeError } from './readLimitedBytes';

/** A whole-file problem: line 1, column 1, the root pointer. */
export function fileProblem(file: string, message: ProblemText, hint?: ProblemText): Problem {
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

/** Megabytes as the refusal says them, in the reader's locale: one decimal under 10 MB. */
const megabytes = (bytes: number) => {
  const digits = bytes < 10 * 1024 * 1024 ? 1 : 0;
  return readerFormatter().number(bytes / (1024 * 1024), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
};

export function problemFromError(file: string, error: unknown): Problem {
  if (error instanceof TooLargeError)
    return fileProblem(
      file,
      say('import.refusal.tooLarge', { size: megabytes(error.bytes), limit: megabytes(error.limit) }),
      say('import.refusal.tooLargeHint'),
    );
  if (error instanceof DOMException && error.name === 'AbortError')
    return fileProblem(file, say('import.refusal.cancelled'));
  const reason = error instanceof Error ? error.message : String(error);
  return fileProblem(file, say('import.refusal.crashed', { reason }));
}
