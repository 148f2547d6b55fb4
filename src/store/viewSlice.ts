// Store slice: focus, grouping, the panels around the graph, edge labels, and the canvas viewport (zoom and pan) as
// the canvas reports it.
import type { FocusHops } from '../domain/query';
import type { SliceCreator, Viewport } from './types';

// "+ 0" turns -0 into 0, which prints the same.
const round = (value: number, digits: number) => Number(value.toFixed(digits)) + 0;

/**
 * Viewport numbers are rounded as the canvas reports them, so the URL that carries them stays short and a round trip
 * keeps the rounded values.
 */
export function roundViewport(viewport: Viewport): Viewport {
  return { zoom: round(viewport.zoom, 4), pan: { x: round(viewport.pan.x, 1), y: round(viewport.pan.y, 1) } };
}

/** The regions around the graph that the user can show or hide: filters and legend, details, the relations table. */
export const PANEL_IDS = ['filters', 'details', 'table'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

/**
 * How a panel is shown: as the screen and the selection suggest ('auto': see features/explorer/panelLayout.ts), or
 * as the user last set it.
 */
export type PanelState = 'auto' | 'open' | 'closed';
export type Panels = Readonly<Record<PanelId, PanelState>>;

export const AUTO_PANELS: Panels = { filters: 'auto', details: 'auto', table: 'auto' };

export interface ViewSlice {
  focusHops: FocusHops;
  groupByAffiliation: boolean;
  /** What the canvas shows, or the view a link restores; null = fit the graph. */
  viewport: Viewport | null;
  panels: Panels;
  /** Relation types written along the edges, where there is room. */
  edgeLabels: boolean;
  setFocusHops(hops: FocusHops): void;
  setGroupByAffiliation(on: boolean): void;
  /** The canvas reports its viewport after the user pans or zooms. */
  viewportChanged(viewport: Viewport): void;
  setPanel(panel: PanelId, state: PanelState): void;
  setEdgeLabels(on: boolean): void;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set) => ({
  focusHops: 0,
  groupByAffiliation: false,
  viewport: null,
  panels: AUTO_PANELS,
  setFocusHops: (focusHops) => set({ focusHops }),
  setGroupByAffiliation: (groupByAffiliation) => set({ groupByAffiliation }),
  viewportChanged: (viewport) => set({ viewport }),
  setPanel: (panel, state) =>
    set((current) => (current.panels[panel] === state ? current : { panels: { ...current.panels, [panel]: state } })),
  edgeLabels: true,
  setEdgeLabels: (edgeLabels) => set({ edgeLabels }),
});
