// Web Worker entry: validates one opened dataset off the page's thread, so a gigantic or hostile file cannot freeze the tab.
import './zodWithoutEval';
import { validateRequest, type ValidationRequest } from './validateRequest';
import type { WorkerReply } from './workerProtocol';

// The project's lib is DOM, not WebWorker: describe the little of the worker scope used here.
const scope = globalThis as unknown as {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ValidationRequest>) => void): void;
};

scope.addEventListener('message', (event) => {
  const request = event.data;
  validateRequest(request).then(
    (result) => scope.postMessage({ kind: 'result', result }),
    (error: unknown) =>
      scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
scope.postMessage({ kind: 'ready' });
