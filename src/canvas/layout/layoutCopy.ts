// fcose keeps its nodes in plain objects keyed by node id, so an actor id such as "constructor" crashes it:
// every layout runs on a copy whose ids are indexes ("n0", "n1", …), and positions come back by index.
import type cytoscape from 'cytoscape';
import type { Core, LayoutOptions } from 'cytoscape';
import { countCrossings } from '../../geometry/crossings';
import { settleLayout } from '../../graph/labelAwareLayout';
import { ACTOR_LABEL_PX, LABEL_MARGIN_PX, labelSize } from '../../graph/labels';
import { FIT_MAX_ZOOM, FIT_PADDING, layoutTries, settleRounds, triedSeed } from '../../graph/layoutOptions';
import type { LayoutNode, LayoutRequest } from './layoutProtocol';
import { askToRelabel } from '../labels/relabel';
import { withSeededRandom } from './seededRandom';
import { labelTextWidth } from '../labels/textWidth';

const copyId = (index: number) => `n${index}`;

/** The view a headless graph (tests, Node) is laid out for: about the explorer's canvas at 1400×900. */
const DEFAULT_VIEW = { width: 1100, height: 780 };

/** The graph as a layout request with index ids; `realIds[i]` is the actor behind "n{i}". */
export function layoutCopyOf(
  cy: Core,
  options: Record<string, unknown>,
  seed: number,
): { request: LayoutRequest; realIds: string[] } {
  const realIds: string[] = [];
  const indexOf = new Map<string, number>();
  cy.nodes().forEach((node) => {
    indexOf.set(node.id(), realIds.length);
    realIds.push(node.id());
  });
  const copyOf = (id: string) => copyId(indexOf.get(id) ?? -1);
  const fixed = options.fixedNodeConstraint as
    Array<{ nodeId: string; position: { x: number; y: number } }> | undefined;
  const fixedIds = new Set(fixed?.map((entry) => entry.nodeId));
  const widthOf = labelTextWidth();
  const nodes: LayoutRequest['nodes'] = [];
  cy.nodes().forEach((node) => {
    const parent = node.parent().first();
    const caption = String(node.data('caption') ?? node.data('label') ?? '');
    nodes.push({
      id: copyOf(node.id()),
      width: node.width(),
      height: node.height(),
      ...(caption && !node.isParent() ? { label: labelSize(caption, ACTOR_LABEL_PX, widthOf) } : {}),
      ...(parent.length > 0 ? { parent: copyOf(parent.id()) } : {}),
      ...(fixedIds.has(node.id()) ? { fixed: true } : {}),
    });
  });
  // One edge per pair of actors: parallel relations are drawn as one bundle, and as many springs they would pull
  // their two actors so close that the bundle had no room for its label.
  const edges: LayoutRequest['edges'] = [];
  const pairs = new Set<string>();
  cy.edges('[!bundle]').forEach((edge) => {
    const source = copyOf(edge.source().id());
    const target = copyOf(edge.target().id());
    const pair = source < target ? `${source} ${target}` : `${target} ${source}`;
    if (pairs.has(pair)) return;
    pairs.add(pair);
    edges.push([`e${edges.length}`, source, target]);
  });
  const mapped = {
    ...options,
    nodeDimensionsIncludeLabels: false,
    ...(fixed
      ? {
          fixedNodeConstraint: fixed
            .filter((entry) => indexOf.has(entry.nodeId))
            .map((entry) => ({ ...entry, nodeId: copyOf(entry.nodeId) })),
        }
      : {}),
  };
  const view = cy.width() > 0 && cy.height() > 0 ? { width: cy.width(), height: cy.height() } : DEFAULT_VIEW;
  return { request: { nodes, edges, options: mapped, seed, view }, realIds };
}

/** fcose's box for a node: its shape with the label's room under it, as drawn near zoom 1. */
const layoutBoxOf = (node: LayoutNode) =>
  node.label
    ? {
        width: Math.max(node.width, node.label.width),
        height: node.height + 2 * (LABEL_MARGIN_PX + node.label.height),
      }
    : { width: node.width, height: node.height };

