// Pure: how two actors connect through the visible relations — the shortest chains of actors, each hop with the
// relations that join it — and, when none does, why.
import type { CheckedDataset } from './model';
import type { Visibility } from './query';

export interface PathQuery {
  from: string;
  to: string;
  /** Follow directed relation types only from their source to their target (undirected ones either way). */
  directed: boolean;
  /** At most this many paths, shortest first. */
  maxPaths?: number;
  /** At most this many hops per path. */
  maxHops?: number;
}

export interface PathHop {
  from: string;
  to: string;
  /** The visible relations joining the two actors that the path may go through, in dataset order. */
  relationIndices: number[];
}

export interface ActorPath {
  actors: string[];
  hops: PathHop[];
}

export type NoPathReason =
  /** The two are the same actor, or one of them is not shown. */
  | 'not-shown'
  /** They connect in the whole dataset, but not through what the filters and focus show. */
  | 'filtered'
  /** They connect through the shown relations only against the direction of a directed relation. */
  | 'direction'
  /** Longer than the hop limit. */
  | 'too-far'
  /** Nothing joins them, even with every relation shown. */
  | 'unconnected';

export type PathResult = { paths: ActorPath[] } | { paths: []; reason: NoPathReason };

export const DEFAULT_MAX_PATHS = 5;
export const DEFAULT_MAX_HOPS = 5;

/** Which relation types are directed; unknown ones count as undirected. */
type DirectedTypes = (type: string) => boolean;

