// A legend swatch's shapes (graph/legendSwatches.ts) as an SVG element: the geometry the explorer's legend draws.
import type { Shape } from '../graph/legendSwatches';
import { svg } from './dom';

function shapeElement(shape: Shape): SVGElement {
  switch (shape.kind) {
    case 'line':
      return svg('line', {
        x1: shape.x1,
        y1: shape.y1,
        x2: shape.x2,
        y2: shape.y2,
        stroke: shape.color,
        'stroke-width': shape.width,
        'stroke-dasharray': shape.dash?.join(' '),
        'stroke-linecap': shape.round ? 'round' : 'butt',
        'stroke-opacity': shape.opacity,
      });
    case 'polygon':
      return svg('polygon', {
        points: shape.points.map(([x, y]) => `${x},${y}`).join(' '),
        fill: shape.fill,
        stroke: shape.stroke,
        'stroke-width': shape.strokeWidth,
        opacity: shape.opacity,
      });
    case 'circle':
      return svg('circle', {
        cx: shape.cx,
        cy: shape.cy,
        r: shape.r,
        fill: shape.fill,
        stroke: shape.stroke,
        'stroke-width': shape.strokeWidth,
        opacity: shape.opacity,
      });
    case 'rect':
      return svg('rect', {
        x: shape.x,
        y: shape.y,
        width: shape.width,
        height: shape.height,
        rx: shape.radius,
        fill: shape.fill,
        stroke: shape.stroke,
        'stroke-width': shape.strokeWidth,
        opacity: shape.opacity,
      });
  }
}

export function swatch(shapes: readonly Shape[], size: { width: number; height: number }): SVGElement {
  const root = svg('svg', {
    width: size.width,
    height: size.height,
    viewBox: `0 0 ${size.width} ${size.height}`,
    'aria-hidden': 'true',
    class: 'swatch',
  });
  for (const shape of shapes) root.appendChild(shapeElement(shape));
  return root;
}
