// Draws the graph's SVG (what the painter gives the SVG figure: Cytoscape's drawing through cytoscape-svg) on a PDF page
// in vectors: groups and nested SVGs with their transforms, paths and the basic shapes, and text as real text in the
// embedded fonts, its halo as the glyphs' outlines. What the painter does not write (gradients, images, clips) is left
// out rather than guessed.
import type { PDFPage } from 'pdf-lib';
import {
  drawHalo,
  drawPath,
  drawSetLine,
  FLIP,
  multiply,
  parseColour,
  rotate,
  scale,
  translate,
  type Matrix,
  type PathStyle,
  type PdfRunFont,
} from './pdfCanvas';
import type { PdfFonts } from './pdfFonts';
import { setSingleLine } from './textRuns';

/** The presentation attributes the painter's SVG writes, inherited down the tree as SVG does. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;
type Inherited = Partial<Record<(typeof INHERITED)[number], string>>;

const number = (value: string | null | undefined, fallback = 0) => {
  const parsed = Number.parseFloat(value ?? '');
  return Number.isFinite(parsed) ? parsed : fallback;
};

/** An SVG transform list as one matrix. */
export function parseTransform(value: string | null): Matrix {
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  if (!value) return matrix;
  for (const [, name, rawArgs] of value.matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const args = (rawArgs ?? '')
      .split(/[\s,]+/)
      .filter((arg) => arg !== '')
      .map(Number);
    const [p = 0, q, r] = args;
    let step: Matrix;
    switch (name) {
      case 'matrix':
        step = args.length === 6 ? (args as unknown as Matrix) : [1, 0, 0, 1, 0, 0];
        break;
      case 'translate':
        step = translate(p, q ?? 0);
        break;
      case 'scale':
        step = scale(p, q ?? p);
        break;
      case 'rotate':
        step =
          q !== undefined && r !== undefined
            ? multiply(translate(q, r), multiply(rotate(p), translate(-q, -r)))
            : rotate(p);
        break;
      default:
        continue;
    }
    matrix = multiply(matrix, step);
  }
  return matrix;
}

