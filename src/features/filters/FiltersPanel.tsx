// The filters: relation types, actor kinds, documents, dates, and hiding actors left without a relation.
import { useShallow } from 'zustand/react/shallow';
import { filtersActive, type FilterList } from '../../store/filterTransitions';
import { filterOptions, selectFilterCounts, selectVisibleCounts } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';
import { DateRangeFilter } from './DateRangeFilter';
import { FilterChecklist } from './FilterChecklist';

const LISTS: readonly { list: FilterList; title: string; noun: string }[] = [
  { list: 'hiddenTypes', title: 'Relation types', noun: 'relation types' },
  { list: 'hiddenKinds', title: 'Actor kinds', noun: 'actor kinds' },
  { list: 'hiddenDocuments', title: 'Documents cited', noun: 'documents' },
];

export function FiltersPanel() {
  const checked = useExplorer((state) => state.checked);
  const filters = useExplorer((state) => state.filters);
  const typeCounts = useExplorer(selectVisibleCounts);
  const counts = useExplorer(useShallow(selectFilterCounts));
  const actions = useExplorer(
    useShallow((state) => ({
      setHideIsolated: state.setHideIsolated,
      resetFilters: state.resetFilters,
    })),
  );
  if (checked === null) return null;

  const { options, ids } = filterOptions(checked);
  const visible: Record<FilterList, ReadonlyMap<string, number>> = {
    hiddenTypes: typeCounts,
    hiddenKinds: counts.kinds,
    hiddenDocuments: counts.documents,
  };
  return (
    <section className="panel filters-panel" aria-label="Filters">
      <h2>Filters</h2>
      {LISTS.map(({ list, title, noun }) => (
        <FilterChecklist
          key={list}
          title={title}
          noun={noun}
          list={list}
          ids={ids[list]}
          items={options[list].map((option) => ({ ...option, count: visible[list].get(option.id) ?? 0 }))}
          hidden={filters[list]}
        />
      ))}
      <DateRangeFilter />
      <fieldset className="filter-group">
        <legend>Actors</legend>
        <label>
          <input
            type="checkbox"
            checked={filters.hideIsolated}
            onChange={(event) => actions.setHideIsolated(event.target.checked)}
          />
          Hide actors without a visible relation
        </label>
      </fieldset>
      <button type="button" onClick={actions.resetFilters} disabled={!filtersActive(filters)}>
        Reset filters
      </button>
    </section>
  );
}
