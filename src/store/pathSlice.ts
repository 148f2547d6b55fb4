// Store slice: the two actors whose connections the paths view shows, and whether it follows directed relations.
import type { SliceCreator } from './types';

/** Two distinct actors, by dataset id. */
export interface PathEnds {
  from: string;
  to: string;
}

export interface PathSlice {
  path: PathEnds | null;
  /** Follow directed relation types only from their source to their target. */
  pathDirected: boolean;
  /** Show the paths between two actors; the same actor twice shows none. */
  setPath(path: PathEnds | null): void;
  setPathDirected(on: boolean): void;
}

export const samePath = (a: PathEnds | null, b: PathEnds | null) =>
  a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);

export const createPathSlice: SliceCreator<PathSlice> = (set) => ({
  path: null,
  pathDirected: false,
  setPath: (path) =>
    set((state) => {
      const next = path !== null && path.from === path.to ? null : path;
      return samePath(state.path, next) ? state : { path: next };
    }),
  setPathDirected: (pathDirected) => set({ pathDirected }),
});
