// Store slice: focus, grouping, table and layout options, and the canvas viewport (zoom and pan).
import type { FocusHops } from '../domain/query';
import type { SliceCreator, Viewport } from './types';

export interface ViewSlice {
  focusHops: FocusHops;
  groupByAffiliation: boolean;
  /** null = fit the graph to the canvas. */
  viewport: Viewport | null;
  /** Bumped when the canvas must apply `viewport` (a restored URL), not when the canvas reports its own. */
  viewportRequest: number;
  /** Bumped to re-run the layout. */
  layoutRequest: number;
  tableOpen: boolean;
  setFocusHops(hops: FocusHops): void;
  setGroupByAffiliation(on: boolean): void;
  /** The canvas reports its viewport after the user pans or zooms. */
  viewportChanged(viewport: Viewport): void;
  /** Move the canvas to a viewport, or fit the graph when null. */
  requestViewport(viewport: Viewport | null): void;
  requestLayout(): void;
  setTableOpen(open: boolean): void;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set) => ({
  focusHops: 0,
  groupByAffiliation: false,
  viewport: null,
  viewportRequest: 0,
  layoutRequest: 0,
  tableOpen: true,
  setFocusHops: (focusHops) => set({ focusHops }),
  setGroupByAffiliation: (groupByAffiliation) => set({ groupByAffiliation }),
  viewportChanged: (viewport) => set({ viewport }),
  requestViewport: (viewport) => set((state) => ({ viewport, viewportRequest: state.viewportRequest + 1 })),
  requestLayout: () => set((state) => ({ layoutRequest: state.layoutRequest + 1, viewport: null })),
  setTableOpen: (tableOpen) => set({ tableOpen }),
});
