// Pure: the figure's primitives as SVG elements (text stays text), matching what drawCanvas.ts paints.
import { xmlAttributes, xmlText } from '../xml';
import { FIGURE_FONT_FAMILY, type Primitive } from './primitives';

/** Two decimals are plenty for CSS pixels and keep the output stable. */
const n = (value: number) => Math.round(value * 100) / 100;

const paint = (item: { fill: string; stroke?: string; strokeWidth?: number; opacity?: number }) =>
  xmlAttributes([
    ['fill', item.fill],
    ['stroke', item.stroke],
    ['stroke-width', item.stroke ? n(item.strokeWidth ?? 1) : undefined],
    ['opacity', item.opacity],
  ]);

export function primitiveSvg(item: Primitive): string {
  switch (item.kind) {
    case 'text':
      return `<text${xmlAttributes([
        ['x', n(item.x)],
        ['y', n(item.y)],
        ['font-size', item.font.size],
        ['font-weight', item.font.bold ? 'bold' : undefined],
        ['fill', item.color],
      ])}>${xmlText(item.text)}</text>`;
    case 'line':
      return `<line${xmlAttributes([
        ['x1', n(item.x1)],
        ['y1', n(item.y1)],
        ['x2', n(item.x2)],
        ['y2', n(item.y2)],
        ['stroke', item.color],
        ['stroke-width', n(item.width)],
        ['stroke-dasharray', item.dash?.map(n).join(' ')],
        ['stroke-linecap', item.round ? 'round' : undefined],
        ['stroke-opacity', item.opacity],
      ])}/>`;
    case 'polygon':
      return `<polygon points="${item.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}"${paint(item)}/>`;
    case 'circle':
      return `<circle${xmlAttributes([
        ['cx', n(item.cx)],
        ['cy', n(item.cy)],
        ['r', n(item.r)],
      ])}${paint(item)}/>`;
    case 'rect':
      return `<rect${xmlAttributes([
        ['x', n(item.x)],
        ['y', n(item.y)],
        ['width', n(item.width)],
        ['height', n(item.height)],
        ['rx', item.radius],
      ])}${paint(item)}/>`;
  }
}

/** The decorations as one group, in the figure's font. */
export function primitivesSvg(primitives: readonly Primitive[]): string {
  return `<g${xmlAttributes([['font-family', FIGURE_FONT_FAMILY]])}>\n${primitives.map(primitiveSvg).join('\n')}\n</g>`;
}
