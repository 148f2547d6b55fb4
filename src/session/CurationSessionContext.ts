// Hands the curation session (opening, drafts, discard) to the import and curation panels through React context.
import { createContext, useContext } from 'react';
import type { CurationSession } from './curationSession';

export const CurationSessionContext = createContext<CurationSession | null>(null);

export function useCurationSession(): CurationSession {
  const session = useContext(CurationSessionContext);
  if (session === null) throw new Error('useCurationSession needs a <CurationSessionContext.Provider> above it.');
  return session;
}
