// Derived data, each computed once per change of its inputs (memoised on identity) so renders stay cheap.
import { actorKindLabel } from '../domain/actorKinds';
import { ACTOR_KINDS } from '../domain/formatValues';
import { CLAIM_STATUSES, type ClaimStatus } from '../domain/claims';
import { relationById, type CheckedDataset } from '../domain/model';
import { daySpan } from '../domain/dates';
import { namedDates } from '../domain/relationDates';
import { perDataset } from '../domain/perDataset';
import type { DatasetFilterList, GraphIndex, SearchEntry, Visibility } from '../domain/query';
import {
  countByDocument,
  countByKind,
  applyFilters,
  buildGraphIndex,
  buildSearchIndex,
  countByStatus,
  countByType,
  restrictVisibility,
} from '../domain/query';
import { shortestPaths, type PathResult } from '../domain/paths';
import { datasetTotals, legendModel, type LegendModel } from '../graph/legend';
import { sourceKey } from '../io/datasetSource';
import type { PathEnds } from './pathSlice';
import type { Selection } from '../domain/selection';
import type { ExplorerState } from './types';

/** Remember the last result; recompute when any input changes identity. */
function lastResult<Args extends unknown[], T>(compute: (...args: Args) => T): (...args: Args) => T {
  let lastArgs: Args | null = null;
  let last: T;
  return (...args) => {
    if (lastArgs === null || args.length !== lastArgs.length || args.some((arg, i) => !Object.is(arg, lastArgs?.[i]))) {
      last = compute(...args);
      lastArgs = args;
    }
    return last;
  };
}

/** Identifies the dataset on screen by where it was opened from: another source gets a fresh canvas. */
export function datasetKey(state: ExplorerState): string {
  return state.source ? sourceKey(state.source) : '';
}

export const graphIndexOf = perDataset<GraphIndex>(buildGraphIndex);
export const searchIndexOf = perDataset<SearchEntry[]>((checked) => buildSearchIndex(checked.dataset.actors));

/** Actor ids the focus grows from: the selected actor, or both ends of the selected relation. */
export function focusSeeds(checked: CheckedDataset, selection: Selection): string[] {
  if (selection === null) return [];
  if (selection.kind === 'actor') return [selection.id];
  const relation = relationById(checked, selection.id);
  return relation ? [relation.source, relation.target] : [];
}

const filteredOf = lastResult(applyFilters);
const seedsOf = lastResult((checked: CheckedDataset, selection: Selection, hops: number) =>
  hops > 0 ? focusSeeds(checked, selection) : [],
);
const restrictedOf = lastResult(
  (
    checked: CheckedDataset,
    filtered: Visibility,
    hideIsolated: boolean,
    seeds: string[],
    hops: ExplorerState['focusHops'],
  ) => restrictVisibility(checked, graphIndexOf(checked), filtered, hideIsolated, { seeds, hops }),
);

/** What is visible now; the same object until the dataset, the filters, the focus or (when focusing) the selection change. */
export function selectVisibility(state: ExplorerState): Visibility | null {
  const { checked } = state;
  if (checked === null) return null;
  const filtered = filteredOf(checked, state.filters);
  const seeds = seedsOf(checked, state.selection, state.focusHops);
  // Without focus or the isolated rule the filtered result is final: keep its identity.
  if (seeds.length === 0 && !state.filters.hideIsolated) return filtered;
  return restrictedOf(checked, filtered, state.filters.hideIsolated, seeds, state.focusHops);
}

const pathsOf = lastResult((checked: CheckedDataset, visible: Visibility, ends: PathEnds, directed: boolean) =>
  shortestPaths(checked, visible, { from: ends.from, to: ends.to, directed }),
);

/** The shortest paths between the paths view's two actors through what is visible now, or null with no path asked. */
export function selectPaths(state: ExplorerState): PathResult | null {
  const visible = selectVisibility(state);
  if (state.checked === null || visible === null || state.path === null) return null;
  return pathsOf(state.checked, visible, state.path, state.pathDirected);
}

// Constant empties: a selector must return the same value for the same state.
const NO_COUNTS = new Map<string, number>();
const NO_FILTER_COUNTS = { kinds: NO_COUNTS, documents: NO_COUNTS };

