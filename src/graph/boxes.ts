// Pure: axis-aligned boxes and a uniform grid to find the ones that may overlap without comparing every pair.

/** A box by its centre and size, in any one coordinate system (graph units or screen pixels). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far two boxes overlap on each axis once `gap` is kept between them; both positive means they overlap. */
export function overlapOf(a: Box, b: Box, gap = 0): { x: number; y: number } {
  return {
    x: (a.width + b.width) / 2 + gap - Math.abs(a.x - b.x),
    y: (a.height + b.height) / 2 + gap - Math.abs(a.y - b.y),
  };
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  const overlap = overlapOf(a, b, gap);
  return overlap.x > 0 && overlap.y > 0;
}

/**
 * Buckets boxes by the grid cells they cover. A query returns the indices of the boxes sharing a cell with a box:
 * with cells about as large as the boxes, each box meets a bounded number of others, so finding overlaps is linear.
 */
export class BoxGrid {
  private readonly cells = new Map<string, number[]>();

  constructor(private readonly cellSize: number) {}

  private keysOf(box: Box, gap: number): string[] {
    const size = this.cellSize;
    const x1 = Math.floor((box.x - box.width / 2 - gap) / size);
    const x2 = Math.floor((box.x + box.width / 2 + gap) / size);
    const y1 = Math.floor((box.y - box.height / 2 - gap) / size);
    const y2 = Math.floor((box.y + box.height / 2 + gap) / size);
    const keys: string[] = [];
    for (let x = x1; x <= x2; x++) for (let y = y1; y <= y2; y++) keys.push(`${x},${y}`);
    return keys;
  }

  add(index: number, box: Box): void {
    for (const key of this.keysOf(box, 0)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(index);
      else this.cells.set(key, [index]);
    }
  }

  /** Indices of boxes that share a cell with `box` grown by `gap`, each once, ascending. */
  near(box: Box, gap = 0): number[] {
    const found = new Set<number>();
    for (const key of this.keysOf(box, gap)) for (const index of this.cells.get(key) ?? []) found.add(index);
    return [...found].sort((a, b) => a - b);
  }
}

/** A cell size for a set of boxes: their typical extent, so that a box covers few cells. */
export function cellSizeFor(boxes: readonly Box[]): number {
  if (boxes.length === 0) return 1;
  const sizes = boxes.map((box) => Math.max(box.width, box.height)).sort((a, b) => a - b);
  return Math.max(1, sizes[Math.floor(sizes.length * 0.9)] ?? 1);
}

/** A box turned by `angle` radians about its centre: an edge's label written along the edge. */
export interface TurnedBox extends Box {
  angle: number;
}

/** The axis-aligned box around a turned one, for the grid. */
export function enclosingBox(box: TurnedBox): Box {
  const cos = Math.abs(Math.cos(box.angle));
  const sin = Math.abs(Math.sin(box.angle));
  return { x: box.x, y: box.y, width: box.width * cos + box.height * sin, height: box.width * sin + box.height * cos };
}

const axesOf = (box: TurnedBox) => {
  const cos = Math.cos(box.angle);
  const sin = Math.sin(box.angle);
  return [
    { x: cos, y: sin },
    { x: -sin, y: cos },
  ];
};

/** Half the box's extent along a unit axis. */
const halfExtent = (box: TurnedBox, axis: { x: number; y: number }) => {
  const [along, across] = axesOf(box);
  return (
    (box.width / 2) * Math.abs(along!.x * axis.x + along!.y * axis.y) +
    (box.height / 2) * Math.abs(across!.x * axis.x + across!.y * axis.y)
  );
};

/**
 * Whether two turned boxes overlap once `gap` is kept between them: the separating-axis test, whose candidate axes
 * are the four sides' directions. A plain Box is a turned box at angle 0.
 */
export function turnedBoxesOverlap(a: Box | TurnedBox, b: Box | TurnedBox, gap = 0): boolean {
  const first: TurnedBox = { angle: 0, ...a };
  const second: TurnedBox = { angle: 0, ...b };
  const dx = second.x - first.x;
  const dy = second.y - first.y;
  for (const axis of [...axesOf(first), ...axesOf(second)]) {
    const distance = Math.abs(dx * axis.x + dy * axis.y);
    if (distance >= halfExtent(first, axis) + halfExtent(second, axis) + gap) return false;
  }
  return true;
}
