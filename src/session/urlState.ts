// Pure: the shareable part of the explorer's state ⇄ URL query parameters (one row per key).
import { CLAIM_STATUSES, DEFAULT_HIDDEN_STATUSES, type ClaimStatus } from '../domain/claims';
import type { Filters, FocusHops } from '../domain/query';
import { DEFAULT_FILTERS } from '../domain/query';
import { checkPartialDate } from '../domain/dates';
import type { IgnoredPart } from '../store/linkNoticeSlice';
import type { PathEnds } from '../store/pathSlice';
import type { Selection, Viewport } from '../store/types';
import { AUTO_PANELS, PANEL_IDS, roundViewport, type PanelState, type Panels } from '../store/viewSlice';

export interface UrlState {
  selection: Selection;
  filters: Filters;
  focusHops: FocusHops;
  groupByAffiliation: boolean;
  /** Panels the user opened or closed; the others are left to the screen and the selection. */
  panels: Panels;
  /** Relation types written along the edges. */
  edgeLabels: boolean;
  /** null = fit the graph. */
  viewport: Viewport | null;
  /** The two actors the paths view connects. */
  path: PathEnds | null;
  pathDirected: boolean;
}

export const DEFAULT_URL_STATE: UrlState = {
  selection: null,
  filters: DEFAULT_FILTERS,
  focusHops: 0,
  groupByAffiliation: false,
  panels: AUTO_PANELS,
  edgeLabels: true,
  viewport: null,
  path: null,
  pathDirected: false,
};

/** Every key this module owns; others (data, debug) are left alone. */
export const URL_KEYS = [
  'actor',
  'relation',
  'hide-type',
  'hide-kind',
  'hide-doc',
  'hide-status',
  'from',
  'to',
  'asof',
  'speaker',
  'min-sources',
  'path',
  'path-direction',
  'undated',
  'isolated',
  'focus',
  'group',
  'filters',
  'details',
  'table',
  'edge-labels',
  'view',
] as const;

/** `hide-status=none` says that no claim status is hidden, denied relations included. */
const NO_STATUS_HIDDEN = 'none';
const sameStatuses = (a: readonly ClaimStatus[], b: readonly ClaimStatus[]) =>
  a.length === b.length && [...a].sort().every((status, index) => status === [...b].sort()[index]);

/** Written only when they differ from the default (denied hidden): each hidden status, or `none`. */
function encodeStatuses(params: URLSearchParams, hidden: readonly ClaimStatus[]): void {
  if (sameStatuses(hidden, DEFAULT_HIDDEN_STATUSES)) return;
  if (hidden.length === 0) params.append('hide-status', NO_STATUS_HIDDEN);
  for (const status of [...hidden].sort()) params.append('hide-status', status);
}

