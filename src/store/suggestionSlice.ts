// Store slice: the suggested relations the curator rejected, per document, so they do not come back (autosaved with the edits).
import type { SliceCreator } from './types';

/** Keys of rejected suggestions (the engine's `Suggestion.key`), by document id. */
export type RejectedSuggestions = Readonly<Record<string, readonly string[]>>;

export interface SuggestionSlice {
  rejectedSuggestions: RejectedSuggestions;
  rejectSuggestion(documentId: string, key: string): void;
  /** Takes a rejection back: the suggestion is offered again. */
  unrejectSuggestion(documentId: string, key: string): void;
  /** Puts back the rejections autosaved for the dataset on screen (or none, for a dataset just opened). */
  rejectionsRestored(rejected: RejectedSuggestions): void;
}

export const createSuggestionSlice: SliceCreator<SuggestionSlice> = (set) => ({
  rejectedSuggestions: {},
  rejectSuggestion: (documentId, key) =>
    set((state) => {
      const keys = state.rejectedSuggestions[documentId] ?? [];
      if (keys.includes(key)) return {};
      return { rejectedSuggestions: { ...state.rejectedSuggestions, [documentId]: [...keys, key] } };
    }),
  unrejectSuggestion: (documentId, key) =>
    set((state) => {
      const keys = state.rejectedSuggestions[documentId];
      if (!keys?.includes(key)) return {};
      const rest = { ...state.rejectedSuggestions };
      const left = keys.filter((kept) => kept !== key);
      if (left.length === 0) delete rest[documentId];
      else rest[documentId] = left;
      return { rejectedSuggestions: rest };
    }),
  rejectionsRestored: (rejectedSuggestions) => set({ rejectedSuggestions }),
});
