// Store slice: the parts of a link that could not be used (an unknown actor, an impossible date), said in one line.
import type { SliceCreator } from './types';

/** Why a part of a link was left out; the words for each come from the catalogue (explorer.link.*). */
export type IgnoredReason = 'date' | 'whole-number' | 'pair' | 'same-actor' | 'unknown-actor' | 'unknown-relation';

export interface IgnoredPart {
  /** The query parameter, e.g. "asof". */
  key: string;
  value: string;
  reason: IgnoredReason;
}

export interface LinkNoticeSlice {
  /** What the last link opened had to leave out; empty when it was all used. */
  ignoredLinkParts: readonly IgnoredPart[];
  linkPartsIgnored(parts: readonly IgnoredPart[]): void;
  dismissLinkNotice(): void;
}

export const createLinkNoticeSlice: SliceCreator<LinkNoticeSlice> = (set) => ({
  ignoredLinkParts: [],
  linkPartsIgnored: (parts) =>
    set((state) => (parts.length === 0 ? state : { ignoredLinkParts: [...state.ignoredLinkParts, ...parts] })),
  dismissLinkNotice: () => set((state) => (state.ignoredLinkParts.length === 0 ? state : { ignoredLinkParts: [] })),
});
