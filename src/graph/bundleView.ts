// Pure: parallel relations on the canvas: one bundle edge per pair of actors with several relations, and what it shows
// once filters and the user's expansions apply.
import type { ElementDefinition } from 'cytoscape';
import { claimStatusesOf } from '../domain/claims';
import type { CheckedDataset } from '../domain/model';
import { perDataset } from '../domain/perDataset';
import { bundleLabel, bundlesOf, type Bundle } from './bundles';
import { CLAIM_MARKS } from './claimMarks';
import { edgeIdOf } from './elements';
import { CLASSES } from './stylesheet';

const BUNDLE_PREFIX = 'bundle:';
export const bundleEdgeIdOf = (key: string) => `${BUNDLE_PREFIX}${key}`;
export const bundleKeyOfEdge = (id: string) => id.slice(BUNDLE_PREFIX.length);

/** A bundle's label names this many types at most (graph/bundles.ts), so that it can fit along the line. */
const BUNDLE_LABEL_TYPES = 3;

/** A bundle's width grows with what it holds, up to this. */
const WIDTH = { base: 2, perRelation: 1, most: 8 };

export interface BundleMember {
  edgeId: string;
  type: string;
  /** The type's label, as the legend and the filters write it. */
  label: string;
  /** Its line's opacity (graph/claimMarks.ts): hedged relations are fainter. */
  opacity: number;
}

/** Every pair of actors with several relations, keyed by pair, with its members in the vocabulary's type order. */
export interface BundleIndex {
  bundles: Map<string, { ends: readonly [string, string]; members: BundleMember[] }>;
  /** The bundle key of each bundled relation edge. */
  keyOfEdge: Map<string, string>;
}

export const bundleIndexOf = perDataset((checked: CheckedDataset): BundleIndex => {
  const order = new Map([...checked.relationTypes.keys()].map((type, index) => [type, index]));
  const typeOrder = (type: string) => order.get(type) ?? order.size;
  const { relations } = checked.dataset;
  const statuses = claimStatusesOf(checked);
  const found: Map<string, Bundle> = bundlesOf(relations, { typeOrder });
  const indexOfRelation = checked.relationIndexById;
  const bundles: BundleIndex['bundles'] = new Map();
  const keyOfEdge = new Map<string, string>();
  for (const [key, bundle] of found) {
    const members = bundle.relationIds.map((relationId) => {
      const index = indexOfRelation.get(relationId) ?? -1;
      const relation = relations[index]!;
      const status = statuses[index] ?? 'asserted';
      return {
        edgeId: edgeIdOf(relationId),
        type: relation.type,
        label: checked.relationTypes.get(relation.type)?.label ?? relation.type,
        opacity: CLAIM_MARKS[status].lineOpacity,
      };
    });
    members.sort((a, b) => typeOrder(a.type) - typeOrder(b.type));
    for (const member of members) keyOfEdge.set(member.edgeId, key);
    bundles.set(key, { ends: bundle.ends, members });
  }
  return { bundles, keyOfEdge };
});

/** What a bundle edge shows: its visible members, their short label, a width and the opacity of its firmest member. */
export interface BundleLook {
  members: string[];
  label: string;
  /** How many relations it holds ("×7"), written where the full label has no room. */
  shortLabel: string;
  width: number;
  opacity: number;
}

export function bundleLook(members: readonly BundleMember[]): BundleLook {
  const types: { type: string; count: number }[] = [];
  for (const member of members) {
    const entry = types.find((candidate) => candidate.type === member.type);
    if (entry) entry.count++;
    else types.push({ type: member.type, count: 1 });
  }
  const labels = new Map(members.map((member) => [member.type, member.label]));
  return {
    members: members.map((member) => member.edgeId),
    label: bundleLabel({ types }, (type) => labels.get(type) ?? type, BUNDLE_LABEL_TYPES),
    shortLabel: `×${members.length}`,
    width: Math.min(WIDTH.most, WIDTH.base + WIDTH.perRelation * members.length),
    opacity: Math.max(0, ...members.map((member) => member.opacity)),
  };
}

/** The bundles' edges, each showing all its members until the filters apply (canvas/elements/bundleCanvas.ts). */
export function bundleElements(index: BundleIndex, options: { overview?: boolean } = {}): ElementDefinition[] {
  return [...index.bundles].map(([key, bundle]) => {
    const look = bundleLook(bundle.members);
    return {
      group: 'edges',
      data: {
        id: bundleEdgeIdOf(key),
        source: bundle.ends[0],
        target: bundle.ends[1],
        bundle: true,
        ...look,
      },
      ...(options.overview ? {} : { classes: CLASSES.detailed }),
    };
  });
}

/**
 * A pair's state once filters and expansions apply: with two visible members or more and not expanded, the bundle
 * shows them (and they hide inside it); expanded, or with fewer, the members show as themselves.
 */
export function bundleState(
  members: readonly BundleMember[],
  visibleEdges: ReadonlySet<string>,
  expanded: boolean,
): { collapsed: boolean; look: BundleLook } {
  const visible = members.filter((member) => visibleEdges.has(member.edgeId));
  return { collapsed: visible.length >= 2 && !expanded, look: bundleLook(visible) };
}