/** Unknown values are ignored; with no value known (or no parameter), the default. */
function decodeStatuses(values: readonly string[]): readonly ClaimStatus[] {
  const known = values.filter(
    (value) => value === NO_STATUS_HIDDEN || (CLAIM_STATUSES as readonly string[]).includes(value),
  );
  if (known.length === 0) return DEFAULT_HIDDEN_STATUSES;
  return CLAIM_STATUSES.filter((status) => known.includes(status)).sort();
}
export function encodeUrlState(state: UrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  for (const value of [...state.filters.hiddenTypes].sort()) params.append('hide-type', value);
  for (const value of [...state.filters.hiddenKinds].sort()) params.append('hide-kind', value);
  for (const value of [...state.filters.hiddenDocuments].sort()) params.append('hide-doc', value);
  encodeStatuses(params, state.filters.hiddenStatuses);
  if (state.filters.dateFrom) params.set('from', state.filters.dateFrom);
  if (state.filters.dateTo) params.set('to', state.filters.dateTo);
  if (state.filters.hideUndated) params.set('undated', 'hide');
  if (state.filters.hideIsolated) params.set('isolated', 'hide');
  if (state.filters.asOf) params.set('asof', state.filters.asOf);
  for (const speaker of [...state.filters.speakers].sort()) params.append('speaker', speaker);
  if (state.filters.minSources > 1) params.set('min-sources', String(state.filters.minSources));
  if (state.path) params.set('path', `${state.path.from},${state.path.to}`);
  if (state.pathDirected) params.set('path-direction', 'follow');
  if (state.focusHops > 0) params.set('focus', String(state.focusHops));
  if (state.groupByAffiliation) params.set('group', 'affiliation');
  for (const panel of PANEL_IDS) if (state.panels[panel] !== 'auto') params.set(panel, state.panels[panel]);
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

const panelState = (text: string | null): PanelState => (text === 'open' || text === 'closed' ? text : 'auto');

const sortedUnique = (values: string[]) => [...new Set(values.filter((value) => value !== ''))].sort();

/** A link's date parameter: a partial date that exists, else null and a note of what was left out. */
function dateParam(params: URLSearchParams, key: string, ignored: IgnoredPart[]): string | null {
  const text = params.get(key);
  if (text === null || text === '') return null;
  if (checkPartialDate(text).ok) return text;
  ignored.push({ key, value: text, reason: 'date' });
  return null;
}

/** `min-sources`: a whole number of at least 1 (1 shows every relation). */
function minSourcesParam(params: URLSearchParams, ignored: IgnoredPart[]): number {
  const text = params.get('min-sources');
  if (text === null) return 1;
  if (/^[1-9]\d{0,5}$/.test(text)) return Number(text);
  ignored.push({ key: 'min-sources', value: text, reason: 'whole-number' });
  return 1;
}

/** `path=<actor id>,<actor id>`: two different actors. Whether they exist is checked against the dataset. */
function pathParam(params: URLSearchParams, ignored: IgnoredPart[]): PathEnds | null {
  const text = params.get('path');
  if (text === null) return null;
  const ends = text.split(',');
  const [from, to] = ends;
  if (ends.length !== 2 || !from || !to) {
    ignored.push({ key: 'path', value: text, reason: 'pair' });
    return null;
  }
  if (from === to) {
    ignored.push({ key: 'path', value: text, reason: 'same-actor' });
    return null;
  }
  return { from, to };
}

/**
 * Tolerant: anything malformed falls back to the default for that key, and `ignored` says what was left out and why
 * (ids the dataset lacks are found later, once it is open: store/knownIds.ts).
 */
export function decodeUrl(search: string | URLSearchParams): { state: UrlState; ignored: IgnoredPart[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: IgnoredPart[] = [];
  const actor = params.get('actor');
  const relation = params.get('relation');
  const focus = Number(params.get('focus'));
  const state: UrlState = {
    selection: actor ? { kind: 'actor', id: actor } : relation ? { kind: 'relation', id: relation } : null,
    filters: {
      hiddenTypes: sortedUnique(params.getAll('hide-type')),
      hiddenKinds: sortedUnique(params.getAll('hide-kind')),
      hiddenDocuments: sortedUnique(params.getAll('hide-doc')),
      hiddenStatuses: decodeStatuses(params.getAll('hide-status')),
      dateFrom: dateParam(params, 'from', ignored),
      dateTo: dateParam(params, 'to', ignored),
      hideUndated: params.get('undated') === 'hide',
      hideIsolated: params.get('isolated') === 'hide',
      asOf: dateParam(params, 'asof', ignored),
      speakers: sortedUnique(params.getAll('speaker')),
      minSources: minSourcesParam(params, ignored),
    },
    focusHops: focus === 1 || focus === 2 ? focus : 0,
    groupByAffiliation: params.get('group') === 'affiliation',
    panels: {
      filters: panelState(params.get('filters')),
      details: panelState(params.get('details')),
      table: panelState(params.get('table')),
    },
    edgeLabels: params.get('edge-labels') !== 'off',
    viewport: decodeViewport(params.get('view')),
    path: pathParam(params, ignored),
    pathDirected: params.get('path-direction') === 'follow',
  };
  return { state, ignored };
}

export const decodeUrlState = (search: string | URLSearchParams): UrlState => decodeUrl(search).state;

/** The query string for a state, keeping parameters this module does not own (data, debug). */
export function mergeIntoSearch(currentSearch: string, state: UrlState): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of URL_KEYS) params.delete(key);
  for (const [key, value] of encodeUrlState(state)) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
