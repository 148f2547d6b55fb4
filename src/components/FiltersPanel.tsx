// The filters: relation types, actor kinds, documents, dates, and hiding actors left without a relation.
import { useShallow } from 'zustand/react/shallow';
import { filtersActive } from '../store/filterTransitions';
import { selectFilterCounts, selectVisibleCounts, usedActorKinds, usedRelationTypes } from '../store/selectors';
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
      toggleHidden: state.toggleHidden,
      setAllShown: state.setAllShown,
      showOnly: state.showOnly,
      setHideIsolated: state.setHideIsolated,
      resetFilters: state.resetFilters,
    })),
  );
  if (checked === null) return null;

  const types = usedRelationTypes(checked).map(({ type, total }) => ({ id: type.id, label: type.label, count: typeCounts.get(type.id) ?? 0, total }));
  const kindTotals = usedActorKinds(checked);
  const kinds = Object.entries(ACTOR_KIND_STYLES)
    .filter(([kind]) => kindTotals.has(kind))
    .map(([kind, style]) => ({ id: kind, label: style.label, count: counts.kinds.get(kind) ?? 0, total: kindTotals.get(kind) ?? 0 }));
  const documentTotals = new Map<string, number>();
  for (const relation of checked.dataset.relations) {
    for (const documentId of new Set(relation.evidence.map((evidence) => evidence.document))) documentTotals.set(documentId, (documentTotals.get(documentId) ?? 0) + 1);
  }
  const documents = checked.dataset.documents.map((document) => ({
    id: document.id,
    label: `${document.title} (${document.outlet})`,
    count: counts.documents.get(document.id) ?? 0,
    total: documentTotals.get(document.id) ?? 0,
  }));
  const ids = (items: { id: string }[]) => items.map((item) => item.id);

  return (
    <section className="panel filters-panel" aria-label="Filters">
      <h2>Filters</h2>
      <FilterChecklist
        title="Relation types"
        noun="relation types"
        items={types}
        hidden={filters.hiddenTypes}
        onToggle={(id) => actions.toggleHidden('hiddenTypes', id)}
        onAll={(shown) => actions.setAllShown('hiddenTypes', ids(types), shown)}
        onOnly={(id) => actions.showOnly('hiddenTypes', ids(types), id)}
      />
      <FilterChecklist
        title="Actor kinds"
        noun="actor kinds"
        items={kinds}
        hidden={filters.hiddenKinds}
        onToggle={(id) => actions.toggleHidden('hiddenKinds', id)}
        onAll={(shown) => actions.setAllShown('hiddenKinds', ids(kinds), shown)}
        onOnly={(id) => actions.showOnly('hiddenKinds', ids(kinds), id)}
      />
      <FilterChecklist
        title="Documents cited"
        noun="documents"
        items={documents}
        hidden={filters.hiddenDocuments}
        onToggle={(id) => actions.toggleHidden('hiddenDocuments', id)}
        onAll={(shown) => actions.setAllShown('hiddenDocuments', ids(documents), shown)}
        onOnly={(id) => actions.showOnly('hiddenDocuments', ids(documents), id)}
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
