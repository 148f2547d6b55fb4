// Runs validation in a Web Worker when the browser has one, in the page otherwise (tests, or a worker that cannot load).
import type { ValidationResult } from '../domain/validate';
import { readerFormatter } from '../i18n/readerFormatter';
import { fileProblem, problemFromError } from './refusal';
import type { ValidationRequest } from './validateRequest';
import type { WorkerReply } from './workerProtocol';

export type Validate = (request: ValidationRequest, signal?: AbortSignal) => Promise<ValidationResult>;

/**
 * Validation on the page's thread (a browser without workers, tests): the validator loads then, so it stays out of the
 * page's first load. zod is configured before the schema is built.
 */
export const validateInPage: Validate = async (request) => {
  await import('./zodWithoutEval');
  const { validateRequest } = await import('./validateRequest');
  return validateRequest(request);
};

export const validateOffThread: Validate = (request, signal) => {
  if (typeof Worker === 'undefined') return validateInPage(request);
  return new Promise<ValidationResult>((resolve, reject) => {
    const worker = new Worker(new URL('./validationWorker.ts', import.meta.url), { type: 'module' });
    let started = false;
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      // The refusal says it in the reader's words (io/refusal.ts); the exception's own message is never shown.
      reject(new DOMException('', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort);
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      if (event.data.kind === 'ready') {
        started = true;
        worker.postMessage(request);
        return;
      }
      finish();
      if (event.data.kind === 'failed')
        resolve({ ok: false, problems: [problemFromError(request.file, new Error(event.data.message))] });
      else resolve(event.data.result);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      // A worker that never started (blocked or unsupported) is no reason to refuse the file: check it here instead.
      if (!started) validateInPage(request).then(resolve, reject);
      else
        resolve({
          ok: false,
          problems: [fileProblem(request.file, readerFormatter().t('import.refusal.validatorStopped'))],
        });
    });
  });
};
