// Measures label text as Cytoscape will draw it (canvas 2D measureText, the stylesheet's font), per pixel of font size.
import type { TextWidth } from '../../graph/labels';
import { LABEL_FONT_FAMILY } from '../../graph/stylesheet';

/** Measured at this size and scaled: text width grows with the font size, and one measure serves every zoom level. */
const REFERENCE_PX = 100;
/** Where no canvas exists (Node, tests): a typical sans-serif character is about this wide per pixel of font size. */
const ESTIMATED_CHARACTER_WIDTH = 0.56;

let measure: TextWidth | null = null;

function canvasContext(): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(1, 1).getContext('2d');
  if (typeof document !== 'undefined') return document.createElement('canvas').getContext('2d');
  return null;
}

/** The page's measure (cached per line of text), or an estimate where there is no canvas. */
export function labelTextWidth(): TextWidth {
  if (measure) return measure;
  const context = canvasContext();
  if (!context) return (line) => line.length * ESTIMATED_CHARACTER_WIDTH;
  context.font = `normal normal ${REFERENCE_PX}px ${LABEL_FONT_FAMILY}`;
  const cache = new Map<string, number>();
  measure = (line) => {
    let width = cache.get(line);
    if (width === undefined) {
      width = context.measureText(line).width / REFERENCE_PX;
      cache.set(line, width);
    }
    return width;
  };
  return measure;
}
