// Pure: which nodes and edges to show on the canvas, from the domain's visibility and the grouping.
import type { CheckedDataset } from '../domain/model';
import type { Visibility } from '../domain/query';
import { edgeIdOf } from './elements';

export interface CanvasVisibility {
  /** Node ids to show. */
  nodes: ReadonlySet<string>;
  /** Groups shown only as containers of visible members (they are themselves filtered away). */
  contextOnly: ReadonlySet<string>;
  /** Edge ids to show. */
  edges: ReadonlySet<string>;
}

/**
 * A compound parent cannot be hidden while a child shows (display:none hides the whole group), so a filtered-away
 * group that still holds a visible member is shown faded, as context, rather than hiding its members.
 */
export function canvasVisibility(
  checked: CheckedDataset,
  visible: Visibility,
  parents: ReadonlyMap<string, string>,
): CanvasVisibility {
  const nodes = new Set(visible.actorIds);
  const contextOnly = new Set<string>();
  for (const actorId of visible.actorIds) {
    const parent = parents.get(actorId);
    if (parent !== undefined && !visible.actorIds.has(parent)) {
      nodes.add(parent);
      contextOnly.add(parent);
    }
  }
  const edges = new Set<string>();
  for (const relationIndex of visible.relationIndices) {
    const relation = checked.dataset.relations[relationIndex];
    // Inside its group, a person's edge to the group itself would be drawn as a loop: the nesting already says it.
    if (
      relation &&
      parents.get(relation.source) !== relation.target &&
      parents.get(relation.target) !== relation.source
    )
      edges.add(edgeIdOf(relation.id));
  }
  return { nodes, contextOnly, edges };
}
