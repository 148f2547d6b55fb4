// Which suggestion engine the reader asks: the one Web Worker of the page, started when a reader first opens and kept
// for the session (its model loads once); tests provide their own.
import { createContext, useContext } from 'react';
import { createWorkerSuggester, type Suggester } from './suggester';

let shared: Suggester | null = null;

/** The page's worker, started on first use. */
function sharedWorkerSuggester(): Suggester {
  shared ??= createWorkerSuggester();
  return shared;
}

export const SuggesterContext = createContext<() => Suggester>(sharedWorkerSuggester);

export const useSuggester = (): (() => Suggester) => useContext(SuggesterContext);
