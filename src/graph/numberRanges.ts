// Pure: a set of relation numbers as runs ("3–5, 9"), so that a bundle carries all its members' numbers in one label.

/** Consecutive numbers from `from` to `to` (equal for a lone number). */
export interface NumberRun {
  from: number;
  to: number;
}

/** Runs shorter than this are listed number by number ("11, 12"): a range saves nothing on two numbers. */
export const SHORTEST_RANGE = 3;

/**
 * The distinct numbers, ascending, grouped into runs of consecutive numbers; a run shorter than SHORTEST_RANGE comes
 * as one run per number.
 */
export function numberRuns(numbers: Iterable<number>): NumberRun[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: NumberRun[] = [];
  for (const number of sorted) {
    const last = runs.at(-1);
    if (last && number === last.to + 1) last.to = number;
    else runs.push({ from: number, to: number });
  }
  return runs.flatMap((run) =>
    run.to - run.from + 1 >= SHORTEST_RANGE
      ? [run]
      : Array.from({ length: run.to - run.from + 1 }, (_, index) => ({ from: run.from + index, to: run.from + index })),
  );
}
