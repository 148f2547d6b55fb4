// The figure's display list: a few drawing primitives that the PNG (canvas) and SVG writers both render.
import type { Shape } from '../../graph/legendSwatches';

export const FIGURE_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif';

export interface FontSpec {
  size: number;
  bold?: boolean;
}

/** The CSS font shorthand the canvas and the text measurer use. */
export const cssFont = (font: FontSpec) => `${font.bold ? 'bold ' : ''}${font.size}px ${FIGURE_FONT_FAMILY}`;

/** Text width in CSS pixels for a font: canvas measureText in the browser, an estimate in tests. */
export type MeasureText = (text: string, font: FontSpec) => number;

/** A swatch's shapes (graph/legendSwatches.ts), the rules and the text around them. */
export type Primitive =
  /** y is the alphabetic baseline. */
  { kind: 'text'; x: number; y: number; text: string; font: FontSpec; color: string } | Shape;

export interface PageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}