/** Out-neighbours of each actor through the given relations: actor → next actor → relation indices. */
function adjacency(
  checked: CheckedDataset,
  relationIndices: Iterable<number>,
  directed: boolean,
  isDirected: DirectedTypes,
): Map<string, Map<string, number[]>> {
  const next = new Map<string, Map<string, number[]>>();
  const link = (a: string, b: string, index: number) => {
    let row = next.get(a);
    if (!row) next.set(a, (row = new Map()));
    const list = row.get(b);
    if (list) list.push(index);
    else row.set(b, [index]);
  };
  for (const index of relationIndices) {
    const relation = checked.dataset.relations[index];
    if (!relation || relation.source === relation.target) continue;
    link(relation.source, relation.target, index);
    if (!directed || !isDirected(relation.type)) link(relation.target, relation.source, index);
  }
  return next;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The shortest path from `from` to `to` as a list of actors, breadth first with neighbours in id order (so ties are
 * broken the same way on every run), avoiding `blockedActors` and the `blockedSteps` ("a→b"), or null.
 */
function breadthFirst(
  next: ReadonlyMap<string, ReadonlyMap<string, number[]>>,
  from: string,
  to: string,
  maxHops: number,
  blockedActors: ReadonlySet<string>,
  blockedSteps: ReadonlySet<string>,
): string[] | null {
  if (from === to) return [from];
  const cameFrom = new Map<string, string>([[from, from]]);
  let frontier = [from];
  for (let hop = 0; hop < maxHops && frontier.length > 0; hop++) {
    const following: string[] = [];
    for (const actor of frontier) {
      const row = next.get(actor);
      if (!row) continue;
      for (const neighbour of [...row.keys()].sort(byId)) {
        if (cameFrom.has(neighbour) || blockedActors.has(neighbour) || blockedSteps.has(`${actor}→${neighbour}`))
          continue;
        cameFrom.set(neighbour, actor);
        if (neighbour === to) {
          const path = [to];
          for (let at = to; at !== from;) path.unshift((at = cameFrom.get(at) as string));
          return path;
        }
        following.push(neighbour);
      }
    }
    frontier = following;
  }
  return null;
}

const pathKey = (actors: readonly string[]) => actors.join('\u0000');

/**
 * Yen's k shortest simple paths over actors, each found by a breadth-first search: at most maxPaths × maxHops searches,
 * each linear in the shown graph. Paths come shortest first; among equally short ones, in a fixed order.
 */
function shortestActorPaths(
  next: ReadonlyMap<string, ReadonlyMap<string, number[]>>,
  from: string,
  to: string,
  maxPaths: number,
  maxHops: number,
): string[][] {
  const first = breadthFirst(next, from, to, maxHops, new Set(), new Set());
  if (first === null) return [];
  const found: string[][] = [first];
  const seen = new Set([pathKey(first)]);
  const candidates: string[][] = [];
  while (found.length < maxPaths) {
    const last = found[found.length - 1] as string[];
    for (let spur = 0; spur < last.length - 1; spur++) {
      const root = last.slice(0, spur + 1);
      const blockedSteps = new Set<string>();
      for (const path of found)
        if (path.length > spur + 1 && pathKey(path.slice(0, spur + 1)) === pathKey(root))
          blockedSteps.add(`${path[spur]}→${path[spur + 1]}`);
      const blockedActors = new Set(root.slice(0, -1));
      const rest = breadthFirst(next, root[spur] as string, to, maxHops - spur, blockedActors, blockedSteps);
      if (rest === null) continue;
      const candidate = [...root.slice(0, -1), ...rest];
      const key = pathKey(candidate);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(candidate);
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.length - b.length || byId(pathKey(a), pathKey(b)));
    found.push(candidates.shift() as string[]);
  }
  return found;
}

/** The relations a path may take between consecutive actors. */
function hopsOf(actors: readonly string[], next: ReadonlyMap<string, ReadonlyMap<string, number[]>>): PathHop[] {
  const hops: PathHop[] = [];
  for (let at = 0; at < actors.length - 1; at++) {
    const from = actors[at] as string;
    const to = actors[at + 1] as string;
    hops.push({ from, to, relationIndices: [...(next.get(from)?.get(to) ?? [])].sort((a, b) => a - b) });
  }
  return hops;
}

/**
 * The shortest paths between two actors through the visible relations. When there is none, the reason says what
 * would connect them: showing more (a filter or the focus), ignoring direction, allowing more hops, or nothing.
 */
export function shortestPaths(checked: CheckedDataset, visible: Visibility, query: PathQuery): PathResult {
  const maxPaths = query.maxPaths ?? DEFAULT_MAX_PATHS;
  const maxHops = query.maxHops ?? DEFAULT_MAX_HOPS;
  const isDirected = (type: string) => checked.relationTypes.get(type)?.directed ?? false;
  if (query.from === query.to || !visible.actorIds.has(query.from) || !visible.actorIds.has(query.to))
    return { paths: [], reason: 'not-shown' };
  const shownRelations = visible.relationIndices.filter((relationIndex) => {
    const relation = checked.dataset.relations[relationIndex];
    return relation !== undefined && visible.actorIds.has(relation.source) && visible.actorIds.has(relation.target);
  });
  const next = adjacency(checked, shownRelations, query.directed, isDirected);
  const found = shortestActorPaths(next, query.from, query.to, maxPaths, maxHops);
  if (found.length > 0) return { paths: found.map((actors) => ({ actors, hops: hopsOf(actors, next) })) };
  return { paths: [], reason: whyNoPath(checked, shownRelations, query, isDirected) };
}

function whyNoPath(
  checked: CheckedDataset,
  shownRelations: readonly number[],
  query: PathQuery,
  isDirected: DirectedTypes,
): NoPathReason {
  const reachable = (relations: Iterable<number>, directed: boolean, hops: number) =>
    breadthFirst(
      adjacency(checked, relations, directed, isDirected),
      query.from,
      query.to,
      hops,
      new Set(),
      new Set(),
    ) !== null;
  const unlimited = Number.MAX_SAFE_INTEGER;
  if (reachable(shownRelations, query.directed, unlimited)) return 'too-far';
  if (query.directed && reachable(shownRelations, false, unlimited)) return 'direction';
  if (reachable(checked.dataset.relations.keys(), false, unlimited)) return 'filtered';
  return 'unconnected';
}
