// Which suggestion engine the readers ask: the page's Web Worker, started when a reader first asks and stopped once no
// reader holds it (suggesterHost.ts); tests provide their own.
import { createContext, useContext } from 'react';
import { createWorkerSuggester } from './suggester';
import { createSuggesterHost, type SuggesterHost } from './suggesterHost';

export const SuggesterContext = createContext<SuggesterHost>(createSuggesterHost(createWorkerSuggester));

export const useSuggesterHost = (): SuggesterHost => useContext(SuggesterContext);
