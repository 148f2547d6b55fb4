// The collector every check reports into: turns a JSON path into a located Problem.
import type { ParsedJson, SourcePosition } from './jsonSource';
import { toPointer, type JsonPath } from './jsonPointer';
import type { ProblemText } from './problemMessages';
import type { Problem, ProblemCode } from './problems';

export class ProblemCollector {
  readonly problems: Problem[] = [];
  constructor(
    private readonly file: string,
    private readonly json: ParsedJson,
  ) {}

  /** `at` overrides the location looked up from the path (for findings of the JSON scan, which knows exact offsets). */
  error(
    code: ProblemCode,
    path: JsonPath,
    message: ProblemText,
    hint?: ProblemText,
    options?: { key?: boolean; at?: SourcePosition },
  ): void {
    this.add('error', code, path, message, hint, options);
  }

  warning(
    code: ProblemCode,
    path: JsonPath,
    message: ProblemText,
    hint?: ProblemText,
    options?: { key?: boolean },
  ): void {
    this.add('warning', code, path, message, hint, options);
  }

  get errorCount(): number {
    return this.problems.reduce((count, problem) => count + (problem.severity === 'error' ? 1 : 0), 0);
  }

  private add(
    severity: Problem['severity'],
    code: ProblemCode,
    path: JsonPath,
    message: ProblemText,
    hint: ProblemText | undefined,
    options?: { key?: boolean; at?: SourcePosition },
  ): void {
    const { line, column } = options?.at ?? this.json.locate(path, options);
    this.problems.push({
      severity,
      code,
      file: this.file,
      line,
      column,
      pointer: toPointer(path),
      message,
      ...(hint !== undefined && { hint }),
    });
  }
}

/** Reads a value by path without trusting its shape. */
export function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** JSON's name for a value's type ("array", "null"), which the messages say in words. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
