// The PDF's first page: the figure planned as the SVG export plans it (same layout, labels and numbers, measured in
// the PDF's own fonts), its SVG then drawn on the page in vectors, every word of it real text.
import type { PDFDocument, PDFPage } from 'pdf-lib';
import type { FigureContent } from '../figure/figureContent';
import { figureSvg } from '../figure/figureSvg';
import type { GraphPainter } from '../figure/painter';
import { planFigure } from '../figure/planFigure';
import type { PresetId } from '../figure/presets';
import type { MeasureText } from '../figure/primitives';
import type { PdfFonts } from './pdfFonts';
import { drawSvg } from './svgToPdf';
import { setSingleLine } from './textRuns';

export async function drawFigurePage(
  document: PDFDocument,
  painter: GraphPainter,
  content: FigureContent,
  options: { preset: PresetId; size: { width: number; height: number }; fonts: PdfFonts; edgeLabels: boolean },
): Promise<PDFPage> {
  const { fonts, size } = options;
  // The layout measures the same words many times over (each scale it tries): each is set once, at size 1.
  const measured = new Map<string, number>();
  const measure: MeasureText = (text, font) => {
    const key = `${font.bold ? 'b' : 'r'}${text}`;
    let width = measured.get(key);
    if (width === undefined)
      measured.set(key, (width = setSingleLine(text, font.bold ? fonts.bold : fonts.regular, 1).width));
    return width * font.size;
  };
  const plan = await planFigure(
    painter,
    content,
    { preset: options.preset, scale: 1, background: 'white', edgeLabels: options.edgeLabels },
    measure,
  );
  const graph = await painter.svg(plan.area, plan.labels);
  const svg = figureSvg(
    plan.layout,
    { svg: graph, x: plan.layout.graph.x, y: plan.layout.graph.y },
    { title: plan.content.title, background: 'white', pixels: { width: size.width, height: size.height } },
  );
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const page = document.addPage([size.width, size.height]);
  // The figure's CSS pixels (y down) to the page's points (y up).
  const unit = size.width / plan.layout.width;
  await drawSvg(page, root, [unit, 0, 0, -unit, 0, size.height], fonts);
  return page;
}
