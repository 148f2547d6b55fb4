// Pure: the shareable part of the explorer's state ⇄ URL query parameters (one row per key).
import type { Filters, FocusHops } from '../domain/query';
import { DEFAULT_FILTERS } from '../domain/query';
import { PARTIAL_DATE_PATTERN } from '../domain/schema';
import type { Selection, Viewport } from '../store/types';

export interface UrlState {
  selection: Selection;
  filters: Filters;
  focusHops: FocusHops;
  groupByAffiliation: boolean;
  tableOpen: boolean;
  /** Relation types written along the edges. */
  edgeLabels: boolean;
  /** null = fit the graph. */
  viewport: Viewport | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  selection: null,
  filters: DEFAULT_FILTERS,
  focusHops: 0,
  groupByAffiliation: false,
  tableOpen: true,
  edgeLabels: true,
  viewport: null,
};

/** Every key this module owns; others (data, debug) are left alone. */
export const URL_KEYS = [
  'actor',
  'relation',
  'hide-type',
  'hide-kind',
  'hide-doc',
  'from',
  'to',
  'undated',
  'isolated',
  'focus',
  'group',
  'table',
  'edge-labels',
  'view',
] as const;

const datePattern = new RegExp(PARTIAL_DATE_PATTERN);
// "+ 0" turns -0 into 0, which prints the same.
const round = (value: number, digits: number) => Number(value.toFixed(digits)) + 0;

/** Viewport numbers are rounded so URLs stay short; a round trip keeps the rounded values. */
export function roundViewport(viewport: Viewport): Viewport {
  return { zoom: round(viewport.zoom, 4), pan: { x: round(viewport.pan.x, 1), y: round(viewport.pan.y, 1) } };
}

export function encodeUrlState(state: UrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  for (const value of [...state.filters.hiddenTypes].sort()) params.append('hide-type', value);
  for (const value of [...state.filters.hiddenKinds].sort()) params.append('hide-kind', value);
  for (const value of [...state.filters.hiddenDocuments].sort()) params.append('hide-doc', value);
  if (state.filters.dateFrom) params.set('from', state.filters.dateFrom);
  if (state.filters.dateTo) params.set('to', state.filters.dateTo);
  if (state.filters.hideUndated) params.set('undated', 'hide');
  if (state.filters.hideIsolated) params.set('isolated', 'hide');
  if (state.focusHops > 0) params.set('focus', String(state.focusHops));
  if (state.groupByAffiliation) params.set('group', 'affiliation');
  if (!state.tableOpen) params.set('table', 'closed');
  if (!state.edgeLabels) params.set('edge-labels', 'off');
  if (state.viewport) {
    const { zoom, pan } = roundViewport(state.viewport);
    params.set('view', `${zoom},${pan.x},${pan.y}`);
  }
  return params;
}

function decodeViewport(text: string | null): Viewport | null {
  if (!text) return null;
  const numbers = text.split(',').map(Number);
  const [zoom, x, y] = numbers;
  if (numbers.length !== 3 || zoom === undefined || x === undefined || y === undefined) return null;
  if (!numbers.every(Number.isFinite) || zoom <= 0) return null;
  return roundViewport({ zoom, pan: { x, y } });
}

const sortedUnique = (values: string[]) => [...new Set(values.filter((value) => value !== ''))].sort();
const dateOrNull = (text: string | null) => (text !== null && datePattern.test(text) ? text : null);

/** Tolerant: anything malformed falls back to the default for that key. */
export function decodeUrlState(search: string | URLSearchParams): UrlState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const actor = params.get('actor');
  const relation = params.get('relation');
  const focus = Number(params.get('focus'));
  return {
    selection: actor ? { kind: 'actor', id: actor } : relation ? { kind: 'relation', id: relation } : null,
    filters: {
      hiddenTypes: sortedUnique(params.getAll('hide-type')),
      hiddenKinds: sortedUnique(params.getAll('hide-kind')),
      hiddenDocuments: sortedUnique(params.getAll('hide-doc')),
      hiddenStatuses: DEFAULT_FILTERS.hiddenStatuses,
      dateFrom: dateOrNull(params.get('from')),
      dateTo: dateOrNull(params.get('to')),
      hideUndated: params.get('undated') === 'hide',
      hideIsolated: params.get('isolated') === 'hide',
    },
    focusHops: focus === 1 || focus === 2 ? focus : 0,
    groupByAffiliation: params.get('group') === 'affiliation',
    tableOpen: params.get('table') !== 'closed',
    edgeLabels: params.get('edge-labels') !== 'off',
    viewport: decodeViewport(params.get('view')),
  };
}

/** The query string for a state, keeping parameters this module does not own (data, debug). */
export function mergeIntoSearch(currentSearch: string, state: UrlState): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of URL_KEYS) params.delete(key);
  for (const [key, value] of encodeUrlState(state)) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
