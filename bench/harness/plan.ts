// What `npm run bench` measures at each size: the default fits in 10 minutes on a 2-core machine, --full measures everything.
import { SIZES, type BenchSize } from './datasets';

export interface PlannedDataset {
  size: BenchSize;
  /** With every actor's position saved (the interactions are measured there), or laid out by the explorer. */
  positions: boolean;
  rounds: number;
  /** Click, filter, pan/zoom (and the export and bypass when asked): on the saved-positions datasets. */
  interactions: boolean;
  png: boolean;
  heap: boolean;
  /** Time the style-bypass floor for the filter (on the bare styled page, which draws the explorer's graph). */
  bypass: boolean;
  /** Mouse moves per half of the pan drag; 0 leaves the pan and zoom out. */
  panSteps: number;
}

/** The style-bypass probe runs where the filter's target compares against it. */
const BYPASS_SIZES = new Set([1_000, 5_000]);

/**
 * Default: three rounds up to 5,000 actors (as many as the time budget allows, see bench/cli/run.ts) and one at 10,000;
 * no PNG export from 5,000 on (5–10 s a page), a shorter pan at 5,000 and none at 10,000 (every mouse move waits for a
 * frame of a second or more there); the datasets without saved positions (load and layout only) up to 1,000 actors, in
 * one round. --full: three rounds of everything.
 */
export function benchPlan(options: { full: boolean; sizes?: readonly number[]; variants?: readonly string[] }) {
  const plan: PlannedDataset[] = [];
  for (const size of SIZES) {
    if (options.sizes && !options.sizes.includes(size.actors)) continue;
    const largest = size.actors >= 10_000;
    const large = size.actors >= 5_000;
    for (const positions of [true, false]) {
      if (options.variants && !options.variants.includes(positions ? 'pos' : 'nopos')) continue;
      if (!positions && !options.full && !options.variants && size.actors > 1_000) continue;
      plan.push({
        size,
        positions,
        rounds: options.full ? 3 : positions && !largest ? 3 : 1,
        interactions: positions,
        png: options.full || !large,
        heap: options.full,
        bypass: options.full || BYPASS_SIZES.has(size.actors),
        panSteps: options.full || !large ? 30 : largest ? 0 : 10,
      });
    }
  }
  return plan;
}
