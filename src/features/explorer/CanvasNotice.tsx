// Says what happened when the canvas would otherwise be blank: no relations, or filters/focus hiding everything.
import { filtersActive } from '../../store/filterTransitions';
import { selectVisibility } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';

export function CanvasNotice() {
  const checked = useExplorer((state) => state.checked);
  const visibility = useExplorer(selectVisibility);
  const filters = useExplorer((state) => state.filters);
  const focusHops = useExplorer((state) => state.focusHops);
  const resetFilters = useExplorer((state) => state.resetFilters);
  const setFocusHops = useExplorer((state) => state.setFocusHops);
  if (checked === null || visibility === null) return null;

  let message: string | null = null;
  if (checked.dataset.actors.length === 0) message = 'This dataset has no actors yet, so there is nothing to draw.';
  else if (checked.dataset.relations.length === 0)
    message = 'This dataset has no relations yet: only its actors are shown.';
  else if (visibility.relationIds.size === 0) {
    message =
      focusHops > 0 && !filtersActive(filters)
        ? 'The focused actor has no visible relation.'
        : visibility.actorIds.size === 0
          ? 'The current filters hide every actor and relation.'
          : 'The current filters hide every relation.';
  }
  if (message === null) return null;
  return (
    <div className="canvas-notice" role="status">
      <p>{message}</p>
      {filtersActive(filters) && (
        <button type="button" onClick={resetFilters}>
          Reset filters
        </button>
      )}
      {focusHops > 0 && (
        <button type="button" onClick={() => setFocusHops(0)}>
          Show the whole graph
        </button>
      )}
    </div>
  );
}
