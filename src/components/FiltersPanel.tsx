// The filters: relation types, actor kinds, documents, dates, and hiding actors left without a relation.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { filtersActive } from '../store/filterTransitions';
import { documentTotals, selectFilterCounts, selectVisibleCounts, usedActorKinds, usedRelationTypes } from '../store/selectors';
import { useExplorer } from '../store/StoreProvider';
import { ACTOR_KIND_STYLES } from '../graph/palette';
import { DateRangeFilter } from './DateRangeFilter';
import { FilterChecklist } from './FilterChecklist';

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
  // The values each list offers ("all", "none" and "only" act on them): fixed per dataset, so row callbacks stay stable.
  const ids = useMemo(
    () =>
      checked === null
        ? null
        : {
            types: usedRelationTypes(checked).map(({ type }) => type.id),
            kinds: Object.keys(ACTOR_KIND_STYLES).filter((kind) => usedActorKinds(checked).has(kind)),
            documents: checked.dataset.documents.map((document) => document.id),
          },
    [checked],
  );
  if (checked === null || ids === null) return null;

  const types = usedRelationTypes(checked).map(({ type, total }) => ({ id: type.id, label: type.label, count: typeCounts.get(type.id) ?? 0, total }));
  const kindTotals = usedActorKinds(checked);
  const kinds = Object.entries(ACTOR_KIND_STYLES)
    .filter(([kind]) => kindTotals.has(kind))
    .map(([kind, style]) => ({ id: kind, label: style.label, count: counts.kinds.get(kind) ?? 0, total: kindTotals.get(kind) ?? 0 }));
  const citations = documentTotals(checked);
  const documents = checked.dataset.documents.map((document) => ({
    id: document.id,
    label: `${document.title} (${document.outlet})`,
    count: counts.documents.get(document.id) ?? 0,
    total: citations.get(document.id) ?? 0,
  }));

  return (
    <section className="panel filters-panel" aria-label="Filters">
      <h2>Filters</h2>
      <FilterChecklist
        title="Relation types"
        noun="relation types"
        items={types}
        hidden={filters.hiddenTypes}
        list="hiddenTypes"
        ids={ids.types}
      />
      <FilterChecklist
        title="Actor kinds"
        noun="actor kinds"
        items={kinds}
        hidden={filters.hiddenKinds}
        list="hiddenKinds"
        ids={ids.kinds}
      />
      <FilterChecklist
        title="Documents cited"
        noun="documents"
        items={documents}
        hidden={filters.hiddenDocuments}
        list="hiddenDocuments"
        ids={ids.documents}
      />
      <DateRangeFilter />
      <fieldset className="filter-group">
        <legend>Actors</legend>
        <label>
          <input type="checkbox" checked={filters.hideIsolated} onChange={(event) => actions.setHideIsolated(event.target.checked)} />
          Hide actors without a visible relation
        </label>
      </fieldset>
      <button type="button" onClick={actions.resetFilters} disabled={!filtersActive(filters)}>
        Reset filters
      </button>
    </section>
  );
}
