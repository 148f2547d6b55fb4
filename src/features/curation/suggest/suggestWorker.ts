// Web Worker entry: the suggestion engine, with its NLP model and cue lexicon, off the page's thread; one answer per request.
import { suggestRelations } from '../../../suggestions/engine';
import type { SuggestReply, SuggestRequest } from './suggestProtocol';

// The project's lib is DOM, not WebWorker: describe the little of the worker scope used here.
const scope = globalThis as unknown as {
  postMessage(message: SuggestReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SuggestRequest>) => void): void;
};

scope.addEventListener('message', (event) => {
  const { id, input } = event.data;
  try {
    scope.postMessage({ kind: 'result', id, result: suggestRelations(input) });
  } catch (error) {
    scope.postMessage({ kind: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
});