function pointsPath(points: string | null, close: boolean): string {
  const values = (points ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const parts: string[] = [];
  for (let at = 0; at + 1 < values.length; at += 2)
    parts.push(`${at === 0 ? 'M' : 'L'}${values[at]} ${values[at + 1]}`);
  return parts.length > 0 ? parts.join(' ') + (close ? ' Z' : '') : '';
}

function ellipsePath(cx: number, cy: number, rx: number, ry: number): string {
  return `M${cx - rx} ${cy} A${rx} ${ry} 0 1 0 ${cx + rx} ${cy} A${rx} ${ry} 0 1 0 ${cx - rx} ${cy} Z`;
}

function rectPath(x: number, y: number, width: number, height: number, radius: number): string {
  const r = Math.min(radius, width / 2, height / 2);
  if (r <= 0) return `M${x} ${y} H${x + width} V${y + height} H${x} Z`;
  return [
    `M${x + r} ${y}`,
    `H${x + width - r}`,
    `A${r} ${r} 0 0 1 ${x + width} ${y + r}`,
    `V${y + height - r}`,
    `A${r} ${r} 0 0 1 ${x + width - r} ${y + height}`,
    `H${x + r}`,
    `A${r} ${r} 0 0 1 ${x} ${y + height - r}`,
    `V${y + r}`,
    `A${r} ${r} 0 0 1 ${x + r} ${y}`,
    'Z',
  ].join(' ');
}

/** The path of a shape element, or null for what is not a shape. */
function shapePath(element: Element): string | null {
  const at = (name: string) => number(element.getAttribute(name));
  switch (element.localName) {
    case 'path':
      return element.getAttribute('d');
    case 'line':
      return `M${at('x1')} ${at('y1')} L${at('x2')} ${at('y2')}`;
    case 'polygon':
      return pointsPath(element.getAttribute('points'), true);
    case 'polyline':
      return pointsPath(element.getAttribute('points'), false);
    case 'rect':
      return rectPath(at('x'), at('y'), at('width'), at('height'), Math.max(at('rx'), at('ry')));
    case 'circle':
      return ellipsePath(at('cx'), at('cy'), at('r'), at('r'));
    case 'ellipse':
      return ellipsePath(at('cx'), at('cy'), at('rx'), at('ry'));
    default:
      return null;
  }
}

function pathStyle(style: Inherited, opacity: number): PathStyle {
  const dash = (style['stroke-dasharray'] ?? '')
    .split(/[\s,]+/)
    .map(Number)
    .filter((value) => Number.isFinite(value) && value >= 0);
  return {
    // SVG fills black unless told otherwise.
    fill: style.fill === undefined ? parseColour('#000000') : parseColour(style.fill),
    fillOpacity: number(style['fill-opacity'], 1) * opacity,
    stroke: parseColour(style.stroke),
    strokeOpacity: number(style['stroke-opacity'], 1) * opacity,
    strokeWidth: number(style['stroke-width'], 1),
    ...(dash.some((value) => value > 0) && { dash }),
    roundCap: style['stroke-linecap'] === 'round',
    roundJoin: style['stroke-linejoin'] === 'round',
  };
}

/** Where the baseline sits from the y a text is placed at, for its dominant-baseline (y down, in units of size). */
function baselineShift(font: PdfRunFont, baseline: string | undefined): number {
  switch (baseline) {
    case 'text-after-edge':
    case 'after-edge':
    case 'text-bottom':
      return -font.descent;
    case 'text-before-edge':
    case 'before-edge':
    case 'hanging':
    case 'text-top':
      return font.ascent;
    case 'middle':
    case 'central':
      return (font.ascent - font.descent) / 2;
    default:
      return 0;
  }
}

function drawText(page: PDFPage, element: Element, matrix: Matrix, style: Inherited, opacity: number, fonts: PdfFonts) {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return;
  const size = number(style['font-size'], 16);
  const weight = style['font-weight'] ?? 'normal';
  const bold = weight === 'bold' || weight === 'bolder' || number(weight, 400) >= 600;
  const stack = bold ? fonts.bold : fonts.regular;
  const line = setSingleLine(text, stack, size);
  const anchor = style['text-anchor'] ?? 'start';
  const dx = anchor === 'middle' ? -line.width / 2 : anchor === 'end' ? -line.width : 0;
  const y = number(element.getAttribute('y')) + baselineShift(stack[0]!, style['dominant-baseline']) * size;
  const frame = multiply(multiply(matrix, translate(number(element.getAttribute('x')) + dx, y)), FLIP);
  const paint = pathStyle(style, opacity);
  if (paint.stroke && !paint.fill) drawHalo(page, line, frame, size, paint.stroke, paint.strokeWidth ?? 1);
  else if (paint.fill) drawSetLine(page, line, frame, size, paint.fill, paint.fillOpacity ?? 1);
}

/** One element to draw, with what it inherits: the walk collects them, the drawing takes them in slices. */
type DrawStep = () => void;

function collectSteps(
  page: PDFPage,
  element: Element,
  matrix: Matrix,
  fonts: PdfFonts,
  inherited: Inherited,
  opacity: number,
  steps: DrawStep[],
): void {
  const name = element.localName;
  if (name === 'defs' || name === 'title' || name === 'desc' || name === 'clipPath' || name === 'style') return;
  const style: Inherited = { ...inherited };
  for (const attribute of INHERITED) {
    const value = element.getAttribute(attribute);
    if (value !== null) style[attribute] = value;
  }
  const ownOpacity = opacity * number(element.getAttribute('opacity'), 1);
  let here = multiply(matrix, parseTransform(element.getAttribute('transform')));
  // A nested SVG places its content at its x and y.
  if (name === 'svg' && element.parentElement !== null)
    here = multiply(here, translate(number(element.getAttribute('x')), number(element.getAttribute('y'))));
  if (name === 'text') {
    steps.push(() => drawText(page, element, here, style, ownOpacity, fonts));
    return;
  }
  const d = shapePath(element);
  if (d) steps.push(() => drawPath(page, d, here, pathStyle(style, ownOpacity)));
  for (const child of Array.from(element.children)) collectSteps(page, child, here, fonts, style, ownOpacity, steps);
}

/** Work is done in slices this long before the page gets the thread back. */
const SLICE_MS = 12;

/** Draws `root` and everything in it under `matrix` (its coordinates to the page's), yielding to the page often. */
export async function drawSvg(page: PDFPage, root: Element, matrix: Matrix, fonts: PdfFonts): Promise<void> {
  const steps: DrawStep[] = [];
  collectSteps(page, root, matrix, fonts, {}, 1, steps);
  let slice = performance.now();
  for (const step of steps) {
    step();
    if (performance.now() - slice > SLICE_MS) {
      await new Promise<void>((resolve) => setTimeout(resolve));
      slice = performance.now();
    }
  }
}
