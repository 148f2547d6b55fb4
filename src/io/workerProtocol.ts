// Messages the validation worker sends back: "ready" once its code has loaded, then the validation result.
import type { ValidationResult } from '../domain/validate';

export type WorkerReply = { kind: 'ready' } | { kind: 'result'; result: ValidationResult };
