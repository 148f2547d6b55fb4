// Pure: dash patterns that keep their on-screen size as the graph is zoomed out.
//
// Cytoscape draws a dash pattern in graph units, so zoomed out to a whole graph (zoom 0.05–0.3) a [4, 4] dash becomes
// sub-pixel: it reads as a faint solid line, and the software rasteriser pays one path segment per dash. Scaling the
// pattern by a power of two as the zoom halves keeps dashes (and so the greyscale cue of the line style) at least the
// size they were drawn at zoom 1 and less than twice it, and their count on screen bounded.
import type { RelationStyle } from './palette';

/** Zoom halvings below 1 that get their own pattern scale (down to zoom 1/32; the explorer's minimum is 0.05). */
export const DASH_LEVELS = 5;

/** 0 at zoom ≥ 1; level L (pattern × 2^L) for 2^-L ≤ zoom < 2^-(L-1), up to DASH_LEVELS. */
export function dashLevelFor(zoom: number): number {
  if (!(zoom > 0) || zoom >= 1) return 0;
  return Math.min(DASH_LEVELS, Math.ceil(Math.log2(1 / zoom) - 1e-9));
}

/** The class an edge carries at a level (none at level 0). */
export function dashLevelClass(level: number): string {
  return `dash-${level}`;
}

export const DASH_LEVEL_CLASSES: readonly string[] = Array.from({ length: DASH_LEVELS }, (_, index) =>
  dashLevelClass(index + 1),
);

/**
 * The dash array of a line style at zoom 1, in the units of its width: what the canvas, the legend and the exported
 * figures all draw. Dotted lines are round dots (zero-length dashes with round caps), 2.5 widths apart.
 */
export function dashArray(
  style: Pick<RelationStyle, 'lineStyle' | 'dashPattern' | 'width'>,
): readonly number[] | undefined {
  if (style.lineStyle === 'dotted') return [0, style.width * 2.5];
  if (style.lineStyle === 'dashed') return style.dashPattern ?? [6, 3];
  return undefined;
}

export function scaledDashArray(pattern: readonly number[], level: number): number[] {
  const factor = 2 ** level;
  return pattern.map((length) => length * factor);
}
