// Store slice: focus, grouping, the table, edge labels, and the canvas viewport (zoom and pan) as the canvas reports it.
import type { FocusHops } from '../domain/query';
import type { SliceCreator, Viewport } from './types';

export interface ViewSlice {
  focusHops: FocusHops;
  groupByAffiliation: boolean;
  /** What the canvas shows, or the view a link restores; null = fit the graph. */
  viewport: Viewport | null;
  tableOpen: boolean;
  /** Relation types written along the edges, where there is room. */
  edgeLabels: boolean;
  setFocusHops(hops: FocusHops): void;
  setGroupByAffiliation(on: boolean): void;
  /** The canvas reports its viewport after the user pans or zooms. */
  viewportChanged(viewport: Viewport): void;
  setTableOpen(open: boolean): void;
  setEdgeLabels(on: boolean): void;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set) => ({
  focusHops: 0,
  groupByAffiliation: false,
  viewport: null,
  tableOpen: true,
  edgeLabels: true,
  setFocusHops: (focusHops) => set({ focusHops }),
  setGroupByAffiliation: (groupByAffiliation) => set({ groupByAffiliation }),
  viewportChanged: (viewport) => set({ viewport }),
  setTableOpen: (tableOpen) => set({ tableOpen }),
  setEdgeLabels: (edgeLabels) => set({ edgeLabels }),
});
