// Pure: what the timeline strip draws — the days it spans, the documents by publication date, the dated relations —
// and where the "as reported by" marker can step to.
import { asOfCut, publicationDates } from '../../domain/asOf';
import { daySpan } from '../../domain/dates';
import { boundedDays, relationSpan } from '../../domain/relationDates';
import type { CheckedDataset } from '../../domain/model';
import { perDataset } from '../../domain/perDataset';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD day. */
export function dayNumber(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return Math.round(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1) / DAY_MS);
}

/** The YYYY-MM-DD day of a day number. */
export function dayOfNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

export interface TimelineModel {
  /** First and last day shown, as day numbers; null when nothing in the dataset is dated. */
  extent: { low: number; high: number } | null;
  /** Each document at the first day it can have been published. */
  documents: { id: string; day: number; published: string; outlet: string; title: string }[];
  /** How many dated relations cover each of RELATION_BINS equal stretches of the extent: drawn as bars. */
  relationBins: number[];
}

/** The strip draws the relations as this many bars, however many relations there are. */
export const RELATION_BINS = 200;

export const timelineModel = perDataset((checked: CheckedDataset): TimelineModel => {
  const documents: TimelineModel['documents'] = [];
  for (const document of checked.dataset.documents) {
    const span = daySpan(document.published);
    if (span)
      documents.push({
        id: document.id,
        day: dayNumber(span.low),
        published: document.published,
        outlet: document.outlet,
        title: document.title,
      });
  }
  // An open start or end (null here) runs to the strip's edge: the strip spans the days that are named.
  const spans: { low: number | null; high: number | null }[] = [];
  for (const relation of checked.dataset.relations) {
    const span = relationSpan(relation);
    if (!span) continue;
    const { low, high } = boundedDays(span);
    spans.push({ low: low === null ? null : dayNumber(low), high: high === null ? null : dayNumber(high) });
  }
  let low = Infinity;
  let high = -Infinity;
  for (const day of [...documents.map((entry) => entry.day), ...spans.flatMap((span) => [span.low, span.high])]) {
    if (day === null) continue;
    low = Math.min(low, day);
    high = Math.max(high, day);
  }
  const extent = Number.isFinite(low) ? { low, high } : null;
  const relationBins = new Array<number>(RELATION_BINS).fill(0);
  if (extent) {
    const width = Math.max(1, extent.high - extent.low);
    const binOf = (day: number) =>
      Math.min(RELATION_BINS - 1, Math.floor(((day - extent.low) / width) * RELATION_BINS));
    for (const span of spans)
      for (let bin = binOf(span.low ?? extent.low); bin <= binOf(span.high ?? extent.high); bin++)
        relationBins[bin] = (relationBins[bin] ?? 0) + 1;
  }
  return { extent, documents, relationBins };
});

/**
 * The publication date to step to from the marker (null = no date: every document): forwards, the first date whose
 * cut is after the marker's; backwards, the last one before it. Null when there is none that way.
 */
export function stepDate(checked: CheckedDataset, asOf: string | null, direction: 1 | -1): string | null {
  const dates = publicationDates(checked).filter((date) => asOfCut(date) !== null);
  const cut = asOf === null ? null : asOfCut(asOf);
  if (direction === 1) {
    if (cut === null) return null;
    return dates.find((date) => (asOfCut(date) as string) > cut) ?? null;
  }
  if (cut === null) return dates.at(-1) ?? null;
  return dates.findLast((date) => (asOfCut(date) as string) < cut) ?? null;
}

/** Where play starts: the first publication date, or the next one after the marker. */
export function playStart(checked: CheckedDataset, asOf: string | null): string | null {
  const next = asOf === null ? null : stepDate(checked, asOf, 1);
  return next ?? publicationDates(checked).find((date) => asOfCut(date) !== null) ?? null;
}

/** Year steps that read as round numbers. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];

/**
 * The first day of the years written under the track: every year inside the extent, or every second, fifth, tenth…
 * (the smallest round step) so that at most `most` are written and none runs into the next.
 */
export function yearTicks(low: number, high: number, most: number): number[] {
  const first = Number(dayOfNumber(low).slice(0, 4)) + 1;
  const last = Number(dayOfNumber(high).slice(0, 4));
  const years = last - first + 1;
  if (years <= 0 || most < 1) return [];
  const every = YEAR_STEPS.find((step) => Math.ceil(years / step) <= most) ?? Math.ceil(years / most);
  const ticks: number[] = [];
  for (let year = Math.ceil(first / every) * every; year <= last; year += every)
    ticks.push(dayNumber(`${String(year).padStart(4, '0')}-01-01`));
  return ticks;
}
