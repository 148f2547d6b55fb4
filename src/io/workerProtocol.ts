// Messages the validation worker sends back: "ready" once its code has loaded, then the validation result, or the
// message of the error that stopped it (the page words the refusal: the catalogue stays out of the worker).
import type { ValidationResult } from '../domain/validate';

export type WorkerReply =
  { kind: 'ready' } | { kind: 'result'; result: ValidationResult } | { kind: 'failed'; message: string };
