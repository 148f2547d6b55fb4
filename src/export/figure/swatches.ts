// Pure: legend swatches as primitives, drawn from the palette table (the same shapes the on-screen legend uses).
import type { ActorKindStyle, ArrowShape, RelationStyle } from '../../graph/palette';
import { dashArray } from '../../graph/dashes';
import type { Primitive } from './primitives';

export const EDGE_SWATCH = { width: 50, height: 20 } as const;
export const NODE_SWATCH = { width: 24, height: 20 } as const;

const NODE_OUTLINE = { stroke: '#333333', strokeWidth: 1.2 } as const;

function arrowhead(shape: ArrowShape, color: string, x: number, y: number): Primitive[] {
  const at = (dx: number, dy: number) => [x + dx, y + dy] as const;
  switch (shape) {
    case 'none':
      return [];
    case 'triangle':
      return [{ kind: 'polygon', points: [at(38, 4), at(48, 10), at(38, 16)], fill: color }];
    case 'vee':
      return [{ kind: 'polygon', points: [at(36, 3), at(48, 10), at(36, 17), at(40, 10)], fill: color }];
    case 'tee':
      return [{ kind: 'rect', x: x + 44, y: y + 3, width: 4, height: 14, fill: color }];
    case 'diamond':
      return [{ kind: 'polygon', points: [at(36, 10), at(42, 4), at(48, 10), at(42, 16)], fill: color }];
    case 'circle':
      return [{ kind: 'circle', cx: x + 43, cy: y + 10, r: 5, fill: color }];
    case 'square':
      return [{ kind: 'rect', x: x + 38, y: y + 5, width: 10, height: 10, fill: color }];
  }
}

/** A line sample with the type's colour, width, dash pattern and arrowhead; (x, y) is the top left of a 50×20 box. */
export function edgeSwatch(style: RelationStyle, x: number, y: number): Primitive[] {
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

const POLYGONS: Record<string, readonly (readonly [number, number])[]> = {
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
export function nodeSwatch(style: ActorKindStyle, x: number, y: number): Primitive[] {
  if (style.shape === 'ellipse')
    return [{ kind: 'circle', cx: x + 12, cy: y + 10, r: 8, fill: style.color, ...NODE_OUTLINE }];
  if (style.shape === 'round-rectangle')
    return [{ kind: 'rect', x: x + 3, y: y + 2, width: 18, height: 16, radius: 4, fill: style.color, ...NODE_OUTLINE }];
  const points = POLYGONS[style.shape] ?? [];
  return [
    {
      kind: 'polygon',
      points: points.map(([px, py]) => [x + px, y + py] as const),
      fill: style.color,
      ...NODE_OUTLINE,
    },
  ];
}
