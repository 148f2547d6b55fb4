// Small statistics for benchmark samples: median and percentiles (nearest rank), ignoring missing values.

export function percentile(values: readonly number[], fraction: number): number | null {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? null;
}

/** The middle value (lower middle for an even count, so it is always a measured value). */
export function median(values: readonly (number | null)[]): number | null {
  const present = values
    .filter((value): value is number => value !== null && Number.isFinite(value))
    .sort((a, b) => a - b);
  if (present.length === 0) return null;
  return present[Math.floor((present.length - 1) / 2)] ?? null;
}

export function ratio(explorer: number | null, bare: number | null): number | null {
  if (explorer === null || bare === null || bare <= 0) return null;
  return explorer / bare;
}
