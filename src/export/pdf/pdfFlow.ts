// Sets text down a PDF's pages after the figure: paragraphs broken into lines, a new page when one is full, a hanging
// number, links on URLs; then a footer on every page with its number. Right-to-left paragraphs are set flush right.
import { PDFString, rgb, type PDFDocument, type PDFPage, type RGB } from 'pdf-lib';
import { drawSetLine, type PdfRunFont } from './pdfCanvas';
import type { PdfFonts } from './pdfFonts';
import { setParagraph, setSingleLine } from './textRuns';

/** The pages' measures in points. */
export const FLOW_STYLE = {
  margin: { top: 56, bottom: 64, left: 54, right: 54 },
  body: 9.5,
  small: 8,
  heading: 13,
  leading: 1.35,
  ink: rgb(0.1, 0.1, 0.1),
  muted: rgb(0.35, 0.35, 0.35),
  link: rgb(0.04, 0.34, 0.82),
} as const;

export interface TextStyle {
  size: number;
  bold?: boolean;
  colour?: RGB;
  /** Points before the paragraph. */
  before?: number;
  /** Added to the left margin. */
  indent?: number;
  /** A link the paragraph's lines open. */
  link?: string;
}

export class PageFlow {
  private page: PDFPage;
  private y: number;
  readonly pages: PDFPage[] = [];

  constructor(
    private readonly document: PDFDocument,
    private readonly size: { width: number; height: number },
    private readonly fonts: PdfFonts,
  ) {
    this.page = this.newPage();
    this.y = this.top;
  }

  private get top(): number {
    return this.size.height - FLOW_STYLE.margin.top;
  }

  private get width(): number {
    return this.size.width - FLOW_STYLE.margin.left - FLOW_STYLE.margin.right;
  }

  private newPage(): PDFPage {
    const page = this.document.addPage([this.size.width, this.size.height]);
    this.pages.push(page);
    return page;
  }

  private stack(bold: boolean | undefined): readonly PdfRunFont[] {
    return bold ? this.fonts.bold : this.fonts.regular;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  keep(height: number): void {
    if (this.y - height < FLOW_STYLE.margin.bottom && this.y < this.top) {
      this.page = this.newPage();
      this.y = this.top;
    }
  }

  /** A paragraph; with `number`, the number hangs in the margin of width `numberWidth` before its first line. */
  paragraph(text: string, style: TextStyle, number?: { text: string; width: number; bold?: boolean }): void {
    const indent = style.indent ?? 0;
    const lineHeight = style.size * FLOW_STYLE.leading;
    const lines = setParagraph(text, this.stack(style.bold), style.size, this.width - indent);
    this.y -= style.before ?? 0;
    lines.forEach((line, index) => {
      this.keep(lineHeight);
      this.y -= lineHeight;
      const left = FLOW_STYLE.margin.left + indent;
      const x = line.rightToLeft ? left + this.width - indent - line.width : left;
      const baseline = this.y + (lineHeight - style.size) / 2 + style.size * 0.22;
      drawSetLine(this.page, line, [1, 0, 0, 1, x, baseline], style.size, style.colour ?? FLOW_STYLE.ink);
      if (style.link) this.link(style.link, x, this.y, line.width, lineHeight);
      if (index === 0 && number) {
        const set = setSingleLine(number.text, this.stack(number.bold), style.size);
        const numberX = FLOW_STYLE.margin.left + indent - number.width;
        drawSetLine(this.page, set, [1, 0, 0, 1, numberX, baseline], style.size, style.colour ?? FLOW_STYLE.ink);
      }
    });
  }

  widthOf(text: string, style: TextStyle): number {
    return setSingleLine(text, this.stack(style.bold), style.size).width;
  }

  /** A URI link annotation over a line. */
  private link(url: string, x: number, y: number, width: number, height: number): void {
    const annotation = this.document.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [x, y, x + width, y + height],
      Border: [0, 0, 0],
      A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
    });
    this.page.node.addAnnot(this.document.context.register(annotation));
  }

  /**
   * Writes `footer(page number, pages)` at the foot of every page after the first: the figure's page is counted, but
   * its foot holds the figure's own credit.
   */
  footers(all: readonly PDFPage[], footer: (page: number, pages: number) => string): void {
    all.forEach((page, index) => {
      if (index === 0) return;
      const text = setSingleLine(footer(index + 1, all.length), this.fonts.regular, FLOW_STYLE.small);
      const x = (this.size.width - text.width) / 2;
      drawSetLine(page, text, [1, 0, 0, 1, x, FLOW_STYLE.margin.bottom / 2], FLOW_STYLE.small, FLOW_STYLE.muted);
    });
  }
}
