// Pure: moves actors apart until no two of their boxes (the shape and its label) overlap, changing the layout little.
import { BoxGrid, cellSizeFor, overlapOf, type CentredBox } from './boxes';

export interface PlacedBox extends CentredBox {
  /** A curator-placed actor does not move; the other one of an overlapping pair moves the whole way. */
  fixed?: boolean;
}

export interface OverlapOptions {
  /** Space kept between boxes. */
  gap: number;
  /** Rounds of separation; each resolves the overlaps found at its start. */
  maxRounds: number;
}

const DEFAULTS: OverlapOptions = { gap: 6, maxRounds: 60 };

/**
 * Each round finds the overlapping pairs through a grid and pushes each pair apart along the axis where they overlap
 * least (the smallest move that separates them), half each. Deterministic: pairs are visited in index order, and boxes
 * at the same place part along an axis chosen from their indices. Returns the new centres, index-aligned with `boxes`.
 */
export function removeOverlaps(boxes: readonly PlacedBox[], options: Partial<OverlapOptions> = {}): CentredBox[] {
  const { gap, maxRounds } = { ...DEFAULTS, ...options };
  const placed = boxes.map((box) => ({ ...box }));
  const cell = cellSizeFor(placed) + gap;
  for (let round = 0; round < maxRounds; round++) {
    const grid = new BoxGrid(cell);
    placed.forEach((box, index) => grid.add(index, box));
    const shift = placed.map(() => ({ x: 0, y: 0 }));
    let overlaps = 0;
    placed.forEach((box, index) => {
      for (const other of grid.near(box, gap)) {
        if (other <= index) continue;
        const second = placed[other]!;
        const overlap = overlapOf(box, second, gap);
        if (overlap.x <= 0 || overlap.y <= 0) continue;
        overlaps++;
        const firstMoves = box.fixed ? 0 : second.fixed ? 1 : 0.5;
        const secondMoves = second.fixed ? 0 : box.fixed ? 1 : 0.5;
        if (firstMoves + secondMoves === 0) continue;
        const alongX = overlap.x < overlap.y;
        const delta = alongX ? second.x - box.x : second.y - box.y;
        // Boxes at the same place have no side: split them by their indices, the same way on every run.
        const direction = delta !== 0 ? Math.sign(delta) : (index + other) % 2 === 0 ? 1 : -1;
        const amount = alongX ? overlap.x : overlap.y;
        const axis = alongX ? 'x' : 'y';
        shift[index]![axis] -= direction * amount * firstMoves;
        shift[other]![axis] += direction * amount * secondMoves;
      }
    });
    if (overlaps === 0) break;
    placed.forEach((box, index) => {
      box.x += shift[index]!.x;
      box.y += shift[index]!.y;
    });
  }
  return placed.map(({ x, y, width, height }) => ({ x, y, width, height }));
}
