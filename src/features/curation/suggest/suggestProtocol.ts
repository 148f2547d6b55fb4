// Messages between the page and the suggestion worker: requests numbered by the page, replies naming the request they answer.
import type { SuggestInput, SuggestResult } from '../../../suggestions/types';

export interface SuggestRequest {
  id: number;
  input: SuggestInput;
}

/** Per request, its result or the message of the error that stopped it (the page words the failure: the catalogue stays out of the worker). */
export type SuggestReply =
  { kind: 'result'; id: number; result: SuggestResult } | { kind: 'failed'; id: number; message: string };
