// Pure: the zoom levels that keep labels the same size on screen at every zoom, as dashes.ts does for dash patterns.
//
// Cytoscape sizes text in graph units, so a label shrinks as the graph is zoomed out. Each level (a quarter of a halving
// of the zoom) gets its own font size in graph units, so a label is drawn between its target size and 2^¼ (19 %) more
// whatever the zoom; a class per level on the labelled elements triggers the restyle, only when the level changes.

/** The explorer's zoom range (the renderer's minZoom and maxZoom). */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 5;

/** Levels per halving of the zoom: more levels keep sizes closer to the target, at one restyle per level crossed. */
const STEPS_PER_HALVING = 4;

export const LABEL_LEVELS = Math.ceil(STEPS_PER_HALVING * Math.log2(MAX_ZOOM / MIN_ZOOM)) + 1;

/** Level 0 at the maximum zoom, one more per quarter halving below it. */
export function labelLevelFor(zoom: number): number {
  if (!(zoom > 0)) return LABEL_LEVELS - 1;
  const level = Math.floor(STEPS_PER_HALVING * Math.log2(MAX_ZOOM / zoom) + 1e-9);
  return Math.min(LABEL_LEVELS - 1, Math.max(0, level));
}

/** The smallest zoom of a level (its range is (this, this × 2^¼]). */
export function levelFloorZoom(level: number): number {
  return MAX_ZOOM * 2 ** (-(level + 1) / STEPS_PER_HALVING);
}

/** A length in graph units that is at least `px` and less than `px` × 2^¼ on screen at any zoom of the level. */
export function levelLength(level: number, px: number): number {
  return px / levelFloorZoom(level);
}

export function labelLevelClass(level: number): string {
  return `lz${level}`;
}

export const LABEL_LEVEL_CLASSES: readonly string[] = Array.from({ length: LABEL_LEVELS }, (_, level) =>
  labelLevelClass(level),
);

/** The level a labelled element carries, read back from its classes (the stylesheet's functions need it). */
export function labelLevelOf(classes: readonly string[]): number {
  for (const name of classes) {
    if (name.length > 2 && name.startsWith('lz')) {
      const level = Number(name.slice(2));
      if (Number.isInteger(level)) return level;
    }
  }
  return labelLevelFor(1);
}
