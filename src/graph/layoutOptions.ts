// Pure: the fcose layout options and the renderer options for large graphs.
import type { Actor, CheckedDataset } from '../domain/model';

/** Past this many elements the renderer trades detail while panning for speed. */
export const LARGE_GRAPH_ELEMENTS = 1500;

/**
 * Past this many actors fcose's force-directed refinement takes tens of seconds on a 2-core machine (measured: 1,000
 * actors, 3,000 relations > 40 s), so only its spectral "draft" layout runs, spread out by nodeSeparation.
 */
export const DRAFT_LAYOUT_ACTORS = 200;

/**
 * Up to this many actors fcose runs on the page (well under 200 ms for the seed's few dozen); beyond, in a Web Worker,
 * so the graph is drawn at once and the page stays responsive while the layout runs.
 */
export const INLINE_LAYOUT_MAX_ACTORS = 100;

export type LayoutPlan = 'saved' | 'inline' | 'worker';

/** Every actor placed by the curator: nothing to compute. Otherwise on the page for small graphs, in a worker for large. */
export function layoutPlan(actors: readonly Pick<Actor, 'position'>[]): LayoutPlan {
  if (actors.length > 0 && actors.every((actor) => actor.position)) return 'saved';
  return actors.length > INLINE_LAYOUT_MAX_ACTORS ? 'worker' : 'inline';
}

/** Room around the graph in a fitted view, and how far a fit may zoom in (a lone actor would fill the view). */
export const FIT_PADDING = 40;
export const FIT_MAX_ZOOM = 1.5;

/**
 * Up to this many actors the layout runs several times with different seeds and keeps the picture with the fewest
 * straight-line crossings; each run of fcose on a few dozen actors takes tens of milliseconds.
 */
const CROSSING_TRIES = [
  { upTo: 40, tries: 6 },
  { upTo: 100, tries: 3 },
] as const;

export function layoutTries(actorCount: number): number {
  return CROSSING_TRIES.find((row) => actorCount <= row.upTo)?.tries ?? 1;
}

/** The seed of each try: the first is the dataset's own, so a graph laid out once is laid out as before. */
export function triedSeed(seed: number, attempt: number): number {
  return (seed + Math.imul(attempt, 0x9e3779b9)) >>> 0;
}

/** Rounds of fitting and separating actors with their labels: every label should fit on a small graph. */
export function settleRounds(actorCount: number): number {
  return actorCount <= 300 ? 8 : 2;
}

/** Below this zoom a very large graph is drawn in its overview style (see CLASSES.overview). */
export const OVERVIEW_MAX_ZOOM = 0.4;

/**
 * From this many elements on, the overview style pays: a full frame at 10,000 actors / 30,000 relations costs seconds
 * with arrowheads and dashes. Below, restyling every element when the zoom crosses OVERVIEW_MAX_ZOOM (measured ~1 s at
 * 1,000 / 3,000) costs more than it saves.
 */
export const OVERVIEW_MIN_ELEMENTS = 15_000;

export function usesOverview(elementCount: number): boolean {
  return elementCount >= OVERVIEW_MIN_ELEMENTS;
}

export function isLargeGraph(elementCount: number): boolean {
  return elementCount > LARGE_GRAPH_ELEMENTS;
}

export function rendererOptions(elementCount: number) {
  const large = isLargeGraph(elementCount);
  return {
    pixelRatio: 1,
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    motionBlur: false,
    minZoom: 0.05,
    maxZoom: 5,
    boxSelectionEnabled: false,
    autounselectify: true,
  } as const;
}

/** Saved positions stay where the curator put them. */
export function fixedNodeConstraints(
  actors: readonly Pick<Actor, 'id' | 'position'>[],
): { nodeId: string; position: { x: number; y: number } }[] {
  return actors.flatMap((actor) => (actor.position ? [{ nodeId: actor.id, position: { ...actor.position } }] : []));
}

/**
 * fcose with its spectral start. fcose's randomness all comes from Math.random, which the caller seeds while the
 * layout runs (see canvas/layout/seededRandom.ts), so the same dataset gives the same picture on every load.
 */
export function fcoseOptions(checked: CheckedDataset, options: { animate: boolean }) {
  return fcoseOptionsFor(checked.dataset.actors, options);
}

/** The same from the actors alone: what the layout worker and the benchmark's bare page need. */
export function fcoseOptionsFor(actors: readonly Pick<Actor, 'id' | 'position'>[], options: { animate: boolean }) {
  const fixed = fixedNodeConstraints(actors);
  const draft = actors.length > DRAFT_LAYOUT_ACTORS;
  return {
    name: 'fcose',
    quality: draft ? 'draft' : 'default',
    nodeSeparation: draft ? 250 : 75,
    randomize: true,
    animate: options.animate,
    animationDuration: 400,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    // Disconnected parts are packed after fcose (geometry/packing.ts): fcose's own packing needs
    // cytoscape-layout-utilities, 87 KB gzipped more for the layout chunk, and it cannot load in the layout worker.
    packComponents: false,
    // Stronger repulsion and looser edges than fcose's defaults untangle small graphs: on the bundled dataset, the
    // median straight-line crossings of ten seeds fell from 90 to 50 (docs/legibility.md). The draft layout of large
    // graphs has no force-directed step, so it keeps the settings it was measured with.
    nodeRepulsion: draft ? 12000 : 60000,
    idealEdgeLength: 100,
    edgeElasticity: draft ? 0.45 : 0.2,
    nestingFactor: 0.1,
    gravity: 0.6,
    numIter: 2500,
    tile: true,
    ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
  };
}
