// One problem as the validate command prints it: `file:line:col  /pointer  message`, and its hint on the next line.
import type { Problem } from '../domain/problems';
import type { Formatter } from '../i18n/formatter';
import { problemHint, problemMessage } from '../i18n/problemWords';

export function problemLine(format: Formatter, problem: Problem): string {
  const line = format.t('cli.problem', {
    file: problem.file,
    line: problem.line,
    column: problem.column,
    pointer: problem.pointer || format.t('cli.problem.root'),
    severity: problem.severity,
    message: problemMessage(format, problem),
  });
  const hint = problemHint(format, problem);
  return hint ? `${line}\n${format.t('cli.problem.hint', { hint })}` : line;
}
