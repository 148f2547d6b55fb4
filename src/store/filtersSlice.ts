// Store slice: the filters, set one at a time (each kept as its row in filters/filterTable.ts says), or all reset.
import type { Filters } from '../domain/query';
import { DEFAULT_FILTERS, withFilter } from '../filters/filterTable';
import type { SliceCreator } from './types';

/** A filter's new value, or how to make it from the current one (as React's setState takes). */
export type FilterUpdate<K extends keyof Filters> = Filters[K] | ((current: Filters[K]) => Filters[K]);

export interface FiltersSlice {
  filters: Filters;
  setFilter<K extends keyof Filters>(key: K, value: FilterUpdate<K>): void;
  resetFilters(): void;
}

export const createFiltersSlice: SliceCreator<FiltersSlice> = (set) => ({
  filters: DEFAULT_FILTERS,
  setFilter: (key, value) =>
    set((state) => ({
      filters: withFilter(
        state.filters,
        key,
        // No filter's value is a function, so a function is always an update.
        typeof value === 'function' ? value(state.filters[key]) : value,
      ),
    })),
  resetFilters: () => set({ filters: DEFAULT_FILTERS }),
});
