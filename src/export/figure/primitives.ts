// The figure's display list: a few drawing primitives that the PNG (canvas) and SVG writers both render.

export const FIGURE_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif';

export interface FontSpec {
  size: number;
  bold?: boolean;
}

/** The CSS font shorthand the canvas and the text measurer use. */
export const cssFont = (font: FontSpec) => `${font.bold ? 'bold ' : ''}${font.size}px ${FIGURE_FONT_FAMILY}`;

/** Text width in CSS pixels for a font: canvas measureText in the browser, an estimate in tests. */
export type MeasureText = (text: string, font: FontSpec) => number;

export type Primitive =
  /** y is the alphabetic baseline. */
  | { kind: 'text'; x: number; y: number; text: string; font: FontSpec; color: string }
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
    }
  | {
      kind: 'polygon';
      points: readonly (readonly [number, number])[];
      fill: string;
      stroke?: string;
      strokeWidth?: number;
    }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke?: string; strokeWidth?: number }
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      fill: string;
      stroke?: string;
      strokeWidth?: number;
      radius?: number;
    };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
