// Pure: axis-aligned boxes and a uniform grid to find the ones that may overlap without comparing every pair.

/** A box by its centre and size, in any one coordinate system (graph units or screen pixels). */
export interface CentredBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far two boxes overlap on each axis once `gap` is kept between them; both positive means they overlap. */
export function overlapOf(a: CentredBox, b: CentredBox, gap = 0): { x: number; y: number } {
  return {
    x: (a.width + b.width) / 2 + gap - Math.abs(a.x - b.x),
    y: (a.height + b.height) / 2 + gap - Math.abs(a.y - b.y),
  };
}

export function boxesOverlap(a: CentredBox, b: CentredBox, gap = 0): boolean {
  const overlap = overlapOf(a, b, gap);
  return overlap.x > 0 && overlap.y > 0;
}

/**
 * Buckets boxes by the grid cells they cover. A query returns the indices of the boxes sharing a cell with a box:
 * with cells about as large as the boxes, each box meets a bounded number of others, so finding overlaps is linear.
 */
export class BoxGrid {
  /** Columns, then rows, keyed by number: a query touches many cells, and string keys cost more than the tests. */
  private readonly columns = new Map<number, Map<number, number[]>>();

  constructor(private readonly cellSize: number) {}

  private cellsOf(box: CentredBox, gap: number, visit: (column: number, row: number) => void): void {
    const size = this.cellSize;
    const x1 = Math.floor((box.x - box.width / 2 - gap) / size);
    const x2 = Math.floor((box.x + box.width / 2 + gap) / size);
    const y1 = Math.floor((box.y - box.height / 2 - gap) / size);
    const y2 = Math.floor((box.y + box.height / 2 + gap) / size);
    for (let x = x1; x <= x2; x++) for (let y = y1; y <= y2; y++) visit(x, y);
  }

  add(index: number, box: CentredBox): void {
    this.cellsOf(box, 0, (x, y) => {
      let column = this.columns.get(x);
      if (!column) this.columns.set(x, (column = new Map()));
      const cell = column.get(y);
      if (cell) cell.push(index);
      else column.set(y, [index]);
    });
  }

  /** Indices of boxes that share a cell with `box` grown by `gap`, each once, ascending. */
  near(box: CentredBox, gap = 0): number[] {
    const found = new Set<number>();
    this.cellsOf(box, gap, (x, y) => {
      const cell = this.columns.get(x)?.get(y);
      if (cell) for (const index of cell) found.add(index);
    });
    return [...found].sort((a, b) => a - b);
  }
}

/** A cell size for a set of boxes: their typical extent, so that a box covers few cells. */
export function cellSizeFor(boxes: readonly CentredBox[]): number {
  if (boxes.length === 0) return 1;
  const sizes = boxes.map((box) => Math.max(box.width, box.height)).sort((a, b) => a - b);
  return Math.max(1, sizes[Math.floor(sizes.length * 0.9)] ?? 1);
}

/** A box turned by `angle` radians about its centre: an edge's label written along the edge. */
export interface TurnedBox extends CentredBox {
  angle: number;
}

/** The axis-aligned box around a turned one, for the grid. */
export function enclosingBox(box: TurnedBox): CentredBox {
  const cos = Math.abs(Math.cos(box.angle));
  const sin = Math.abs(Math.sin(box.angle));
  return { x: box.x, y: box.y, width: box.width * cos + box.height * sin, height: box.width * sin + box.height * cos };
}

/** Half the extent along the unit axis (axisX, axisY) of a box turned by the angle whose cosine and sine are given. */
const halfExtent = (box: CentredBox, cos: number, sin: number, axisX: number, axisY: number) =>
  (box.width / 2) * Math.abs(cos * axisX + sin * axisY) + (box.height / 2) * Math.abs(-sin * axisX + cos * axisY);

/**
 * Whether two turned boxes overlap once `gap` is kept between them: the separating-axis test, whose candidate axes
 * are the four sides' directions. A plain CentredBox is a turned box at angle 0.
 */
export function turnedBoxesOverlap(a: CentredBox | TurnedBox, b: CentredBox | TurnedBox, gap = 0): boolean {
  const angleA = 'angle' in a ? a.angle : 0;
  const angleB = 'angle' in b ? b.angle : 0;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  // Both upright (actors' labels against actors' shapes, the most frequent test): the four axes are x and y.
  if (angleA === 0 && angleB === 0)
    return Math.abs(dx) < a.width / 2 + b.width / 2 + gap && Math.abs(dy) < a.height / 2 + b.height / 2 + gap;
  const cosA = Math.cos(angleA);
  const sinA = Math.sin(angleA);
  const cosB = Math.cos(angleB);
  const sinB = Math.sin(angleB);
  // Each box's two side directions, without allocating: the test runs thousands of times per view.
  const axes = [cosA, sinA, -sinA, cosA, cosB, sinB, -sinB, cosB];
  for (let i = 0; i < 8; i += 2) {
    const axisX = axes[i]!;
    const axisY = axes[i + 1]!;
    const distance = Math.abs(dx * axisX + dy * axisY);
    if (distance >= halfExtent(a, cosA, sinA, axisX, axisY) + halfExtent(b, cosB, sinB, axisX, axisY) + gap)
      return false;
  }
  return true;
}
