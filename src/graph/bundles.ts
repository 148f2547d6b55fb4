// Pure: relations between the same two actors drawn as one bundle, with a short label saying what it holds.

export interface BundledRelation {
  id: string;
  type: string;
  source: string;
  target: string;
}

export interface Bundle {
  /** The unordered pair, "a|b" with a < b. */
  key: string;
  /** The pair's ends in key order. */
  ends: readonly [string, string];
  relationIds: string[];
  /** Types with their counts. */
  types: { type: string; count: number }[];
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * The bundles of `relations`: one per pair of actors joined by at least `minimum` of them (2: parallel relations).
 * Types are listed in `typeOrder` (the vocabulary's order, as in the legend), else in order of first appearance.
 */
export function bundlesOf(
  relations: Iterable<BundledRelation>,
  options: { minimum?: number; typeOrder?: (type: string) => number } = {},
): Map<string, Bundle> {
  const minimum = options.minimum ?? 2;
  const byPair = new Map<string, Bundle>();
  for (const relation of relations) {
    const key = pairKey(relation.source, relation.target);
    let bundle = byPair.get(key);
    if (!bundle) {
      const ends: [string, string] =
        relation.source < relation.target ? [relation.source, relation.target] : [relation.target, relation.source];
      bundle = { key, ends, relationIds: [], types: [] };
      byPair.set(key, bundle);
    }
    bundle.relationIds.push(relation.id);
    const entry = bundle.types.find((candidate) => candidate.type === relation.type);
    if (entry) entry.count++;
    else bundle.types.push({ type: relation.type, count: 1 });
  }
  for (const [key, bundle] of byPair) {
    if (bundle.relationIds.length < minimum) byPair.delete(key);
    else if (options.typeOrder) {
      const order = options.typeOrder;
      bundle.types.sort((a, b) => order(a.type) - order(b.type));
    }
  }
  return byPair;
}

/**
 * "ally · meets ×2": each type's label, with its count when there is more than one. Past `maxTypes` types, the first
 * ones and how many relations the rest hold ("ally · partner · +7"), so the label stays short enough to be drawn.
 */
export function bundleLabel(
  bundle: Pick<Bundle, 'types'>,
  labelOf: (type: string) => string,
  maxTypes = Infinity,
): string {
  const entry = ({ type, count }: { type: string; count: number }) =>
    count > 1 ? `${labelOf(type)} ×${count}` : labelOf(type);
  if (bundle.types.length <= maxTypes) return bundle.types.map(entry).join(' · ');
  const shown = bundle.types.slice(0, Math.max(1, maxTypes - 1));
  const rest = bundle.types.slice(shown.length).reduce((sum, { count }) => sum + count, 0);
  return [...shown.map(entry), `+${rest}`].join(' · ');
}
