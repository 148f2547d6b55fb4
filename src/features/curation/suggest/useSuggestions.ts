// The engine's answer for the document in the reader: asked again when the document or the dataset changes; an answer
// to an older question is dropped, and only the newest question waits while the engine is busy.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CheckedDataset, Dataset } from '../../../domain/model';
import type { SuggestInput, SuggestResult } from '../../../suggestions/types';
import { SuggesterFailure } from './suggester';
import { useSuggesterHost } from './SuggesterContext';
import type { SuggesterLease } from './suggesterHost';

export type SuggestionsState =
  | { status: 'loading' }
  /** `updating`: the result is for this text but an older dataset; it is shown, not acted on, until the new one comes. */
  | { status: 'ready' | 'updating'; result: SuggestResult }
  | { status: 'failed'; reason: SuggesterFailure['reason'] };

type Answer = { input: SuggestInput } & ({ result: SuggestResult } | { failure: SuggesterFailure['reason'] });

/**
 * What the engine reads of the dataset (actors without their place on the graph, relations, custom types), the same
 * object while none of it changes: moving actors on the graph, or editing a source's metadata, asks the engine nothing.
 */
function useSteadyRead({ actors, relations, relationTypes }: Dataset) {
  const read = useMemo(() => {
    const dataset: SuggestInput['dataset'] = {
      actors: actors.map(({ position: _position, ...actor }) => actor),
      relations,
      ...(relationTypes && { relationTypes }),
    };
    return { dataset, key: JSON.stringify(dataset) };
  }, [actors, relations, relationTypes]);
  const [steady, setSteady] = useState(read);
  const same = steady === read || steady.key === read.key;
  // Derived while rendering, as React advises for state that follows a prop.
  if (!same) setSteady(read);
  return same ? steady : read;
}

export function useSuggestions(
  checked: CheckedDataset,
  documentId: string | null,
  text: string | undefined,
): SuggestionsState {
  const host = useSuggesterHost();
  const read = useSteadyRead(checked.dataset);
  const language = documentId === null ? undefined : checked.documentsById.get(documentId)?.language;
  const input = useMemo<SuggestInput | null>(
    () =>
      text === undefined || documentId === null
        ? null
        : { dataset: read.dataset, text, documentId, ...(language !== undefined && { language }) },
    [read, text, documentId, language],
  );
  const [answer, setAnswer] = useState<Answer | null>(null);
  const latest = useRef<SuggestInput | null>(null);
  const busy = useRef(false);
  // The reader's hold on the engine while it is open: the last reader closed lets the engine's worker stop.
  const lease = useRef<SuggesterLease | null>(null);
  useEffect(() => {
    const held = host.acquire();
    lease.current = held;
    return () => {
      lease.current = null;
      held.release();
    };
  }, [host]);

  useEffect(() => {
    latest.current = input;
    const ask = () => {
      const question = latest.current;
      if (busy.current || question === null) return;
      busy.current = true;
      // Started from a promise, so an engine that throws at once fails like one that fails later; asked through the
      // hold of the moment (an effect run again holds the engine anew).
      Promise.resolve()
        .then(() => {
          if (lease.current === null) throw new SuggesterFailure('unavailable', 'released');
          return lease.current.suggester.suggest(question);
        })
        .then(
          (result) => latest.current === question && setAnswer({ input: question, result }),
          (error: unknown) =>
            latest.current === question &&
            setAnswer({
              input: question,
              failure: error instanceof SuggesterFailure ? error.reason : 'failed',
            }),
        )
        .finally(() => {
          busy.current = false;
          // Questions asked meanwhile: only the newest is worth the engine's time.
          if (latest.current !== question) ask();
        });
    };
    ask();
    return () => {
      latest.current = null;
    };
  }, [input]);

  if (answer === null || input === null) return { status: 'loading' };
  const sameText = answer.input.documentId === input.documentId && answer.input.text === input.text;
  if (!sameText) return { status: 'loading' };
  if ('failure' in answer)
    return answer.input === input ? { status: 'failed', reason: answer.failure } : { status: 'loading' };
  return { status: answer.input === input ? 'ready' : 'updating', result: answer.result };
}
