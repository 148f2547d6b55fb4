// Pure: where a value starts in the text datasetFileText writes (JSON with two-space indentation), counted from the value
// itself without writing the text.
import type { JsonPath } from '../domain/jsonPointer';
import type { SourcePosition } from '../domain/jsonSource';

const INDENT = 2;

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** JSON.stringify leaves out an object's keys whose value it cannot write (in an array it writes null instead). */
const writable = (value: unknown) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';

interface Members {
  keys: ReadonlyArray<string | number>;
  /** Line of each member's first line, counted from the container's opening line (0). */
  startLines: readonly number[];
  lineCount: number;
}

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * A function giving the 1-based line:column (in UTF-16 code units) where the value at `path` starts in
 * `datasetFileText(root)`, as `parseJsonSource(text).json.locate(path)` would; a path that leads nowhere gives the start of
 * the deepest value it reaches. Array indexes may be given as numbers or as the strings a JSON Pointer holds. Each
 * container is measured once, so locating many paths costs about one pass over the value.
 */
export function datasetJsonLocator(root: unknown): (path: JsonPath) => SourcePosition {
  const measured = new WeakMap<object, Members>();

  const lineCount = (value: unknown): number => (isContainer(value) ? membersOf(value).lineCount : 1);

  function membersOf(container: Container): Members {
    const known = measured.get(container);
    if (known) return known;
    const keys: Array<string | number> = Array.isArray(container)
      ? container.map((_, index) => index)
      : Object.keys(container).filter((key) => writable(container[key]));
    const startLines: number[] = [];
    // An empty container is written on one line ("[]" or "{}"); otherwise its members sit between two bracket lines.
    let line = 1;
    for (const key of keys) {
      startLines.push(line);
      line += lineCount((container as Record<string | number, unknown>)[key]);
    }
    const members = { keys, startLines, lineCount: keys.length === 0 ? 1 : line + 1 };
    measured.set(container, members);
    return members;
  }

  return (path) => {
    let value = root;
    let line = 1;
    let column = 1;
    let depth = 0;
    for (const segment of path) {
      if (!isContainer(value)) break;
      const members = membersOf(value);
      let index: number;
      if (Array.isArray(value)) {
        const text = String(segment);
        index = ARRAY_INDEX.test(text) ? Number(text) : -1;
        if (index >= value.length) index = -1;
      } else {
        index = members.keys.indexOf(String(segment));
      }
      if (index < 0) break;
      const key = members.keys[index] as string | number;
      depth++;
      line += members.startLines[index] as number;
      // A member's value follows its quoted name and ": " on the same line; an element starts the line.
      column = depth * INDENT + 1 + (Array.isArray(value) ? 0 : JSON.stringify(key).length + 2);
      value = (value as Record<string | number, unknown>)[key];
    }
    return { line, column };
  };
}
