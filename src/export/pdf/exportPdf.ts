// The PDF export's entry for the menu, loaded when the user asks for it: the figure on the first page (drawn in vectors,
// its words real text, its relations numbered), then every shown relation's quotes by number with outlet, author, date
// and link, then the sources, over as many pages as they need. The page stays responsive: the work yields often.
import { PDFDocument } from 'pdf-lib';
import { citedDocuments } from '../citedDocuments';
import type { ExportSnapshot } from '../exportSnapshot';
import { snapshotFigure } from '../exportSnapshot';
import type { GraphPainter } from '../figure/painter';
import { numberedQuotes, quoteSourceLine } from '../quoteList';
import type { Formatter } from '../../i18n/formatter';
import { FLOW_STYLE, PageFlow } from './pdfFlow';
import { drawFigurePage } from './pdfFigure';
import { loadPdfFonts } from './pdfFonts';
import { PDF_PAGES, type PdfPage } from './pdfPages';

export interface PdfRequest {
  title: string;
  subtitle: string;
  page: PdfPage;
  asOf: string | null;
  edgeLabels: boolean;
  createdAt: Date;
  onProgress?: (step: string, fraction: number | null) => void;
}

/** Work is done in slices this long before the page gets the thread back. */
const SLICE_MS = 12;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve));

export async function exportPdf(
  painter: GraphPainter,
  snapshot: ExportSnapshot,
  format: Formatter,
  request: PdfRequest,
): Promise<{ blob: Blob; pages: number }> {
  const report = request.onProgress ?? (() => {});
  const { checked, visible } = snapshot;
  const paper = PDF_PAGES[request.page];
  const listed = numberedQuotes(checked, visible.relationIndices, format, request.asOf);
  const content = snapshotFigure(snapshot, format, {
    title: request.title,
    subtitle: request.subtitle,
    cited: true,
    listsFollow: true,
  });

  const document = await PDFDocument.create();
  document.setTitle(request.title, { showInWindowTitleBar: true });
  document.setSubject(format.t('pdf.subject', { dataset: checked.dataset.title }));
  document.setCreator(format.t('pdf.creator'));
  document.setProducer(format.t('pdf.producer'));
  document.setLanguage(format.language);
  document.setCreationDate(request.createdAt);
  document.setModificationDate(request.createdAt);

  report(format.t('export.progress.fonts'), null);
  const words = [
    request.title,
    request.subtitle,
    ...checked.dataset.actors.map((actor) => actor.name),
    ...[...checked.relationTypes.values()].map((type) => type.label),
    ...listed.flatMap((relation) => [relation.heading, ...relation.quotes.map((quote) => quote.quote)]),
    ...content.citations,
  ];
  const fonts = await loadPdfFonts(document, words);

  report(format.t('export.progress.pdfFigure'), null);
  const figurePage = await drawFigurePage(document, painter, content, {
    preset: paper.figurePreset,
    size: paper.points,
    fonts,
    edgeLabels: request.edgeLabels,
  });
  await yieldToPage();

  const flow = new PageFlow(document, paper.points, fonts);
  const numberStyle = { size: FLOW_STYLE.body, bold: true };
  const numberWidth = flow.widthOf(format.t('quotes.number', { number: listed.length }), numberStyle) + 6;
  flow.paragraph(format.t('quotes.heading'), { size: FLOW_STYLE.heading, bold: true });
  let slice = performance.now();
  for (const [position, relation] of listed.entries()) {
    const heading = { size: FLOW_STYLE.body, bold: true, indent: numberWidth, before: 7 };
    // A relation's heading stays with its first quote (a line or two of each).
    flow.keep(heading.before + FLOW_STYLE.body * FLOW_STYLE.leading * 4);
    flow.paragraph(relation.heading, heading, {
      text: format.t('quotes.number', { number: relation.number }),
      width: numberWidth,
      bold: true,
    });
    if (relation.quotes.length === 0)
      flow.paragraph(format.t('quotes.none'), {
        size: FLOW_STYLE.small,
        indent: numberWidth,
        colour: FLOW_STYLE.muted,
      });
    for (const quote of relation.quotes) {
      flow.paragraph(format.t('quotes.quote', { quote: quote.quote }), {
        size: FLOW_STYLE.body,
        indent: numberWidth + 8,
        before: 2,
      });
      flow.paragraph(quoteSourceLine(format, quote), {
        size: FLOW_STYLE.small,
        indent: numberWidth + 8,
        colour: FLOW_STYLE.muted,
      });
      if (quote.url)
        flow.paragraph(quote.url, {
          size: FLOW_STYLE.small,
          indent: numberWidth + 8,
          colour: FLOW_STYLE.link,
          link: quote.url,
        });
    }
    if (performance.now() - slice > SLICE_MS) {
      report(
        format.t('export.progress.pdfQuotes', { done: (position + 1) / listed.length }),
        (position + 1) / listed.length,
      );
      await yieldToPage();
      slice = performance.now();
    }
  }

  flow.paragraph(format.t('pdf.sources', { count: content.citations.length }), {
    size: FLOW_STYLE.heading,
    bold: true,
    before: 18,
  });
  const documents = citedDocuments(snapshot.checked, snapshot.visible);
  const sourceNumberWidth = flow.widthOf(format.t('quotes.number', { number: documents.length }), numberStyle) + 6;
  documents.forEach((document, index) => {
    flow.paragraph(
      format.t(document.author ? 'figure.citation.withAuthor' : 'figure.citation', {
        outlet: document.outlet,
        title: document.title,
        author: document.author,
        published: format.partialDate(document.published),
      }),
      { size: FLOW_STYLE.body, indent: sourceNumberWidth, before: 4 },
      { text: format.t('quotes.number', { number: index + 1 }), width: sourceNumberWidth },
    );
    if (document.url)
      flow.paragraph(document.url, {
        size: FLOW_STYLE.small,
        indent: sourceNumberWidth,
        colour: FLOW_STYLE.link,
        link: document.url,
      });
  });
  flow.paragraph(
    format.t('pdf.stamp', {
      createdAt: format.time(request.createdAt, 'moment'),
      dataset: checked.dataset.title,
      datasetId: checked.dataset.id,
    }),
    { size: FLOW_STYLE.small, colour: FLOW_STYLE.muted, before: 18 },
  );
  flow.footers([figurePage, ...flow.pages], (page, pages) => format.t('pdf.page', { page, pages }));
  report(format.t('export.progress.pdfSaving'), null);
  await yieldToPage();
  const bytes = await document.save({ objectsPerTick: 25 });
  return { blob: new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), pages: document.getPageCount() };
}
