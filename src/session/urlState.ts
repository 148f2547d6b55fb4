// Pure: the shareable part of the explorer's state ⇄ URL query parameters. The filters' parameters are their rows'
// in filters/filterTable.ts; the selection, paths, focus, grouping, panels, edge labels and view are here.
import type { Filters, FocusHops } from '../domain/query';
import { DEFAULT_FILTERS, decodeFilters, encodeFilters, FILTER_URL_KEYS } from '../filters/filterTable';
import type { IgnoredPart } from '../store/linkNoticeSlice';
import type { PathEnds } from '../store/pathSlice';
import type { Selection } from '../domain/selection';
import type { Viewport } from '../store/types';
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
export const URL_KEYS: readonly string[] = [
  'actor',
  'relation',
  ...FILTER_URL_KEYS,
  'path',
  'path-direction',
  'focus',
  'group',
  ...PANEL_IDS,
  'edge-labels',
  'view',
];

export function encodeUrlState(state: UrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  encodeFilters(state.filters, params);
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
    filters: decodeFilters(params, (part) => ignored.push(part)),
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
