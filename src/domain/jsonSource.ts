// Reads dataset JSON: the value via JSON.parse (fast), plus a single scan for duplicate keys and nesting, and line:column on demand.
import { parseTree, printParseErrorCode, visit, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { JsonPath } from './jsonPointer';
import { say, type ProblemText } from './problemMessages';

export interface SourcePosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
}

/** A dataset is at most six levels deep; anything far deeper is hostile or broken, and is refused before it can exhaust the stack. */
export const MAX_NESTING = 64;

export interface DuplicateKey {
  path: JsonPath;
  key: string;
  position: SourcePosition;
}

export interface ParsedJson {
  value: unknown;
  duplicateKeys: DuplicateKey[];
  /** Where the value at `path` starts; with `key`, where its property name starts. Falls back to the deepest existing ancestor. */
  locate(path: JsonPath, options?: { key?: boolean }): SourcePosition;
  /** Whether the text began with a byte-order mark, which was ignored. */
  hadByteOrderMark: boolean;
}

export type JsonParseOutcome =
  | { ok: true; json: ParsedJson }
  | {
      ok: false;
      code: 'json-syntax' | 'json-too-deep';
      position: SourcePosition;
      message: ProblemText;
      hint?: ProblemText;
    };

const STRICT_JSON = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

/** Maps UTF-16 offsets to 1-based line:column; built once per text, searched by bisection. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];
  constructor(text: string) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
      this.lineStarts.push(index + 1);
  }
  position(offset: number): SourcePosition {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
  }
}

export function parseJsonSource(rawText: string): JsonParseOutcome {
  const hadByteOrderMark = rawText.charCodeAt(0) === 0xfeff;
  // A BOM is an encoding artefact, not content: drop it, keeping columns aligned by padding with a space.
  const text = hadByteOrderMark ? ' ' + rawText.slice(1) : rawText;
  let lines: LineIndex | undefined;
  const lineIndex = () => (lines ??= new LineIndex(text));

  const scan = scanStructure(text);
  if (scan.tooDeepAt !== undefined) {
    return {
      ok: false,
      code: 'json-too-deep',
      position: lineIndex().position(scan.tooDeepAt),
      message: say('validation.json.tooDeep', { limit: MAX_NESTING }),
      hint: say('validation.json.tooDeep.hint'),
    };
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    parseTree(text, errors, STRICT_JSON);
    const first = errors[0];
    if (first) {
      return {
        ok: false,
        code: 'json-syntax',
        position: lineIndex().position(first.offset),
        // printParseErrorCode's name ("CommaExpected"): the catalogue says each (the enum is a const enum, unusable
        // under isolated modules).
        message: say('validation.json.syntax', { error: printParseErrorCode(first.error) }),
      };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      code: 'json-syntax',
      position: { line: 1, column: 1 },
      message: say('validation.json.engine', { detail }),
    };
  }

  let tree: JsonNode | undefined;
  const locate = (path: JsonPath, options?: { key?: boolean }): SourcePosition => {
    tree ??= parseTree(text, [], STRICT_JSON);
    return lineIndex().position(offsetOf(tree, path, options?.key ?? false));
  };

  const duplicateKeys = scan.duplicateKeys.map(({ path, key, offset }) => ({
    path,
    key,
    position: lineIndex().position(offset),
  }));
  return { ok: true, json: { value, duplicateKeys, locate, hadByteOrderMark } };
}

interface StructureScan {
  duplicateKeys: Array<{ path: JsonPath; key: string; offset: number }>;
  tooDeepAt?: number;
}

/** One pass over the tokens: duplicate keys (JSON.parse silently keeps the last) and runaway nesting. */
function scanStructure(text: string): StructureScan {
  const result: StructureScan = { duplicateKeys: [] };
  const keysPerObject: Array<Set<string> | null> = [];
  const enter = (offset: number, keys: Set<string> | null) => {
    if (keysPerObject.length >= MAX_NESTING) result.tooDeepAt ??= offset;
    keysPerObject.push(keys);
  };
  try {
    visit(
      text,
      {
        onObjectBegin: (offset) => enter(offset, new Set<string>()),
        onArrayBegin: (offset) => enter(offset, null),
        onObjectEnd: () => void keysPerObject.pop(),
        onArrayEnd: () => void keysPerObject.pop(),
        onObjectProperty: (property, offset, _length, _line, _column, pathSupplier) => {
          const keys = keysPerObject[keysPerObject.length - 1];
          if (!keys) return;
          if (keys.has(property)) result.duplicateKeys.push({ path: pathSupplier(), key: property, offset });
          else keys.add(property);
        },
      },
      STRICT_JSON,
    );
  } catch (error) {
    // The scanner recurses per level: thousands of levels exhaust the stack before any callback can stop it.
    if (!(error instanceof RangeError)) throw error;
    result.tooDeepAt ??= offsetPastDepth(text, MAX_NESTING);
  }
  return result;
}

/** Offset of the bracket that opens level `limit + 1`, skipping strings; only called once the scanner has overflowed. */
function offsetPastDepth(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      if (++depth > limit) return index;
    } else if (char === ']' || char === '}') depth--;
  }
  return 0;
}

function offsetOf(root: JsonNode | undefined, path: JsonPath, wantKey: boolean): number {
  let node = root;
  if (!node) return 0;
  let keyOffset = node.offset;
  for (const segment of path) {
    let next: JsonNode | undefined;
    if (node.type === 'object') {
      // The last property of a name wins, as in JSON.parse.
      const property: JsonNode | undefined = node.children?.findLast(
        (child) => child.children?.[0]?.value === String(segment),
      );
      if (property) {
        keyOffset = property.children?.[0]?.offset ?? property.offset;
        next = property.children?.[1];
      }
    } else if (node.type === 'array' && typeof segment === 'number') {
      next = node.children?.[segment];
      keyOffset = next?.offset ?? node.offset;
    }
    if (!next) return node.offset;
    node = next;
  }
  return wantKey ? keyOffset : node.offset;
}
