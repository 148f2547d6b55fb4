// Asks the suggestion engine for an article's mentions and suggested relations, in a Web Worker so the page never waits on it.
import type { SuggestInput, SuggestResult } from '../../../suggestions/types';
import type { SuggestReply, SuggestRequest } from './suggestProtocol';

/** The engine as the reader sees it: asked again whenever the document or the dataset changes. */
export interface Suggester {
  suggest(input: SuggestInput): Promise<SuggestResult>;
}

/**
 * Why no suggestions came: the worker could not start or load the engine, or the engine failed on this text. The
 * message is for developers (a code, or the engine's error); the reader is told in the catalogue's words by `reason`.
 */
export class SuggesterFailure extends Error {
  constructor(
    readonly reason: 'unavailable' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

/** An engine that holds something to let go of (its worker): `stop` ends it, refusing the questions still waiting. */
export interface StoppableSuggester extends Suggester {
  stop(): void;
}

/**
 * The engine, with its NLP model and lexicon, loads in the worker when it is created (see suggesterHost.ts): none of it
 * is in the page's own JavaScript. Requests are answered in order; the caller drops answers it no longer wants.
 */
export function createWorkerSuggester(): StoppableSuggester {
  if (typeof Worker === 'undefined') return unavailableSuggester('no-worker');
  const worker = new Worker(new URL('./suggestWorker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve(result: SuggestResult): void; reject(error: Error): void }>();
  let nextId = 1;
  let broken: SuggesterFailure | null = null;
  // A worker that failed to start or load the engine stays failed: every question is refused, none waits forever.
  const failAll = (failure: SuggesterFailure) => {
    broken = failure;
    for (const waiting of pending.values()) waiting.reject(failure);
    pending.clear();
    worker.terminate();
  };
  worker.addEventListener('message', (event: MessageEvent<SuggestReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.kind === 'result') waiting?.resolve(reply.result);
    else waiting?.reject(new SuggesterFailure('failed', reply.message));
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    failAll(new SuggesterFailure('unavailable', event.message || 'worker-error'));
  });
  return {
    suggest(input) {
      if (broken) return Promise.reject(broken);
      const request: SuggestRequest = { id: nextId++, input };
      return new Promise<SuggestResult>((resolve, reject) => {
        pending.set(request.id, { resolve, reject });
        worker.postMessage(request);
      });
    },
    stop() {
      if (!broken) failAll(new SuggesterFailure('unavailable', 'stopped'));
    },
  };
}

function unavailableSuggester(message: string): StoppableSuggester {
  return {
    suggest: () => Promise.reject(new SuggesterFailure('unavailable', message)),
    stop() {},
  };
}
