// Puts the dashed edges' zoom-level class (graph/dashes.ts) on the live graph, for the canvas and for exports.
import type { Core, EdgeCollection } from 'cytoscape';
import { DASH_LEVEL_CLASSES, dashLevelClass, dashLevelFor } from '../../graph/dashes';
import { CLASSES } from '../../graph/stylesheet';

const ALL_LEVEL_CLASSES = DASH_LEVEL_CLASSES.join(' ');

/**
 * The level on each graph, kept beside it rather than in `cy.scratch`: Cytoscape restyles every element whenever the
 * core's scratch (or data) changes, so a level kept there would restyle the whole graph, not just its dashed edges.
 */
const appliedLevels = new WeakMap<Core, number>();

export function appliedDashLevel(cy: Core): number {
  return appliedLevels.get(cy) ?? 0;
}

/**
 * Restyles only the dashed edges, and only when the level changes (a restyle walks every dashed edge). Edges
 * not detailed are drawn solid, so they are left alone; OverviewController gives them the level of the
 * moment when it details them.
 */
export function applyDashLevel(cy: Core, level: number): void {
  if (appliedDashLevel(cy) === level) return;
  cy.batch(() => giveDashLevel(cy.edges(`[?dashed].${CLASSES.detailed}`), level));
  appliedLevels.set(cy, level);
}

/** Puts the class of `level` on the dashed ones of `edges` (call inside cy.batch when there are many). */
export function giveDashLevel(edges: EdgeCollection, level: number): void {
  const dashed = edges.filter('[?dashed]');
  dashed.removeClass(ALL_LEVEL_CLASSES);
  if (level > 0) dashed.addClass(dashLevelClass(level));
}

/**
 * Draws (an export) at another zoom: the dashes of that zoom meanwhile, the screen's again afterwards. `zoom` is CSS
 * pixels per graph unit in the figure, so an exported dash looks as long as it does on screen at that zoom.
 */
export function withDashesForZoom<T>(cy: Core, zoom: number, work: () => T): T {
  const before = appliedDashLevel(cy);
  applyDashLevel(cy, dashLevelFor(zoom));
  let result: T;
  try {
    result = work();
  } catch (error) {
    applyDashLevel(cy, before);
    throw error;
  }
  if (result instanceof Promise) return result.finally(() => applyDashLevel(cy, before)) as T;
  applyDashLevel(cy, before);
  return result;
}
