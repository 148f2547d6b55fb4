// Draws on a PDF page in the coordinates the figure uses (y down, CSS pixels under a transform): filled and stroked SVG
// paths, lines of text as real text in the embedded fonts, and a text's halo as the outline of its glyphs (so that the
// halo is not a second copy of the words when the text is selected or searched).
import type { Font as FontFace } from 'fontkit';
import {
  concatTransformationMatrix,
  LineCapStyle,
  LineJoinStyle,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setLineJoin,
  type PDFFont,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import type { RunFont, SetLine } from './textRuns';

/** A font the PDF draws with: the runs' view of it, the embedded font and its face (for glyph outlines). */
export interface PdfRunFont extends RunFont {
  pdf: PDFFont;
  face: FontFace;
}

/** [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

/** The transform that applies `inner` first, then `outer`. */
export function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [a2, b2, c2, d2, e2, f2] = inner;
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
}

export const translate = (x: number, y: number): Matrix => [1, 0, 0, 1, x, y];
export const scale = (x: number, y = x): Matrix => [x, 0, 0, y, 0, 0];
export const rotate = (degrees: number): Matrix => {
  const radians = (degrees * Math.PI) / 180;
  return [Math.cos(radians), Math.sin(radians), -Math.sin(radians), Math.cos(radians), 0, 0];
};
/** Turns y-down coordinates into y-up ones and back. */
export const FLIP: Matrix = [1, 0, 0, -1, 0, 0];

/** "#1b7837", "rgb(27, 120, 55)": the colour, or null for "none" and what is not a colour. */
export function parseColour(value: string | null | undefined): RGB | null {
  if (!value || value === 'none' || value === 'transparent') return null;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((digit) => digit + digit).join('') : hex[1]!;
    const [r, g, b] = [0, 2, 4].map((at) => Number.parseInt(digits.slice(at, at + 2), 16) / 255);
    return rgb(r!, g!, b!);
  }
  const functional = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(value.trim());
  if (functional) {
    const [r, g, b] = functional.slice(1, 4).map((channel) => Math.min(255, Number(channel)) / 255);
    return rgb(r!, g!, b!);
  }
  return null;
}

export interface PathStyle {
  fill?: RGB | null;
  fillOpacity?: number;
  stroke?: RGB | null;
  strokeOpacity?: number;
  strokeWidth?: number;
  dash?: readonly number[];
  roundCap?: boolean;
  roundJoin?: boolean;
}

/** An SVG path (y down) under `frame` (its coordinates to the page's). */
export function drawPath(page: PDFPage, d: string, frame: Matrix, style: PathStyle): void {
  if (!style.fill && !style.stroke) return;
  // pdf-lib's drawSvgPath turns y down into y up itself: undo that in the frame.
  const [a, b, c, dd, e, f] = multiply(frame, FLIP);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(a, b, c, dd, e, f));
  if (style.roundJoin) page.pushOperators(setLineJoin(LineJoinStyle.Round));
  page.drawSvgPath(d, {
    x: 0,
    y: 0,
    ...(style.fill && { color: style.fill, opacity: style.fillOpacity ?? 1 }),
    ...(style.stroke && {
      borderColor: style.stroke,
      borderOpacity: style.strokeOpacity ?? 1,
      borderWidth: style.strokeWidth ?? 1,
      ...(style.dash && style.dash.length > 0 && { borderDashArray: [...style.dash] }),
      ...(style.roundCap && { borderLineCap: LineCapStyle.Round }),
    }),
  });
  page.pushOperators(popGraphicsState());
}

/**
 * A set line with its left end of the baseline at the origin of `frame` (y up), in `size` units of the frame: real
 * text, which a reader selects, copies and searches.
 */
export function drawSetLine(
  page: PDFPage,
  line: SetLine<PdfRunFont>,
  frame: Matrix,
  size: number,
  colour: RGB,
  opacity = 1,
): void {
  const [a, b, c, d, e, f] = frame;
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(a, b, c, d, e, f));
  for (const run of line.runs) {
    if (run.text.trim() === '') continue;
    page.drawText(run.text, { x: run.x, y: 0, size, font: run.font.pdf, color: colour, opacity });
  }
  page.pushOperators(popGraphicsState());
}

/** A halo around a set line: its glyphs' outlines stroked `width` wide, drawn before the text. */
export function drawHalo(
  page: PDFPage,
  line: SetLine<PdfRunFont>,
  frame: Matrix,
  size: number,
  colour: RGB,
  width: number,
): void {
  const style: PathStyle = { stroke: colour, strokeWidth: width, roundJoin: true, roundCap: true };
  for (const run of line.runs) {
    const { face } = run.font;
    const unit = size / face.unitsPerEm;
    const glyphs = face.layout(run.text);
    let pen = run.x;
    glyphs.glyphs.forEach((glyph, index) => {
      const position = glyphs.positions[index];
      const outline = glyph.path.toSVG();
      if (outline !== '') {
        // The glyph's outline is y up in font units; the stroke width is given in the line's units.
        const glyphFrame = multiply(
          frame,
          multiply(translate(pen + (position?.xOffset ?? 0) * unit, (position?.yOffset ?? 0) * unit), scale(unit)),
        );
        drawPath(page, outline, glyphFrame, { ...style, strokeWidth: width / unit });
      }
      pen += (position?.xAdvance ?? glyph.advanceWidth) * unit;
    });
  }
}
