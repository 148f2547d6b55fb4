// A short label for the actor or relation under the pointer.
import { relationById } from '../../domain/model';
import { useExplorer } from '../../store/StoreProvider';
import { kindLabel, relationSentence } from '../../ui/labels';

export function GraphTooltip() {
  const checked = useExplorer((state) => state.checked);
  const hover = useExplorer((state) => state.hover);
  if (checked === null || hover === null) return null;
  let text: string | null = null;
  if (hover.kind === 'actor') {
    const actor = checked.actorsById.get(hover.id);
    if (actor) text = `${actor.name} (${kindLabel(actor.kind)})`;
  } else {
    const relation = relationById(checked, hover.id);
    if (relation) text = `${relationSentence(checked, relation)}${relation.date ? `, ${relation.date}` : ''}`;
  }
  if (text === null) return null;
  return (
    <div className="graph-tooltip" role="tooltip" style={{ left: hover.x, top: hover.y }}>
      {text}
    </div>
  );
}
