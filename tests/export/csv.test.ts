// CSV cells: RFC 4180 quoting that a strict reader parses back, and spreadsheet formulas defused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../src/export/csv';
import { parseCsv } from './parseCsv';

const defused = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

describe('csvCell', () => {
  it('leaves plain text alone and quotes commas, quotes and line breaks', () => {
    expect(csvCell('Iran')).toBe('Iran');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(-3)).toBe('-3');
  });

  it('prefixes cells a spreadsheet would run as a formula with a single quote', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('csvText', () => {
  it('ends every record with CRLF, header first', () => {
    expect(csvText(['a', 'b'], [['1', '2']])).toBe('a,b\r\n1,2\r\n');
  });

  it('parses back, by a strict RFC 4180 reader, to the cells (formula cells defused)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 3, maxLength: 3 }), { maxLength: 8 }),
        (rows) => {
          const parsed = parseCsv(csvText(['x', 'y', 'z'], rows));
          expect(parsed).toEqual([['x', 'y', 'z'], ...rows.map((row) => row.map(defused))]);
        },
      ),
    );
  });
});
