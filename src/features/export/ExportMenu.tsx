// The export menu: the figure as PNG or SVG (with title, legend and sources), and the shown data as JSON, CSV, GraphML or GEXF.
import { useCallback, useId, useRef, useState } from 'react';
import { useGraph } from '../../canvas/GraphContext';
import { CITED_MAX_RELATIONS } from '../../export/figure/citedList';
import type { FigureOptions } from '../../export/figure/figureContent';
import { presetById } from '../../export/figure/presets';
import { dataFileName, DATA_FORMATS, type DataFormat, type DataFormatId } from '../../export/dataFormats';
import { downloadBlob } from '../../export/download';
import { exportSnapshot, snapshotFigure, type ExportSnapshot } from '../../export/exportSnapshot';
import { exportFileName } from '../../export/fileName';
import type { PdfPage } from '../../export/pdf/pdfPages';
import type { MessageId } from '../../i18n/en';
import { useI18n } from '../../i18n/I18nProvider';
import { focusSeeds, selectVisibility } from '../../store/selectors';
import { useExplorerStore } from '../../store/StoreProvider';
import { Popover } from '../../ui/Popover';
import { useFloatingPanel } from '../../ui/useFloatingPanel';
import { ExportStatus } from './ExportStatus';
import { FigureWordsFields, type FigureWordsValue } from './FigureWordsFields';
import { ImageExportOptions, type ImageChoice } from './ImageExportOptions';
import { ShareSection } from './ShareSection';
import { useFigureDefaults } from './useFigureDefaults';
import { useExportRunner, type ExportMessage } from './useExportRunner';
import './exportMenu.css';

const DEFAULT_IMAGE: ImageChoice = { preset: 'whole', scale: 2, background: 'white' };
const DEFAULT_WORDS: FigureWordsValue = { title: null, subtitle: null, cited: false };
const IMAGE_FORMATS = ['png', 'svg'] as const;

/** Each data format's name and who reads it; a format without them fails typecheck here. */
const formatLabel = (id: DataFormatId): MessageId => `export.format.${id}.label`;
const formatDescription = (id: DataFormatId): MessageId => `export.format.${id}.description`;

/**
 * The exporters (the SVG renderer, the zip and XML writers) are not part of the first load: they are fetched when the
 * menu opens, so they are usually there by the time a button is pressed. A failed fetch is retried on the next try.
 */
let figureExporter: Promise<typeof import('../../export/figure/exportFigure')> | null = null;
let dataExporter: Promise<typeof import('../../export/dataExports')> | null = null;
const retryable = <T,>(loading: Promise<T>, forget: () => void) =>
  loading.catch((error: unknown) => {
    forget();
    throw error;
  });
const loadFigureExporter = () =>
  (figureExporter ??= retryable(import('../../export/figure/exportFigure'), () => (figureExporter = null)));
const loadDataExporter = () =>
  (dataExporter ??= retryable(import('../../export/dataExports'), () => (dataExporter = null)));

export function ExportMenu() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  // The choices outlive the panel: closing and reopening the menu keeps them.
  const [image, setImage] = useState<ImageChoice>(DEFAULT_IMAGE);
  const [edited, setEdited] = useState<EditedWords>({ datasetId: null, words: DEFAULT_WORDS });
  const [pdfPage, setPdfPage] = useState<PdfPage>('a4');
  const runner = useExportRunner();
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const floating = useFloatingPanel(open, { placement: 'bottom-end' });
  const { setAnchor } = floating;
  const setButton = useCallback(
    (element: HTMLButtonElement | null) => {
      button.current = element;
      setAnchor(element);
    },
    [setAnchor],
  );
  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  return (
    <div className="export-menu">
      <button
        ref={setButton}
        type="button"
        className="export-menu__button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => {
          if (!open) {
            // Only warming up: a failure here is reported by the export that needs the module.
            loadFigureExporter().catch(() => undefined);
            loadDataExporter().catch(() => undefined);
          }
          setOpen(!open);
        }}
      >
        {t('export.menu')}
        <span className="export-menu__caret" aria-hidden="true" />
      </button>
      {open && (
        <Popover
          id={panelId}
          label={t('export.menu')}
          floating={floating}
          anchor={button}
          onClose={close}
          className="export-menu__panel"
        >
          <ExportPanel
            image={image}
            setImage={setImage}
            edited={edited}
            setEdited={setEdited}
            pdfPage={pdfPage}
            setPdfPage={setPdfPage}
            runner={runner}
          />
        </Popover>
      )}
    </div>
  );
}

interface EditedWords {
  datasetId: string | null;
  words: FigureWordsValue;
}

interface ExportPanelProps {
  image: ImageChoice;
  setImage: (image: ImageChoice) => void;
  edited: EditedWords;
  setEdited: (edited: EditedWords) => void;
  pdfPage: PdfPage;
  setPdfPage: (page: PdfPage) => void;
  runner: ReturnType<typeof useExportRunner>;
}

