// The PDF's fonts: Noto Sans for Latin, Greek and Cyrillic (regular and bold), Noto Sans Hebrew and Noto Naskh Arabic,
// all under the SIL Open Font License. They are assets fetched only when a PDF is made, the Hebrew and Arabic ones only
// when its words hold those scripts; each is embedded as a subset of the glyphs the document uses.
import type { PDFDocument } from 'pdf-lib';
import latinRegular from 'pdf-fonts/latin/NotoSans-Regular.ttf?url';
import latinBold from 'pdf-fonts/latin/NotoSans-Bold.ttf?url';
import hebrewRegular from 'pdf-fonts/hebrew/NotoSansHebrew-Regular.ttf?url';
import hebrewBold from 'pdf-fonts/hebrew/NotoSansHebrew-Bold.ttf?url';
import arabicRegular from 'pdf-fonts/arabic/NotoNaskhArabic-Regular.ttf?url';
import arabicBold from 'pdf-fonts/arabic/NotoNaskhArabic-Bold.ttf?url';
import { createFont, registerFontkit } from './fontkitForPdfLib';
import type { PdfRunFont } from './pdfCanvas';

type Script = 'latin' | 'hebrew' | 'arabic';

/** One row per script: its fonts, and the characters that call for it (Latin is always loaded). */
const FONT_FILES: Record<Script, { regular: string; bold: string; needed: RegExp | null }> = {
  latin: { regular: latinRegular, bold: latinBold, needed: null },
  hebrew: { regular: hebrewRegular, bold: hebrewBold, needed: /[\u0590-\u05ff\ufb1d-\ufb4f]/u },
  arabic: {
    regular: arabicRegular,
    bold: arabicBold,
    needed: /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u,
  },
};
const SCRIPTS: readonly Script[] = ['latin', 'hebrew', 'arabic'];

/** The fonts a document's text needs, in the order a character is looked up in them. */
export interface PdfFonts {
  regular: readonly PdfRunFont[];
  bold: readonly PdfRunFont[];
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Loads and embeds the fonts `texts` need: Latin always, Hebrew and Arabic only when some text holds them. */
export async function loadPdfFonts(document: PDFDocument, texts: readonly string[]): Promise<PdfFonts> {
  registerFontkit(document);
  const all = texts.join('\n');
  const scripts = SCRIPTS.filter((script) => FONT_FILES[script].needed?.test(all) ?? true);
  const loaded = await Promise.all(
    scripts.flatMap((script) =>
      (['regular', 'bold'] as const).map(async (weight) => {
        const bytes = await fetchBytes(FONT_FILES[script][weight]);
        return { weight, font: await embed(document, `${script}-${weight}`, bytes) };
      }),
    ),
  );
  return {
    regular: loaded.filter((item) => item.weight === 'regular').map((item) => item.font),
    bold: loaded.filter((item) => item.weight === 'bold').map((item) => item.font),
  };
}

async function embed(document: PDFDocument, id: string, bytes: Uint8Array): Promise<PdfRunFont> {
  const face = createFont(bytes);
  const pdf = await document.embedFont(bytes, { subset: true });
  // Widths grow with the size: each text is shaped once, at size 1.
  const widths = new Map<string, number>();
  const widthAtOne = (text: string) => {
    let width = widths.get(text);
    if (width === undefined) widths.set(text, (width = pdf.widthOfTextAtSize(text, 1)));
    return width;
  };
  return {
    id,
    pdf,
    face,
    covers: (codePoint) => face.hasGlyphForCodePoint(codePoint),
    width: (text, size) => widthAtOne(text) * size,
    ascent: face.ascent / face.unitsPerEm,
    descent: -face.descent / face.unitsPerEm,
  };
}
