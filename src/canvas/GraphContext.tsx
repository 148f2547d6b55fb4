// What panels may ask of the graph on screen: a few commands and a painter for figures, handed out through React context
// (as react-sigma hands out its renderer). Panels never see Cytoscape itself.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { GraphPainter } from '../export/figure/painter';

export interface CanvasCommands {
  /** Moves the view onto an actor or a relation (when it is shown), zooming in if the view is far out. */
  centreOn(target: { kind: 'actor' | 'relation'; id: string }): void;
  /** Fits the shown actors into the view. */
  fit(): void;
  /** Lays the graph out afresh. */
  relayout(): void;
}

export interface GraphHandle {
  commands: CanvasCommands;
  painter: GraphPainter;
}

interface Slot {
  handle: GraphHandle | null;
  publish(handle: GraphHandle | null): void;
}

const GraphSlot = createContext<Slot | null>(null);

/** Holds the graph's handle for the panels around it; the canvas inside publishes it while it lives. */
export function GraphProvider({ children }: { children: ReactNode }) {
  const [handle, publish] = useState<GraphHandle | null>(null);
  const slot = useMemo(() => ({ handle, publish }), [handle]);
  return <GraphSlot.Provider value={slot}>{children}</GraphSlot.Provider>;
}

/** The graph on screen, or null when there is none (not mounted yet, or a panel rendered on its own in a test). */
export function useGraph(): GraphHandle | null {
  return useContext(GraphSlot)?.handle ?? null;
}

/** Called by the canvas: the handle is withdrawn when the canvas goes. */
export function usePublishGraph(handle: GraphHandle | null): void {
  const publish = useContext(GraphSlot)?.publish;
  useEffect(() => {
    if (!publish || handle === null) return;
    publish(handle);
    return () => publish(null);
  }, [publish, handle]);
}
