// The timeline strip under the graph: the documents by publication date and the dated relations on one axis, and the
// "as reported by" marker — dragged, stepped through the publication dates, or played — that the filters follow.
import { memo, useCallback, useEffect, useState } from 'react';
import { asOfCut } from '../../domain/asOf';
import { useI18n } from '../../i18n/I18nProvider';
import { selectVisibility } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';
import {
  dayNumber,
  dayOfNumber,
  playStart,
  RELATION_BINS,
  stepDate,
  timelineModel,
  type TimelineModel,
  yearTicks,
} from './timelineModel';
import { useElementWidth } from '../../ui/useElementWidth';
import './timeline.css';

/** How long play rests on each publication date. */
export const PLAY_STEP_MS = 1200;

/** The strip's drawing, in its own units: the axis is stretched to the strip's width. */
const WIDTH = 1000;
const HEIGHT = 28;
/** The room a year's label takes under the track, with the gap to the next, in CSS pixels. */
const YEAR_LABEL_PX = 48;

export function TimelineStrip() {
  const { t, partialDate } = useI18n();
  const checked = useExplorer((state) => state.checked);
  const asOf = useExplorer((state) => state.filters.asOf);
  const setFilter = useExplorer((state) => state.setFilter);
  const setAsOf = useCallback((asOf: string | null) => setFilter('asOf', asOf), [setFilter]);
  const visibility = useExplorer(selectVisibility);
  const [playing, setPlaying] = useState(false);
  const [setTrack, trackWidth] = useElementWidth<HTMLDivElement>();

  // Play: rest on each date, then move to the next; stop after the last.
  useEffect(() => {
    if (!playing || checked === null) return;
    const timer = setTimeout(() => {
      const next = stepDate(checked, asOf, 1);
      if (next === null) setPlaying(false);
      else setAsOf(next);
    }, PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, checked, asOf, setAsOf]);

  if (checked === null) return null;
  const model = timelineModel(checked);
  const { extent } = model;
  if (extent === null)
    return (
      <section className="timeline" aria-label={t('timeline.label')}>
        <p className="timeline__empty">{t('timeline.undated')}</p>
      </section>
    );
  const span = Math.max(1, extent.high - extent.low);
  const x = (day: number) => ((day - extent.low) / span) * WIDTH;
  const cut = asOf === null ? null : asOfCut(asOf);
  const markerDay = cut === null ? extent.high : Math.min(extent.high, Math.max(extent.low, dayNumber(cut)));
  const previous = stepDate(checked, asOf, -1);
  const next = stepDate(checked, asOf, 1);
  const shownDocuments =
    cut === null ? model.documents.length : model.documents.filter((d) => dayOfNumber(d.day) <= cut).length;
  // A year is written every YEAR_LABEL_PX of track at most; before the track is measured (or without layout), ten.
  const years = yearTicks(
    extent.low,
    extent.high,
    trackWidth === null ? 10 : Math.max(1, Math.floor(trackWidth / YEAR_LABEL_PX)),
  );

  return (
    <section className="timeline" aria-label={t('timeline.label')} data-testid="timeline">
      <div className="timeline__controls">
        <button
          type="button"
          className="timeline__button"
          aria-label={t('timeline.previous')}
          title={t('timeline.previous')}
          disabled={previous === null}
          onClick={() => {
            setPlaying(false);
            if (previous !== null) setAsOf(previous);
          }}
        >
          ◀
        </button>
        <button
          type="button"
          className="timeline__button"
          aria-label={t(playing ? 'timeline.pause' : 'timeline.play')}
          title={t(playing ? 'timeline.pause' : 'timeline.play')}
          aria-pressed={playing}
          onClick={() => {
            if (playing) return setPlaying(false);
            const start = playStart(checked, asOf);
            if (start === null) return;
            setAsOf(start);
            setPlaying(true);
          }}
        >
          {playing ? '❚❚' : '▶'}
        </button>
        <button
          type="button"
          className="timeline__button"
          aria-label={t('timeline.next')}
          title={t('timeline.next')}
          disabled={next === null}
          onClick={() => {
            setPlaying(false);
            if (next !== null) setAsOf(next);
          }}
        >
          ▶❘
        </button>
        <p className="timeline__date" aria-live="polite">
          <span className="timeline__date-label">{t('timeline.asOf')}</span>{' '}
          <strong data-testid="timeline-date">{asOf === null ? t('timeline.asOf.all') : partialDate(asOf)}</strong>
        </p>
        <button
          type="button"
          className="link-button timeline__all"
          title={t('timeline.all.hint')}
          disabled={asOf === null}
          onClick={() => {
            setPlaying(false);
            setAsOf(null);
          }}
        >
          {t('timeline.all')}
        </button>
      </div>
      <div className="timeline__track" ref={setTrack}>
        <svg
          className="timeline__axis"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          {years.map((year) => (
            <line key={year} className="timeline__year" x1={x(year)} x2={x(year)} y1={0} y2={HEIGHT} />
          ))}
          <RelationBars bins={model.relationBins} />
          {cut !== null && (
            <rect className="timeline__later" x={x(markerDay)} width={WIDTH - x(markerDay)} y={0} height={HEIGHT} />
          )}
          <DocumentTicks documents={model.documents} low={extent.low} span={span} />
          <line className="timeline__marker" x1={x(markerDay)} x2={x(markerDay)} y1={0} y2={HEIGHT} />
        </svg>
        <input
          className="timeline__slider"
          type="range"
          min={extent.low}
          max={extent.high}
          step={1}
          value={markerDay}
          aria-label={t('timeline.marker')}
          aria-valuetext={asOf === null ? t('timeline.asOf.all') : partialDate(asOf)}
          onChange={(event) => {
            setPlaying(false);
            setAsOf(dayOfNumber(Number(event.target.value)));
          }}
        />
        <div className="timeline__years" aria-hidden="true">
          {years.map((year) => (
            <span key={year} style={{ left: `${(x(year) / WIDTH) * 100}%` }}>
              {dayOfNumber(year).slice(0, 4)}
            </span>
          ))}
        </div>
      </div>
      <p className="timeline__summary">
        {t('timeline.shown', { documents: shownDocuments, relations: visibility?.relationIndices.length ?? 0 })}
      </p>
    </section>
  );
}

/** How many dated relations cover each stretch of time, as bars: drawn once per dataset, not per marker move. */
const RelationBars = memo(function RelationBars({ bins }: { bins: readonly number[] }) {
  const most = Math.max(1, ...bins);
  const width = WIDTH / RELATION_BINS;
  return (
    <g className="timeline__relations">
      {bins.map((count, bin) =>
        count === 0 ? null : (
          <rect
            key={bin}
            className="timeline__relation"
            x={bin * width}
            width={width}
            y={HEIGHT - 2 - (count / most) * 12}
            height={(count / most) * 12}
          />
        ),
      )}
    </g>
  );
});

/** A tick per document at its publication date, named in its tooltip: drawn once per dataset, not per marker move. */
const DocumentTicks = memo(function DocumentTicks({
  documents,
  low,
  span,
}: {
  documents: TimelineModel['documents'];
  low: number;
  span: number;
}) {
  const { t, partialDate } = useI18n();
  return (
    <g>
      {documents.map((document) => {
        const at = ((document.day - low) / span) * WIDTH;
        return (
          <line key={document.id} className="timeline__document" x1={at} x2={at} y1={2} y2={HEIGHT - 11}>
            <title>
              {t('timeline.document', {
                outlet: document.outlet,
                title: document.title,
                published: partialDate(document.published),
              })}
            </title>
          </line>
        );
      })}
    </g>
  );
});
