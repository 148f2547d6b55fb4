// The legend's swatches as shapes (a node's shape, an edge's line and arrowhead, a claim mark), drawn once here from the
// palette and the claim marks tables: the Legend panel renders them as SVG elements, the figure as its primitives.
import type { ClaimMark } from './claimMarks';
import { dashArray } from './dashes';
import type { ActorKindStyle, ArrowShape, RelationStyle } from './palette';

/** A polygon's corner as [x, y]. */
type Vertex = readonly [number, number];

interface Paint {
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  /** Of the whole shape; 1 when absent. */
  opacity?: number;
}

/** What a swatch is made of; the figure's display list adds text to these. */
export type Shape =
  | {
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      color: string;
      width: number;
      dash?: readonly number[];
      round?: boolean;
      /** 1 when absent. */
      opacity?: number;
    }
  | ({ kind: 'polygon'; points: readonly Vertex[] } & Paint)
  | ({ kind: 'circle'; cx: number; cy: number; r: number } & Paint)
  | ({ kind: 'rect'; x: number; y: number; width: number; height: number; radius?: number } & Paint);

export const EDGE_SWATCH = { width: 50, height: 20 } as const;
export const NODE_SWATCH = { width: 24, height: 20 } as const;

const NODE_OUTLINE = { stroke: '#333333', strokeWidth: 1.2 } as const;
/** A claim mark is shown on a neutral line: the type's colour is the type's legend entry, not the status's. */
const MARK_LINE = { color: '#555555', width: 3 } as const;

const shift = (points: readonly Vertex[], x: number, y: number): Vertex[] => points.map(([px, py]) => [x + px, y + py]);

function arrowhead(shape: ArrowShape, color: string, x: number, y: number): Shape[] {
  switch (shape) {
    case 'none':
      return [];
    case 'triangle':
      return [
        {
          kind: 'polygon',
          points: shift(
            [
              [38, 4],
              [48, 10],
              [38, 16],
            ],
            x,
            y,
          ),
          fill: color,
        },
      ];
    case 'vee':
      return [
        {
          kind: 'polygon',
          points: shift(
            [
              [36, 3],
              [48, 10],
              [36, 17],
              [40, 10],
            ],
            x,
            y,
          ),
          fill: color,
        },
      ];
    case 'tee':
      return [{ kind: 'rect', x: x + 44, y: y + 3, width: 4, height: 14, fill: color }];
    case 'diamond':
      return [
        {
          kind: 'polygon',
          points: shift(
            [
              [36, 10],
              [42, 4],
              [48, 10],
              [42, 16],
            ],
            x,
            y,
          ),
          fill: color,
        },
      ];
    case 'circle':
      return [{ kind: 'circle', cx: x + 43, cy: y + 10, r: 5, fill: color }];
    case 'square':
      return [{ kind: 'rect', x: x + 38, y: y + 5, width: 10, height: 10, fill: color }];
  }
}

/** A line sample with the type's colour, width, dash pattern and arrowhead; (x, y) is the top left of a 50×20 box. */
export function edgeSwatch(style: RelationStyle, x = 0, y = 0): Shape[] {
  const dash = dashArray(style);
  const end = style.arrow === 'none' ? 48 : 38;
  return [
    {
      kind: 'line',
      x1: x + 2,
      y1: y + 10,
      x2: x + end,
      y2: y + 10,
      color: style.color,
      width: style.width,
      ...(dash && { dash }),
      round: style.lineStyle === 'dotted',
    },
    ...arrowhead(style.arrow, style.color, x, y),
  ];
}

const NODE_POLYGONS: Record<string, readonly Vertex[]> = {
  hexagon: [
    [4, 10],
    [8, 3],
    [16, 3],
    [20, 10],
    [16, 17],
    [8, 17],
  ],
  diamond: [
    [12, 1],
    [22, 10],
    [12, 19],
    [2, 10],
  ],
  triangle: [
    [12, 2],
    [22, 18],
    [2, 18],
  ],
};

/** A node sample with the kind's shape and colour; (x, y) is the top left of a 24×20 box. */
export function nodeSwatch(style: ActorKindStyle, x = 0, y = 0): Shape[] {
  if (style.shape === 'ellipse')
    return [{ kind: 'circle', cx: x + 12, cy: y + 10, r: 8, fill: style.color, ...NODE_OUTLINE }];
  if (style.shape === 'round-rectangle')
    return [{ kind: 'rect', x: x + 3, y: y + 2, width: 18, height: 16, radius: 4, fill: style.color, ...NODE_OUTLINE }];
  return [
    {
      kind: 'polygon',
      points: shift(NODE_POLYGONS[style.shape] ?? [], x, y),
      fill: style.color,
      ...NODE_OUTLINE,
    },
  ];
}

/** The mid-edge marker as Cytoscape draws it across a horizontal edge, centred on (cx, cy), as faded as the line. */
function midMarker(mark: ClaimMark, cx: number, cy: number): Shape[] {
  const paint: Paint = {
    ...(mark.markerFill === 'hollow'
      ? { fill: '#ffffff', stroke: mark.markerColor, strokeWidth: 1.5 }
      : { fill: mark.markerColor }),
    ...(mark.lineOpacity !== 1 && { opacity: mark.lineOpacity }),
  };
  switch (mark.marker) {
    case 'none':
      return [];
    case 'tee':
      return [{ kind: 'rect', x: cx - 1.5, y: cy - 7, width: 3, height: 14, ...paint }];
    case 'diamond':
      return [
        {
          kind: 'polygon',
          points: shift(
            [
              [-6, 0],
              [0, -6],
              [6, 0],
              [0, 6],
            ],
            cx,
            cy,
          ),
          ...paint,
        },
      ];
  }
}

/** A claim status as the graph draws it: a neutral line at the status's opacity and width, and its mid-edge mark. */
export function markSwatch(mark: ClaimMark, x = 0, y = 0): Shape[] {
  return [
    {
      kind: 'line',
      x1: x + 2,
      y1: y + 10,
      x2: x + 48,
      y2: y + 10,
      color: MARK_LINE.color,
      width: MARK_LINE.width * mark.widthScale,
      ...(mark.lineOpacity !== 1 && { opacity: mark.lineOpacity }),
    },
    ...midMarker(mark, x + 25, y + 10),
  ];
}
