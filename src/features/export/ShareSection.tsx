// The export menu's share section: the view as one interactive HTML file, or as a PDF of the figure and every quote
// (A4 or US Letter). Both exporters load only when asked for: the viewer's text and the PDF writer and fonts are large.
import { useGraph } from '../../canvas/GraphContext';
import { downloadBlob } from '../../export/download';
import type { ExportSnapshot } from '../../export/exportSnapshot';
import { exportFileName } from '../../export/fileName';
import type { PdfPage } from '../../export/pdf/pdfPages';
import { useI18n } from '../../i18n/I18nProvider';
import type { Formatter } from '../../i18n/formatter';
import { useExplorerStore } from '../../store/StoreProvider';
import type { ExportTask } from './useExportRunner';

const PAGES: readonly PdfPage[] = ['a4', 'letter'];

const retryable = <T,>(loading: Promise<T>, forget: () => void) =>
  loading.catch((error: unknown) => {
    forget();
    throw error;
  });
let htmlExporter: Promise<typeof import('../../export/share/exportSharedView')> | null = null;
let pdfExporter: Promise<typeof import('../../export/pdf/exportPdf')> | null = null;
const loadHtmlExporter = () =>
  (htmlExporter ??= retryable(import('../../export/share/exportSharedView'), () => (htmlExporter = null)));
const loadPdfExporter = () =>
  (pdfExporter ??= retryable(import('../../export/pdf/exportPdf'), () => (pdfExporter = null)));

/** "812.4 kB", "1.21 MB": a file's size in the reader's words. */
function fileSize(format: Formatter, bytes: number): string {
  return bytes < 1_000_000
    ? format.t('export.size.kilobytes', { size: bytes / 1000 })
    : format.t('export.size.megabytes', { size: bytes / 1_000_000 });
}

interface ShareSectionProps {
  /** What is shown at the moment of the click. */
  snapshotNow: () => ExportSnapshot;
  /** The figure's title and subtitle as the menu has them. */
  headings: { title: string; subtitle: string };
  page: PdfPage;
  setPage: (page: PdfPage) => void;
  busy: boolean;
  run: (what: string, task: ExportTask) => Promise<void>;
}

export function ShareSection({ snapshotNow, headings, page, setPage, busy, run }: ShareSectionProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const store = useExplorerStore();
  const graph = useGraph();

  const exportHtml = () =>
    run(t('export.share.html'), async (report) => {
      const snapshot = snapshotNow();
      if (graph === null) throw new Error(t('export.error.noGraph'));
      const state = store.getState();
      report(t('export.progress.viewer'), null);
      const { sharedViewBlob } = await loadHtmlExporter();
      const blob = sharedViewBlob(snapshot, graph.painter.nodePositions(), {
        ...headings,
        asOf: state.filters.asOf,
        edgeLabels: state.edgeLabels,
        createdAt: new Date(),
      });
      const fileName = exportFileName(snapshot.checked.dataset.id, snapshot.summary.slug, new Date(), 'html', 'view');
      downloadBlob(blob, fileName);
      return [
        {
          kind: 'done',
          text: t('export.saved.html', {
            fileName,
            size: fileSize(i18n, blob.size),
            actors: snapshot.visible.actorIds.size,
            relations: snapshot.visible.relationIndices.length,
          }),
        },
      ];
    });

  const exportPdf = () =>
    run(t('export.share.pdf'), async (report) => {
      const snapshot = snapshotNow();
      if (graph === null) throw new Error(t('export.error.noGraph'));
      report(t('export.progress.fonts'), null);
      const { exportPdf: makePdf } = await loadPdfExporter();
      const outcome = await makePdf(graph.painter, snapshot, i18n, {
        ...headings,
        page,
        asOf: store.getState().filters.asOf,
        edgeLabels: store.getState().edgeLabels,
        createdAt: new Date(),
        onProgress: (step, fraction) => report(step, fraction),
      });
      const fileName = exportFileName(snapshot.checked.dataset.id, snapshot.summary.slug, new Date(), 'pdf', page);
      downloadBlob(outcome.blob, fileName);
      return [
        {
          kind: 'done',
          text: t('export.saved.pdf', { fileName, pages: outcome.pages, size: fileSize(i18n, outcome.blob.size) }),
        },
      ];
    });

  return (
    <section aria-label={t('export.share.label')}>
      <h2>{t('export.share.heading')}</h2>
      <p className="hint">{t('export.share.hint')}</p>
      <div className="export-menu__share">
        <button
          type="button"
          disabled={busy}
          onClick={() => void exportHtml()}
          aria-label={t('export.download', { format: t('export.share.html') })}
        >
          {t('export.share.html')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void exportPdf()}
          aria-label={t('export.download', { format: t('export.share.pdf') })}
        >
          {t('export.share.pdf')}
        </button>
        <fieldset disabled={busy} className="export-menu__page">
          <legend>{t('export.share.page')}</legend>
          {PAGES.map((size) => (
            <label key={size}>
              <input type="radio" name="export-pdf-page" checked={page === size} onChange={() => setPage(size)} />{' '}
              {t(`export.share.page.${size}`)}
            </label>
          ))}
        </fieldset>
      </div>
    </section>
  );
}
