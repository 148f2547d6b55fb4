// The one per-dataset memo: a value derived from a checked dataset is computed once and lives as long as the dataset.
import type { CheckedDataset } from './model';

/** Wraps `build` so each checked dataset computes it once (held weakly: a dataset dropped from the history frees it). */
export function perDataset<T>(build: (checked: CheckedDataset) => T): (checked: CheckedDataset) => T {
  const cache = new WeakMap<CheckedDataset, T>();
  return (checked) => {
    let value = cache.get(checked);
    if (value === undefined) {
      value = build(checked);
      cache.set(checked, value);
    }
    return value;
  };
}
