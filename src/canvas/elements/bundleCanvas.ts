// Shows parallel relations as their bundle or as themselves (graph/bundleView.ts), after the filters and the user's
// expansions; the state is kept beside each graph, since it changes without the store (hover) as well as with it.
import type { Core } from 'cytoscape';
import { bundleEdgeIdOf, bundleState, type BundleIndex } from '../../graph/bundleView';
import { CLASSES } from '../../graph/stylesheet';

/** Why a bundle is open: the pointer is on it, the user clicked it, or one of its relations is selected. */
export type ExpansionReason = 'hover' | 'tap' | 'selection';

interface BundleCanvasState {
  index: BundleIndex;
  visibleEdges: ReadonlySet<string>;
  expanded: Map<ExpansionReason, ReadonlySet<string>>;
  /** What each bundle edge shows now, so only changes touch the graph. */
  shown: Map<string, { collapsed: boolean; members: string }>;
}

const states = new WeakMap<Core, BundleCanvasState>();

const isExpanded = (state: BundleCanvasState, key: string) =>
  [...state.expanded.values()].some((keys) => keys.has(key));

function show(cy: Core, state: BundleCanvasState, keys: Iterable<string>): void {
  cy.batch(() => {
    for (const key of keys) {
      const bundle = state.index.bundles.get(key);
      if (!bundle) continue;
      const { collapsed, look } = bundleState(bundle.members, state.visibleEdges, isExpanded(state, key));
      const members = look.members.join(' ');
      const before = state.shown.get(key);
      if (before && before.collapsed === collapsed && before.members === members) continue;
      state.shown.set(key, { collapsed, members });
      const edge = cy.getElementById(bundleEdgeIdOf(key));
      if (edge.empty()) continue;
      if (collapsed) edge.data(look);
      if (edge.hasClass(CLASSES.hidden) === collapsed) edge.toggleClass(CLASSES.hidden, !collapsed);
      for (const member of bundle.members) {
        const memberEdge = cy.getElementById(member.edgeId);
        if (memberEdge.hasClass(CLASSES.bundled) !== collapsed) memberEdge.toggleClass(CLASSES.bundled, collapsed);
      }
    }
  });
}

/**
 * After the elements or the filters changed: every bundle is checked against the visible relation edges. A new index
 * (another dataset, an edit) starts afresh but keeps what the user had opened.
 */
export function applyBundles(cy: Core, index: BundleIndex, visibleEdges: ReadonlySet<string>): void {
  const previous = states.get(cy);
  const state: BundleCanvasState = {
    index,
    visibleEdges,
    expanded: previous?.expanded ?? new Map(),
    shown: previous?.index === index ? previous.shown : new Map(),
  };
  states.set(cy, state);
  show(cy, state, index.bundles.keys());
}

/** Opens the bundles `keys` for `reason` (and closes those it opened before); true when anything changed. */
export function expandBundles(cy: Core, reason: ExpansionReason, keys: ReadonlySet<string>): boolean {
  const state = states.get(cy);
  if (!state) return false;
  const before = state.expanded.get(reason) ?? new Set<string>();
  if (before.size === keys.size && [...keys].every((key) => before.has(key))) return false;
  state.expanded.set(reason, keys);
  show(cy, state, new Set([...before, ...keys]));
  return true;
}

/** The bundle a relation edge belongs to, if any. */
export function bundleKeyOf(cy: Core, edgeId: string): string | undefined {
  return states.get(cy)?.index.keyOfEdge.get(edgeId);
}

/** The bundles opened for a reason. */
export function expandedFor(cy: Core, reason: ExpansionReason): ReadonlySet<string> {
  return states.get(cy)?.expanded.get(reason) ?? new Set();
}
