// The shared view's state: what is selected and what the reader filtered away, and who is told when it changes.
import type { ClaimStatus } from '../domain/claims';
import type { Selection } from '../domain/selection';

export interface ViewState {
  selection: Selection;
  hiddenTypes: ReadonlySet<string>;
  hiddenStatuses: ReadonlySet<ClaimStatus>;
}

export interface ViewStore {
  get(): ViewState;
  set(change: Partial<ViewState>): void;
  subscribe(listener: (state: ViewState, before: ViewState) => void): void;
}

export function createViewStore(initial: ViewState): ViewStore {
  let state = initial;
  const listeners: ((state: ViewState, before: ViewState) => void)[] = [];
  return {
    get: () => state,
    set(change) {
      const before = state;
      state = { ...state, ...change };
      for (const listener of listeners) listener(state, before);
    },
    subscribe: (listener) => void listeners.push(listener),
  };
}

/** A set with `value` added or taken away. */
export function toggledInSet<T>(set: ReadonlySet<T>, value: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}
