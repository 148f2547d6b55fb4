// Store slice: the filters and their actions (each a pure transition from filterTransitions.ts).
import type { Filters } from '../domain/query';
import { DEFAULT_FILTERS } from '../domain/query';
import * as transition from './filterTransitions';
import type { FilterList } from '../domain/query';
import type { SliceCreator } from './types';

export interface FiltersSlice {
  filters: Filters;
  toggleHidden(list: FilterList, value: string): void;
  setAllShown(list: FilterList, all: readonly string[], shown: boolean): void;
  /** Show or hide some of a list's values, the others unchanged. */
  setShownAmong(list: FilterList, values: readonly string[], shown: boolean): void;
  showOnly(list: FilterList, all: readonly string[], value: string): void;
  setDateRange(dateFrom: string | null, dateTo: string | null): void;
  setHideUndated(on: boolean): void;
  setHideIsolated(on: boolean): void;
  setAsOf(asOf: string | null): void;
  toggleSpeaker(speaker: string): void;
  setSpeakers(speakers: readonly string[]): void;
  setMinSources(minSources: number): void;
  resetFilters(): void;
}

export const createFiltersSlice: SliceCreator<FiltersSlice> = (set) => {
  const update = (change: (filters: Filters) => Filters) => set((state) => ({ filters: change(state.filters) }));
  return {
    filters: DEFAULT_FILTERS,
    toggleHidden: (list, value) => update(transition.toggleHidden(list, value)),
    setAllShown: (list, all, shown) => update(transition.setAllShown(list, all, shown)),
    setShownAmong: (list, values, shown) => update(transition.setShownAmong(list, values, shown)),
    showOnly: (list, all, value) => update(transition.showOnly(list, all, value)),
    setDateRange: (from, to) => update(transition.setDateRange(from, to)),
    setHideUndated: (on) => update(transition.setFlag('hideUndated', on)),
    setHideIsolated: (on) => update(transition.setFlag('hideIsolated', on)),
    setAsOf: (asOf) => update(transition.setAsOf(asOf)),
    toggleSpeaker: (speaker) => update(transition.toggleSpeaker(speaker)),
    setSpeakers: (speakers) => update(transition.setSpeakers(speakers)),
    setMinSources: (minSources) => update(transition.setMinSources(minSources)),
    resetFilters: () => update(transition.resetFilters()),
  };
};
