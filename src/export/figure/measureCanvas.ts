// Measures figure text with a canvas 2D context, in the browser, so layout matches what the canvas draws.
import { cssFont, type MeasureText } from './primitives';

let context: CanvasRenderingContext2D | null = null;

export const measureWithCanvas: MeasureText = (text, font) => {
  context ??= document.createElement('canvas').getContext('2d');
  if (context === null) return text.length * font.size * 0.6;
  context.font = cssFont(font);
  return context.measureText(text).width;
};
