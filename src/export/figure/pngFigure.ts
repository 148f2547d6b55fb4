// PNG export of the figure: planned first (planFigure.ts: preset, size, canvas limits), then the decorations and the graph
// drawn, then toBlob.
import { fitScale, MIN_SCALE, type FittedSize } from '../imageSize';
import { drawPrimitives } from './drawCanvas';
import type { FigureContent } from './figureContent';
import { measureWithCanvas } from './measureCanvas';
import type { GraphPainter } from './painter';
import { presetById } from './presets';
import { ExportProblem, planFigure, type FigurePlan, type ImageRequest } from './planFigure';

export interface ImageOutcome {
  blob: Blob;
  width: number;
  height: number;
  scale: number;
  /** Set when the image is not what was asked for (a lower scale), to tell the user. */
  notice?: string;
}

export interface ExportProgress {
  phase: 'drawing' | 'encoding';
  /** 0–1 while drawing; encoding has no measurable progress. */
  fraction: number;
}

export async function exportPng(
  painter: GraphPainter,
  content: FigureContent,
  request: ImageRequest,
  onProgress: (progress: ExportProgress) => void = () => {},
): Promise<ImageOutcome> {
  const plan = await planFigure(painter, content, request, measureWithCanvas);
  const { layout, size: fitted, notice } = plan;
  const fixedSize = presetById(request.preset).fixed !== undefined;

  // Memory can run out below the hard limits: a null context or blob. Then halve the scale and say so.
  for (let attempt = fitted; ;) {
    try {
      const blob = await renderPng(painter, plan, attempt, request.background, onProgress);
      const lowered =
        attempt === fitted
          ? notice
          : content.words.lowered({
              requested: request.scale,
              requestedWidth: fitted.pixelWidth,
              requestedHeight: fitted.pixelHeight,
              scale: attempt.scale,
              width: attempt.pixelWidth,
              height: attempt.pixelHeight,
            });
      return {
        blob,
        width: attempt.pixelWidth,
        height: attempt.pixelHeight,
        scale: attempt.scale,
        ...(lowered !== undefined && { notice: lowered }),
      };
    } catch (error) {
      // A preset's size is the point of it: it is not lowered.
      const smaller =
        !fixedSize && attempt.scale / 2 >= MIN_SCALE
          ? fitScale(layout.width, layout.height, Math.round((attempt.scale / 2) * 100) / 100)
          : null;
      if (!(error instanceof CanvasFailure) || smaller === null)
        throw error instanceof CanvasFailure ? new ExportProblem(error.message) : error;
      attempt = smaller;
    }
  }
}

class CanvasFailure extends Error {}

async function renderPng(
  painter: GraphPainter,
  { layout, area, labels, content }: FigurePlan,
  size: FittedSize,
  background: ImageRequest['background'],
  onProgress: (progress: ExportProgress) => void,
): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = size.pixelWidth;
  canvas.height = size.pixelHeight;
  try {
    const ctx = canvas.getContext('2d');
    if (ctx === null) throw new CanvasFailure(content.words.noCanvas);
    ctx.scale(size.scale, size.scale);
    if (background === 'white') {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, layout.width, layout.height);
    }
    drawPrimitives(ctx, layout.primitives);
    onProgress({ phase: 'drawing', fraction: 0 });
    await painter.paint(ctx, area, layout.graph, size.scale, labels, (fraction) =>
      onProgress({ phase: 'drawing', fraction }),
    );
    onProgress({ phase: 'encoding', fraction: 1 });
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob === null || blob.size === 0) throw new CanvasFailure(content.words.noEncoding);
    return blob;
  } finally {
    // Release the pixels now rather than at the next garbage collection.
    canvas.width = 0;
    canvas.height = 0;
  }
}
