// One line saying how much of the dataset is shown, announced politely when filters change it.
import { selectVisibility } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';

export function VisibleSummary() {
  const checked = useExplorer((state) => state.checked);
  const visibility = useExplorer(selectVisibility);
  if (checked === null || visibility === null) return null;
  return (
    <p className="visible-summary" aria-live="polite">
      Showing {visibility.actorIds.size} of {checked.dataset.actors.length} actors and {visibility.relationIds.size} of{' '}
      {checked.dataset.relations.length} relations
    </p>
  );
}
