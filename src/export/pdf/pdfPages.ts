// Pure: the PDF's page sizes, one row each: the paper, in PDF points, and the figure preset its first page is laid out as.
import type { PresetId } from '../figure/presets';

export type PdfPage = 'a4' | 'letter';

interface PdfPageSize {
  /** Width and height in points (1/72 inch), portrait. */
  points: { width: number; height: number };
  /** The figure preset of the same paper at 300 dpi: the first page is that figure, drawn in vectors. */
  figurePreset: PresetId;
}

export const PDF_PAGES: Record<PdfPage, PdfPageSize> = {
  a4: { points: { width: (210 / 25.4) * 72, height: (297 / 25.4) * 72 }, figurePreset: 'a4Portrait' },
  letter: { points: { width: 8.5 * 72, height: 11 * 72 }, figurePreset: 'letterPortrait' },
};
