// Pure filter state transitions, (args) => (filters) => filters, tested without React or the store.
import { DEFAULT_HIDDEN_STATUSES } from '../domain/claims';
import type { FilterList, Filters } from '../domain/query';
import { DEFAULT_FILTERS } from '../domain/query';

const sortedUnique = (values: Iterable<string>) => [...new Set(values)].sort();

/** Show a hidden value or hide a shown one. */
export const toggleHidden =
  (list: FilterList, value: string) =>
  (filters: Filters): Filters => {
    const hidden: readonly string[] = filters[list];
    return {
      ...filters,
      [list]: hidden.includes(value) ? hidden.filter((v) => v !== value) : sortedUnique([...hidden, value]),
    };
  };

/** Show all (no value hidden) or none (every given value hidden). */
export const setAllShown =
  (list: FilterList, all: readonly string[], shown: boolean) =>
  (filters: Filters): Filters => ({
    ...filters,
    [list]: shown ? [] : sortedUnique(all),
  });

/** Show or hide these values (the rows a narrowed list shows), leaving the list's other values as they are. */
export const setShownAmong =
  (list: FilterList, values: readonly string[], shown: boolean) =>
  (filters: Filters): Filters => {
    const hidden: readonly string[] = filters[list];
    const chosen = new Set(values);
    return {
      ...filters,
      [list]: shown ? hidden.filter((value) => !chosen.has(value)) : sortedUnique([...hidden, ...values]),
    };
  };

/** Show only this value: hide every other one. */
export const showOnly =
  (list: FilterList, all: readonly string[], value: string) =>
  (filters: Filters): Filters => ({
    ...filters,
    [list]: sortedUnique(all.filter((v) => v !== value)),
  });

export const setDateRange =
  (dateFrom: string | null, dateTo: string | null) =>
  (filters: Filters): Filters => ({
    ...filters,
    dateFrom,
    dateTo,
  });

export const setFlag =
  (flag: 'hideUndated' | 'hideIsolated', on: boolean) =>
  (filters: Filters): Filters => ({ ...filters, [flag]: on });

/** "As reported by" a partial date, or null for every document. */
export const setAsOf =
  (asOf: string | null) =>
  (filters: Filters): Filters => ({ ...filters, asOf });

/** Add a speaker to the speaker filter, or take it away. */
export const toggleSpeaker =
  (speaker: string) =>
  (filters: Filters): Filters => ({
    ...filters,
    speakers: filters.speakers.includes(speaker)
      ? filters.speakers.filter((value) => value !== speaker)
      : sortedUnique([...filters.speakers, speaker]),
  });

export const setSpeakers =
  (speakers: readonly string[]) =>
  (filters: Filters): Filters => ({ ...filters, speakers: sortedUnique(speakers) });

/** At least this many documents; anything below 1 or not whole means every relation. */
export const setMinSources =
  (minSources: number) =>
  (filters: Filters): Filters => ({
    ...filters,
    minSources: Number.isInteger(minSources) && minSources > 1 ? minSources : 1,
  });

export const resetFilters = () => (): Filters => DEFAULT_FILTERS;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/** True when the claim statuses hidden are not the default ones (denied relations hidden, nothing else). */
const statusesChanged = (filters: Filters) =>
  !sameList([...filters.hiddenStatuses].sort(), [...DEFAULT_HIDDEN_STATUSES].sort());

/** True when the filters differ from the defaults: a filter hides something, or shows what is hidden by default. */
export function filtersActive(filters: Filters): boolean {
  return (
    statusesChanged(filters) ||
    filters.hiddenTypes.length > 0 ||
    filters.hiddenKinds.length > 0 ||
    filters.hiddenDocuments.length > 0 ||
    filters.dateFrom !== null ||
    filters.dateTo !== null ||
    filters.hideUndated ||
    filters.hideIsolated ||
    filters.asOf !== null ||
    filters.speakers.length > 0 ||
    filters.minSources > 1
  );
}
