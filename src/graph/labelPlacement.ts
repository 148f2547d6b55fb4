// Pure: which actors' labels to draw so that no label overlaps another label or another actor, the most important first.
import { BoxGrid, boxesOverlap, cellSizeFor, type Box } from './boxes';

export interface LabelCandidate {
  id: string;
  /** Where the label would be drawn (screen pixels). */
  label: Box;
  /** Higher is placed first: the selection, search hits, then well-connected actors. */
  priority: number;
}

/**
 * Greedy in priority order (ties by id, so the same view always shows the same labels): a label is drawn when it
 * overlaps no label already placed and no actor's shape other than its own. `shapes` are every drawn actor's shape,
 * keyed by id. Linear after the sort, through grids of labels and shapes.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  shapes: ReadonlyMap<string, Box>,
  gap = 2,
): Set<string> {
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const shapeIds = [...shapes.keys()];
  const shapeBoxes = [...shapes.values()];
  const shapeGrid = new BoxGrid(cellSizeFor(shapeBoxes));
  shapeBoxes.forEach((box, index) => shapeGrid.add(index, box));
  const placedBoxes: Box[] = [];
  const labelGrid = new BoxGrid(cellSizeFor(ordered.map((candidate) => candidate.label)));
  const shown = new Set<string>();
  for (const candidate of ordered) {
    const box = candidate.label;
    const hitsShape = shapeGrid
      .near(box, gap)
      .some((index) => shapeIds[index] !== candidate.id && boxesOverlap(box, shapeBoxes[index]!, gap));
    if (hitsShape) continue;
    const hitsLabel = labelGrid.near(box, gap).some((index) => boxesOverlap(box, placedBoxes[index]!, gap));
    if (hitsLabel) continue;
    labelGrid.add(placedBoxes.length, box);
    placedBoxes.push(box);
    shown.add(candidate.id);
  }
  return shown;
}