const countsOf = lastResult((checked: CheckedDataset, visible: Visibility) =>
  countByType(checked, visible.relationIndices),
);

/** Visible relations per type. */
export function selectVisibleCounts(state: ExplorerState): Map<string, number> {
  const visible = selectVisibility(state);
  return state.checked && visible ? countsOf(state.checked, visible) : NO_COUNTS;
}

const filterCountsOf = lastResult((checked: CheckedDataset, visible: Visibility) => ({
  kinds: countByKind(checked, visible.actorIds),
  documents: countByDocument(checked, visible.relationIndices),
}));

/** Visible actors per kind and visible relations per cited document, for the filter counts. */
export function selectFilterCounts(state: ExplorerState): {
  kinds: Map<string, number>;
  documents: Map<string, number>;
} {
  const visible = selectVisibility(state);
  return state.checked && visible ? filterCountsOf(state.checked, visible) : NO_FILTER_COUNTS;
}

const legendOf = lastResult(legendModel);

/** What the legend shows, counted on what is visible now. */
export function selectLegend(state: ExplorerState): LegendModel | null {
  const visible = selectVisibility(state);
  return state.checked && visible ? legendOf(state.checked, visible) : null;
}

const NO_STATUS_COUNTS = new Map<ClaimStatus, number>();
const statusCountsOf = lastResult((checked: CheckedDataset, visible: Visibility) =>
  countByStatus(checked, visible.relationIndices),
);

/** Visible relations per claim status, for the status filter. */
export function selectStatusCounts(state: ExplorerState): Map<ClaimStatus, number> {
  const visible = selectVisibility(state);
  return state.checked && visible ? statusCountsOf(state.checked, visible) : NO_STATUS_COUNTS;
}

/**
 * The claim statuses the dataset's relations have, in the order of CLAIM_STATUSES, with how many relations have each;
 * `ids` is one array for the dataset's lifetime. The words for them come from the message catalogue.
 */
export const statusOptions = perDataset((checked) => {
  const totals = datasetTotals(checked).statuses;
  const options = CLAIM_STATUSES.filter((status) => (totals.get(status) ?? 0) > 0).map((status) => ({
    id: status,
    total: totals.get(status) ?? 0,
  }));
  return { options, ids: options.map((option) => option.id) };
});

/** The earliest and latest dates the relations name, as written, for the date filter's hint. */
export const dateExtent = perDataset((checked) => {
  let low: { written: string; day: string } | null = null;
  let high: { written: string; day: string } | null = null;
  for (const relation of checked.dataset.relations) {
    for (const written of namedDates(relation)) {
      const span = daySpan(written);
      if (span === null) continue;
      if (low === null || span.low < low.day) low = { written, day: span.low };
      if (high === null || span.high > high.day) high = { written, day: span.high };
    }
  }
  return { low: low?.written ?? null, high: high?.written ?? null };
});

export interface FilterOption {
  id: string;
  label: string;
  /** Relations of the type, actors of the kind, relations citing the document: in the whole dataset. */
  total: number;
}

/**
 * What each filter list offers, fixed per dataset: used types in vocabulary order, present kinds in palette order,
 * documents in dataset order. `ids` keeps one array per list for the dataset's lifetime.
 */
export const filterOptions = perDataset((checked) => {
  const totals = datasetTotals(checked);
  const options: Record<DatasetFilterList, FilterOption[]> = {
    hiddenTypes: [...checked.relationTypes.values()]
      .filter((type) => totals.types.has(type.id))
      .map((type) => ({ id: type.id, label: type.label, total: totals.types.get(type.id) ?? 0 })),
    hiddenKinds: ACTOR_KINDS.filter((kind) => totals.kinds.has(kind)).map((kind) => ({
      id: kind,
      label: actorKindLabel(kind),
      total: totals.kinds.get(kind) ?? 0,
    })),
    hiddenDocuments: checked.dataset.documents.map((document) => ({
      id: document.id,
      label: `${document.title} (${document.outlet})`,
      total: totals.documents.get(document.id) ?? 0,
    })),
  };
  const ids = (list: DatasetFilterList) => options[list].map((option) => option.id);
  return {
    options,
    ids: { hiddenTypes: ids('hiddenTypes'), hiddenKinds: ids('hiddenKinds'), hiddenDocuments: ids('hiddenDocuments') },
  };
});
