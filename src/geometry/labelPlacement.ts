// Pure: which labels to draw, and where, so that no label overlaps another label or another actor, the most important first.
import { BoxGrid, cellSizeFor, enclosingBox, turnedBoxesOverlap, type CentredBox, type TurnedBox } from './boxes';

export interface LabelCandidate {
  id: string;
  /** Where the label would be drawn (screen pixels). */
  label: CentredBox;
  /** Higher is placed first: the selection, search hits, then well-connected actors. */
  priority: number;
}

export interface PlacementCandidate {
  id: string;
  /** Where the label may go, in order of preference (screen pixels; an edge's label is turned along it). */
  boxes: readonly (CentredBox | TurnedBox)[];
  priority: number;
  /** The shape the label belongs to, which it may touch (an actor's own shape). */
  ownShape?: string;
}

/** Shape cells per label length: fewer cells per question against fewer shapes per cell. */
const SHAPE_CELL_PER_LABEL = 2;

const byPriority = (a: { priority: number; id: string }, b: { priority: number; id: string }) =>
  b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Greedy in priority order (ties by id, so the same view always shows the same labels): a label goes to the first of
 * its boxes that overlaps no label already placed and no shape other than its own, or is left out. `shapes` are every
 * drawn actor's shape, keyed by id. Returns each placed label's box index. n·log n for the sort, then linear through
 * grids of labels and shapes (a label meets a bounded number of others in its cells).
 */
export function placeLabelBoxes(
  candidates: readonly PlacementCandidate[],
  shapes: ReadonlyMap<string, CentredBox>,
  gap = 2,
): Map<string, number> {
  const ordered = [...candidates].sort(byPriority);
  const shapeIds = [...shapes.keys()];
  const shapeBoxes = [...shapes.values()];
  const labelCell = cellSizeFor(ordered.flatMap((candidate) => candidate.boxes.slice(0, 1).map(enclose)));
  // The shapes' grid is asked about label-sized boxes: cells smaller than a label (actors a few pixels wide, seen from
  // afar) would make each question visit dozens of cells.
  const shapeGrid = new BoxGrid(Math.max(cellSizeFor(shapeBoxes), labelCell / SHAPE_CELL_PER_LABEL));
  shapeBoxes.forEach((box, index) => shapeGrid.add(index, box));
  const placedBoxes: TurnedBox[] = [];
  const labelGrid = new BoxGrid(labelCell);
  const placed = new Map<string, number>();
  for (const candidate of ordered) {
    const fits = (box: CentredBox | TurnedBox) => {
      const around = enclose(box);
      const hitsShape = shapeGrid
        .near(around, gap)
        .some((index) => shapeIds[index] !== candidate.ownShape && turnedBoxesOverlap(box, shapeBoxes[index]!, gap));
      if (hitsShape) return false;
      return !labelGrid.near(around, gap).some((index) => turnedBoxesOverlap(box, placedBoxes[index]!, gap));
    };
    const chosen = candidate.boxes.findIndex(fits);
    if (chosen < 0) continue;
    const box = candidate.boxes[chosen]!;
    labelGrid.add(placedBoxes.length, enclose(box));
    placedBoxes.push({ angle: 0, ...box });
    placed.set(candidate.id, chosen);
  }
  return placed;
}

const enclose = (box: CentredBox | TurnedBox): CentredBox => ('angle' in box ? enclosingBox(box) : box);

/** One box per label, each label's own id its shape: which labels to draw. */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  shapes: ReadonlyMap<string, CentredBox>,
  gap = 2,
): Set<string> {
  const placed = placeLabelBoxes(
    candidates.map(({ id, label, priority }) => ({ id, boxes: [label], priority, ownShape: id })),
    shapes,
    gap,
  );
  return new Set(placed.keys());
}
