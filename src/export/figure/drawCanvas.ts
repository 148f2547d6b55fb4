// Draws the figure's primitives (title, legend, footer) onto a 2D canvas context already scaled to the export scale.
import { cssFont, type Primitive } from './primitives';

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function tracePolygon(ctx: Context, points: readonly (readonly [number, number])[]): void {
  ctx.beginPath();
  points.forEach(([x, y], index) => (index === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  ctx.closePath();
}

function fillAndStroke(
  ctx: Context,
  item: { fill: string; stroke?: string; strokeWidth?: number; opacity?: number },
): void {
  ctx.globalAlpha = item.opacity ?? 1;
  ctx.fillStyle = item.fill;
  ctx.fill();
  if (item.stroke) {
    ctx.strokeStyle = item.stroke;
    ctx.lineWidth = item.strokeWidth ?? 1;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

export function drawPrimitives(ctx: Context, primitives: readonly Primitive[]): void {
  ctx.save();
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.setLineDash([]);
  for (const item of primitives) {
    switch (item.kind) {
      case 'text':
        ctx.font = cssFont(item.font);
        ctx.fillStyle = item.color;
        ctx.fillText(item.text, item.x, item.y);
        break;
      case 'line':
        ctx.beginPath();
        ctx.moveTo(item.x1, item.y1);
        ctx.lineTo(item.x2, item.y2);
        ctx.strokeStyle = item.color;
        ctx.lineWidth = item.width;
        ctx.lineCap = item.round ? 'round' : 'butt';
        ctx.setLineDash(item.dash ? [...item.dash] : []);
        ctx.globalAlpha = item.opacity ?? 1;
        ctx.stroke();
        ctx.globalAlpha = 1;
        ctx.setLineDash([]);
        break;
      case 'polygon':
        tracePolygon(ctx, item.points);
        fillAndStroke(ctx, item);
        break;
      case 'circle':
        ctx.beginPath();
        ctx.arc(item.cx, item.cy, item.r, 0, 2 * Math.PI);
        fillAndStroke(ctx, item);
        break;
      case 'rect':
        ctx.beginPath();
        if (item.radius) ctx.roundRect(item.x, item.y, item.width, item.height, item.radius);
        else ctx.rect(item.x, item.y, item.width, item.height);
        fillAndStroke(ctx, item);
        break;
    }
  }
  ctx.restore();
}