/** One fcose run on a headless copy; positions index-aligned with the request's nodes. */
function runFcose(factory: typeof cytoscape, request: LayoutRequest, seed: number): Float64Array {
  const { nodes, edges, options } = request;
  const copy = factory({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
    elements: [
      ...nodes.map((node) => ({
        group: 'nodes' as const,
        data: { id: node.id, ...layoutBoxOf(node), ...(node.parent ? { parent: node.parent } : {}) },
      })),
      ...edges.map(([id, source, target]) => ({ group: 'edges' as const, data: { id, source, target } })),
    ],
  });
  const positions = new Float64Array(nodes.length * 2);
  try {
    // fcose's options are not in Cytoscape's LayoutOptions union; its randomness is Math.random, seeded per run.
    withSeededRandom(seed, () =>
      copy.layout({ ...options, animate: false, fit: false } as unknown as LayoutOptions).run(),
    );
    nodes.forEach((node, index) => {
      const { x, y } = copy.getElementById(node.id).position();
      positions[index * 2] = x;
      positions[index * 2 + 1] = y;
    });
  } finally {
    copy.destroy();
  }
  return positions;
}

/**
 * Packs disconnected parts and separates actors and their labels for the view (graph/labelAwareLayout.ts). Groups'
 * own positions follow their members, so they are left out; with groups or curator-placed actors nothing is packed.
 */
function settle(request: LayoutRequest, positions: Float64Array, links: [number, number][]): Float64Array {
  const { nodes, view } = request;
  const isGroup = new Set(nodes.flatMap((node) => (node.parent ? [node.parent] : [])));
  const members = nodes.flatMap((node, index) => (isGroup.has(node.id) ? [] : [index]));
  const slot = new Map(members.map((index, position) => [index, position]));
  const items = members.map((index) => ({
    x: positions[index * 2]!,
    y: positions[index * 2 + 1]!,
    width: nodes[index]!.width,
    height: nodes[index]!.height,
    ...(nodes[index]!.label ? { label: nodes[index]!.label } : {}),
    ...(nodes[index]!.fixed ? { fixed: true } : {}),
  }));
  const memberLinks = links.flatMap(([a, b]) => {
    const from = slot.get(a);
    const to = slot.get(b);
    return from === undefined || to === undefined ? [] : [[from, to] as [number, number]];
  });
  const settled = settleLayout(items, memberLinks, {
    view,
    padding: FIT_PADDING,
    maxZoom: FIT_MAX_ZOOM,
    pack: isGroup.size === 0 && !nodes.some((node) => node.fixed),
    rounds: settleRounds(nodes.length),
  });
  const result = Float64Array.from(positions);
  members.forEach((index, position) => {
    result[index * 2] = settled[position]!.x;
    result[index * 2 + 1] = settled[position]!.y;
  });
  return result;
}

/**
 * Runs the layout on a headless copy (in the worker, or on the page for small graphs); fcose must be registered with
 * `factory`. Small graphs get several seeded runs and keep the one with the fewest straight-line crossings (the first
 * on a tie), so the picture is the same on every load.
 */
export function computeLayout(
  factory: typeof cytoscape,
  request: LayoutRequest,
): { ids: string[]; positions: Float64Array } {
  const { nodes, edges } = request;
  const indexOf = new Map(nodes.map((node, index) => [node.id, index]));
  const links = edges.map(
    ([, source, target]) => [indexOf.get(source) ?? -1, indexOf.get(target) ?? -1] as [number, number],
  );
  const pairs = edges.map(([, source, target]) => [source, target] as const);
  let best: { positions: Float64Array; crossings: number } | null = null;
  const tries = layoutTries(nodes.length);
  for (let attempt = 0; attempt < tries; attempt++) {
    const positions = settle(request, runFcose(factory, request, triedSeed(request.seed, attempt)), links);
    if (tries === 1) return { ids: nodes.map((node) => node.id), positions };
    const at = new Map(
      nodes.map((node, index) => [node.id, { x: positions[index * 2]!, y: positions[index * 2 + 1]! }]),
    );
    const crossings = countCrossings(pairs, at);
    if (best === null || crossings < best.crossings) best = { positions, crossings };
  }
  return { ids: nodes.map((node) => node.id), positions: best?.positions ?? new Float64Array(nodes.length * 2) };
}

/** Moves the real nodes to the copy's positions in one batch. */
export function applyCopyPositions(
  cy: Core,
  realIds: readonly string[],
  ids: readonly string[],
  positions: Float64Array,
): void {
  cy.batch(() => {
    ids.forEach((id, index) => {
      const node = cy.getElementById(realIds[Number(id.slice(1))] ?? '');
      // A compound parent's position follows its children; setting it would move them again.
      if (node.length === 0 || node.isParent()) return;
      node.position({ x: positions[index * 2] ?? 0, y: positions[index * 2 + 1] ?? 0 });
    });
  });
  askToRelabel(cy);
}
