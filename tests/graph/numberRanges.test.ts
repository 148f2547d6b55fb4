// A bundle's numbers as runs: consecutive numbers become one range, pairs and lone numbers stay as they are.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberRuns, SHORTEST_RANGE } from '../../src/graph/numberRanges';

const spelt = (runs: { from: number; to: number }[]) =>
  runs.map(({ from, to }) => (from === to ? `${from}` : `${from}–${to}`)).join(', ');

describe('numberRuns', () => {
  it('turns runs of three or more into ranges, in ascending order, each number once', () => {
    expect(spelt(numberRuns([9, 4, 3, 5]))).toBe('3–5, 9');
    expect(spelt(numberRuns([11, 12]))).toBe('11, 12');
    expect(spelt(numberRuns([1, 2, 3, 4, 7, 8, 10, 11, 12, 12]))).toBe('1–4, 7, 8, 10–12');
    expect(numberRuns([])).toEqual([]);
    expect(numberRuns([6])).toEqual([{ from: 6, to: 6 }]);
  });

  it('stands for exactly the numbers given, in runs that neither touch nor repeat', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 40 }), (numbers) => {
        const runs = numberRuns(numbers);
        const spelled = runs.flatMap(({ from, to }) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
        expect(spelled).toEqual([...new Set(numbers)].sort((a, b) => a - b));
        for (const run of runs) expect(run.from === run.to || run.to - run.from + 1 >= SHORTEST_RANGE).toBe(true);
        runs.slice(1).forEach((run, index) => {
          const before = runs[index]!;
          // Two ranges never meet: 3–5 and 6–8 would be one range.
          if (run.from !== run.to || before.from !== before.to) expect(run.from).toBeGreaterThan(before.to + 1);
        });
      }),
    );
  });
});