/** The menu's content, drawn only while it is open: its defaults follow the filters without costing a closed menu. */
function ExportPanel({ image, setImage, edited, setEdited, pdfPage, setPdfPage, runner }: ExportPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const store = useExplorerStore();
  const graph = useGraph();
  const defaults = useFigureDefaults();
  // Edited words belong to the dataset they were written for: another dataset starts from its own defaults.
  const words =
    edited.datasetId === defaults.datasetId ? edited.words : { ...DEFAULT_WORDS, cited: edited.words.cited };
  const setWords = (next: FigureWordsValue) => setEdited({ datasetId: defaults.datasetId, words: next });
  const { status, run } = runner;
  const busy = status.busy !== null;

  /** Read at click time, so the export is exactly what is shown then. */
  const snapshotNow = (): ExportSnapshot => {
    const state = store.getState();
    const visible = selectVisibility(state);
    if (state.checked === null || visible === null) throw new Error(t('export.error.noDataset'));
    const seeds = state.focusHops > 0 ? focusSeeds(state.checked, state.selection) : [];
    return exportSnapshot(
      state.checked,
      visible,
      { filters: state.filters, focusHops: state.focusHops, focusSeeds: seeds, path: state.path },
      i18n,
    );
  };

  const exportImage = (format: 'png' | 'svg') =>
    run(format.toUpperCase(), async (report) => {
      const snapshot = snapshotNow();
      if (graph === null) throw new Error(t('export.error.noGraph'));
      const { exportFigure } = await loadFigureExporter();
      let shownPercent = -1;
      const options: FigureOptions = {
        ...(words.title !== null && { title: words.title }),
        ...(words.subtitle !== null && { subtitle: words.subtitle }),
        cited: words.cited && snapshot.visible.relationIndices.length <= CITED_MAX_RELATIONS,
      };
      const request = { ...image, edgeLabels: store.getState().edgeLabels };
      const content = snapshotFigure(snapshot, i18n, options);
      const outcome = await exportFigure(graph.painter, format, content, request, (progress) => {
        if (progress.phase === 'encoding') return report(t('export.progress.encoding'), null);
        const percent = Math.floor(progress.fraction * 100);
        if (percent !== shownPercent) report(t('export.progress.drawing', { done: percent / 100 }), progress.fraction);
        shownPercent = percent;
      });
      const fileName = exportFileName(
        snapshot.checked.dataset.id,
        snapshot.summary.slug,
        new Date(),
        format,
        presetById(image.preset).slug,
      );
      downloadBlob(outcome.blob, fileName);
      const messages: ExportMessage[] = outcome.notice ? [{ kind: 'warning', text: outcome.notice }] : [];
      return [
        ...messages,
        { kind: 'done', text: t('export.saved.image', { fileName, width: outcome.width, height: outcome.height }) },
      ];
    });

  const exportData = (format: DataFormat) =>
    run(t(formatLabel(format.id)), async () => {
      const snapshot = snapshotNow();
      const positions = format.needsPositions ? graph?.painter.nodePositions() : undefined;
      const { dataBlob } = await loadDataExporter();
      const blob = dataBlob(snapshot, format, positions);
      const fileName = dataFileName(snapshot, format, new Date());
      downloadBlob(blob, fileName);
      return [
        {
          kind: 'done',
          text: t('export.saved.data', {
            fileName,
            actors: snapshot.visible.actorIds.size,
            relations: snapshot.visible.relationIndices.length,
          }),
        },
      ];
    });

  return (
    <>
      <section aria-label={t('export.image.label')}>
        <h2>{t('export.image.heading')}</h2>
        <p className="hint">{t('export.image.hint')}</p>
        <ImageExportOptions value={image} onChange={setImage} disabled={busy} />
        <FigureWordsFields
          value={words}
          defaults={defaults}
          shownRelations={defaults.shownRelations}
          onChange={setWords}
          disabled={busy}
        />
        <div className="export-menu__buttons">
          {IMAGE_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              disabled={busy}
              onClick={() => void exportImage(format)}
              aria-label={t('export.download', { format: format.toUpperCase() })}
            >
              {format.toUpperCase()}
            </button>
          ))}
        </div>
      </section>
      <ShareSection
        snapshotNow={snapshotNow}
        headings={{ title: words.title ?? defaults.title, subtitle: words.subtitle ?? defaults.subtitle }}
        page={pdfPage}
        setPage={setPdfPage}
        busy={busy}
        run={run}
      />
      <section aria-label={t('export.data.label')}>
        <h2>{t('export.data.heading')}</h2>
        <p className="hint">{t('export.data.hint')}</p>
        <ul className="export-menu__formats">
          {DATA_FORMATS.map((format) => (
            <li key={format.id}>
              <button
                type="button"
                disabled={busy}
                onClick={() => void exportData(format)}
                aria-label={t('export.download', { format: t(formatLabel(format.id)) })}
              >
                {t(formatLabel(format.id))}
              </button>{' '}
              <span className="hint">{t(formatDescription(format.id))}</span>
            </li>
          ))}
        </ul>
      </section>
      <ExportStatus status={status} />
    </>
  );
}
