// Pure: the whole figure as one SVG document: the decorations as SVG text and shapes around the graph's own SVG.
import { xmlAttributes, xmlText } from '../xml';
import type { FigureLayout } from './figureLayout';
import { primitivesSvg } from './svgPrimitives';

export interface GraphSvg {
  /** An <svg> document for the graph alone (from cytoscape-svg), sized in CSS pixels. */
  svg: string;
  /** Where its top left goes in the figure. */
  x: number;
  y: number;
}

/** Places a standalone <svg> document inside another as a nested, positioned <svg> element (which clips to its size). */
export function nestSvg(document: string, x: number, y: number): string {
  const body = document.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
  if (!body.startsWith('<svg')) throw new Error('the graph SVG does not start with <svg>');
  return `<svg${xmlAttributes([
    ['x', x],
    ['y', y],
  ])}${body.slice('<svg'.length)}`;
}

export function figureSvg(
  layout: FigureLayout,
  graph: GraphSvg,
  options: {
    title: string;
    background: 'white' | 'transparent';
    /** The image's size; the figure's CSS pixels are its viewBox. */
    pixels: { width: number; height: number };
  },
): string {
  const { width, height } = layout;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1"${xmlAttributes([
      ['width', options.pixels.width],
      ['height', options.pixels.height],
      ['viewBox', `0 0 ${width} ${height}`],
    ])}>`,
    `<title>${xmlText(options.title)}</title>`,
    ...(options.background === 'white'
      ? [
          `<rect${xmlAttributes([
            ['x', 0],
            ['y', 0],
            ['width', width],
            ['height', height],
            ['fill', '#ffffff'],
          ])}/>`,
        ]
      : []),
    primitivesSvg(layout.primitives),
    nestSvg(graph.svg, graph.x, graph.y),
    '</svg>',
    '',
  ].join('\n');
}
