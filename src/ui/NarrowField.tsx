// A "find in this list" field for the long filter lists (documents, speakers): narrows the rows shown, never the filter.
import { useState, type ReactNode } from 'react';
import { foldForSearch } from '../domain/query';
import { useI18n } from '../i18n/I18nProvider';

/** From this many rows a list gets the field: below it, the whole list is read at a glance. */
export const NARROW_FROM = 12;

/** The rows whose label holds the typed text, folded as the actor search folds it ("Ḥamās" finds "hamas"). */
export function narrowed<T>(items: readonly T[], query: string, labelOf: (item: T) => string): readonly T[] {
  const folded = foldForSearch(query);
  if (folded === '') return items;
  return items.filter((item) => foldForSearch(labelOf(item)).includes(folded));
}

/** The list's typed text, and the field that edits it (absent on a short list, whose text then stays empty). */
export function useNarrowField(listName: string, rows: number): { query: string; field: ReactNode } {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  if (rows < NARROW_FROM) return { query: '', field: null };
  return {
    query,
    field: (
      <input
        type="search"
        className="filter-group__narrow"
        aria-label={t('filters.narrow.label', { list: listName })}
        placeholder={t('filters.narrow.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
    ),
  };
}
