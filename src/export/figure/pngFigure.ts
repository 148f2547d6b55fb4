// PNG export of the figure: size computed first against the canvas limits, then the decorations and the graph drawn, then toBlob.
import { fitScale, MIN_SCALE, reducedScaleMessage, type FittedSize } from '../imageSize';
import { drawPrimitives } from './drawCanvas';
import type { FigureContent } from './figureContent';
import { layoutFigure, type FigureLayout } from './figureLayout';
import { measureWithCanvas } from './measureCanvas';
import type { GraphArea, GraphPainter, ImageArea } from './painter';

export interface ImageRequest {
  area: ImageArea;
  /** 1, 2 or 4 from the menu; any positive number works. */
  scale: number;
  background: 'white' | 'transparent';
}

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

/** A problem to tell the user, rather than a broken file. */
export class ExportProblem extends Error {}

export const NOTHING_VISIBLE =
  'Nothing is shown, so there is nothing to export: change the filters or the focus first.';

export async function exportPng(
  painter: GraphPainter,
  content: FigureContent,
  request: ImageRequest,
  onProgress: (progress: ExportProgress) => void = () => {},
): Promise<ImageOutcome> {
  const area = await painter.area(request.area);
  if (area === null) throw new ExportProblem(NOTHING_VISIBLE);
  const layout = layoutFigure(content, area, measureWithCanvas);
  const fitted = fitScale(layout.width, layout.height, request.scale);
  if (fitted === null)
    throw new ExportProblem(
      'This graph is too large to draw as a PNG even at a tenth of its size. Export it as SVG, or filter it first.',
    );
  const notice = fitted.reduced ? reducedScaleMessage(request.scale, fitted, layout) : undefined;

  // Memory can run out below the hard limits: a null context or blob. Then halve the scale and say so.
  for (let attempt = fitted; ;) {
    try {
      const blob = await renderPng(painter, layout, area, attempt, request.background, onProgress);
      const lowered =
        attempt === fitted
          ? notice
          : `The browser could not allocate a ${fitted.pixelWidth.toLocaleString('en')} px wide image; exported at ${attempt.scale}× instead (${attempt.pixelWidth.toLocaleString('en')} × ${attempt.pixelHeight.toLocaleString('en')} px).`;
      return {
        blob,
        width: attempt.pixelWidth,
        height: attempt.pixelHeight,
        scale: attempt.scale,
        ...(lowered !== undefined && { notice: lowered }),
      };
    } catch (error) {
      const smaller =
        attempt.scale / 2 >= MIN_SCALE
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
  layout: FigureLayout,
  area: GraphArea,
  size: FittedSize,
  background: ImageRequest['background'],
  onProgress: (progress: ExportProgress) => void,
): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = size.pixelWidth;
  canvas.height = size.pixelHeight;
  try {
    const ctx = canvas.getContext('2d');
    if (ctx === null) throw new CanvasFailure('The browser could not create a canvas for the image.');
    ctx.scale(size.scale, size.scale);
    if (background === 'white') {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, layout.width, layout.height);
    }
    drawPrimitives(ctx, layout.primitives);
    onProgress({ phase: 'drawing', fraction: 0 });
    await painter.paint(ctx, area, layout.graph, size.scale, (fraction) => onProgress({ phase: 'drawing', fraction }));
    onProgress({ phase: 'encoding', fraction: 1 });
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob === null || blob.size === 0) throw new CanvasFailure('The browser could not encode the image.');
    return blob;
  } finally {
    // Release the pixels now rather than at the next garbage collection.
    canvas.width = 0;
    canvas.height = 0;
  }
}
