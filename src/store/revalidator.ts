// The validator for edits, loaded when a dataset opens rather than with the page: zod, the JSON parser and the checks
// stay out of the first load (docs/performance.md). Opening a dataset validates in a worker and never needs it here.
import type { Dataset } from '../domain/model';
import type { ValidationResult } from '../domain/validate';
import type { RevalidationContext } from '../curation/revalidationContext';

type Revalidate = (dataset: Dataset, context: RevalidationContext) => ValidationResult;

let revalidate: Revalidate | null = null;
let loading: Promise<Revalidate> | null = null;

/** Loads the validator once; a load that failed (the network) is tried again by the next call. */
export function loadRevalidator(): Promise<Revalidate> {
  loading ??= import('../io/zodWithoutEval')
    // zod is configured first: the schema is built when the validator's modules run.
    .then(() => import('../curation/revalidate'))
    .then((module) => (revalidate = module.revalidate))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** The validator when it has loaded; until then (moments after a dataset opens) an edit cannot be checked, nor made. */
export const loadedRevalidator = (): Revalidate | null => revalidate;
