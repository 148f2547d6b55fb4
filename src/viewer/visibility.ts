// Pure: what the shared view shows: the actors the exported view drew, and the relations between them that pass the
// reader's type and status filters (the explorer's own applyFilters, with the view's "as reported by" date).
import type { CheckedDataset } from '../domain/model';
import { applyFilters, type Visibility } from '../domain/query';
import { DEFAULT_FILTERS } from '../filters/filterTable';
import type { ViewState } from './viewState';

export function viewVisibility(
  checked: CheckedDataset,
  shownActors: ReadonlySet<string>,
  asOf: string | null,
  state: Pick<ViewState, 'hiddenTypes' | 'hiddenStatuses'>,
): Visibility {
  const passing = applyFilters(checked, {
    ...DEFAULT_FILTERS,
    hiddenTypes: [...state.hiddenTypes].sort(),
    hiddenStatuses: [...state.hiddenStatuses].sort(),
    asOf,
  });
  const relationIndices = passing.relationIndices.filter((index) => {
    const relation = checked.dataset.relations[index];
    return relation !== undefined && shownActors.has(relation.source) && shownActors.has(relation.target);
  });
  return {
    actorIds: shownActors,
    relationIds: new Set(relationIndices.map((index) => checked.dataset.relations[index]!.id)),
    relationIndices,
  };
}
