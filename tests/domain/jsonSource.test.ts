// Reading JSON at the door: syntax errors, duplicate keys, hostile nesting and byte-order marks, each with a location.
import { describe, expect, it } from 'vitest';
import { LineIndex, MAX_NESTING, parseJsonSource, type JsonParseOutcome } from '../../src/domain/jsonSource';
import { textOf } from '../support/problemWords';

/** A refusal's place and message, said in English through the catalogue. */
const refusal = (outcome: JsonParseOutcome) =>
  outcome.ok ? outcome : { ok: false, position: outcome.position, message: textOf(outcome.message) };

describe('parseJsonSource', () => {
  it('locates values and keys by path', () => {
    const outcome = parseJsonSource('{\n  "actors": [\n    {"id": "a"},\n    {"id": "b", "name": 3}\n  ]\n}');
    if (!outcome.ok) throw new Error(textOf(outcome.message));
    expect(outcome.json.locate(['actors', 1, 'name'])).toEqual({ line: 4, column: 25 });
    expect(outcome.json.locate(['actors', 1, 'name'], { key: true })).toEqual({ line: 4, column: 17 });
    // A missing value falls back to its nearest existing ancestor.
    expect(outcome.json.locate(['actors', 0, 'name'])).toEqual({ line: 3, column: 5 });
  });

  it('reports syntax errors with line and column', () => {
    expect(refusal(parseJsonSource('{\n  "a": 1,\n  "b": [1, 2,]\n}'))).toMatchObject({
      ok: false,
      position: { line: 3, column: 14 },
      message: 'not valid JSON: expected a value',
    });
    expect(parseJsonSource('')).toMatchObject({ ok: false, position: { line: 1, column: 1 } });
    expect(refusal(parseJsonSource('{"a": 1} // note'))).toMatchObject({
      ok: false,
      message: 'not valid JSON: comments are not allowed in JSON',
    });
  });

  it('finds duplicate keys, which JSON.parse would silently drop', () => {
    const outcome = parseJsonSource('{"a": {"x": 1, "y": 2, "x": 3}, "b": [{"x": 1}, {"x": 2}]}');
    if (!outcome.ok) throw new Error(textOf(outcome.message));
    expect(outcome.json.duplicateKeys).toEqual([{ path: ['a'], key: 'x', position: { line: 1, column: 24 } }]);
  });

  it('refuses runaway nesting before it can exhaust the stack', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(refusal(parseJsonSource(deep))).toMatchObject({
      ok: false,
      message: `JSON nested more than ${MAX_NESTING} levels deep`,
      position: { line: 1, column: MAX_NESTING + 1 },
    });
  });

  it('ignores a byte-order mark', () => {
    const outcome = parseJsonSource('\ufeff{"a": 1}');
    expect(outcome.ok && outcome.json.value).toEqual({ a: 1 });
    expect(outcome.ok && outcome.json.hadByteOrderMark).toBe(true);
  });

  it('keeps prototype-like keys as ordinary data', () => {
    const outcome = parseJsonSource('{"__proto__": {"polluted": true}, "constructor": 1}');
    if (!outcome.ok) throw new Error(textOf(outcome.message));
    expect(Object.keys(outcome.json.value as object)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns', () => {
    const index = new LineIndex('ab\ncd\n\nef');
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(4)).toEqual({ line: 2, column: 2 });
    expect(index.position(6)).toEqual({ line: 3, column: 1 });
    expect(index.position(8)).toEqual({ line: 4, column: 2 });
  });
});
