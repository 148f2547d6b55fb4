// fcose keeps its nodes in plain objects keyed by node id, so an actor id such as "constructor" crashes it:
// every layout runs on a copy whose ids are indexes ("n0", "n1", …), and positions come back by index.
import type cytoscape from 'cytoscape';
import type { Core, LayoutOptions } from 'cytoscape';
import type { LayoutRequest } from './layoutProtocol';

/** Labels sit under nodes: give each node room for a line of text, as nodeDimensionsIncludeLabels would on the page. */
const LABEL_ROOM = { width: 40, height: 22 };

const copyId = (index: number) => `n${index}`;

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
  const nodes: LayoutRequest['nodes'] = [];
  cy.nodes().forEach((node) => {
    const parent = node.parent().first();
    nodes.push({
      id: copyOf(node.id()),
      width: node.width() + LABEL_ROOM.width,
      height: node.height() + LABEL_ROOM.height,
      ...(parent.length > 0 ? { parent: copyOf(parent.id()) } : {}),
    });
  });
  const edges: LayoutRequest['edges'] = [];
  cy.edges().forEach((edge, index) => {
    edges.push([`e${index}`, copyOf(edge.source().id()), copyOf(edge.target().id())]);
  });
  const fixed = options.fixedNodeConstraint as
    Array<{ nodeId: string; position: { x: number; y: number } }> | undefined;
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
  return { request: { nodes, edges, options: mapped, seed }, realIds };
}

/** Runs the layout on a headless copy (in the worker, or on the page for small graphs); fcose must be registered with `factory`. */
export function computeLayout(
  factory: typeof cytoscape,
  request: LayoutRequest,
): { ids: string[]; positions: Float64Array } {
  const { nodes, edges, options } = request;
  const copy = factory({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
    elements: [
      ...nodes.map((node) => ({
        group: 'nodes' as const,
        data: { id: node.id, width: node.width, height: node.height, ...(node.parent ? { parent: node.parent } : {}) },
      })),
      ...edges.map(([id, source, target]) => ({ group: 'edges' as const, data: { id, source, target } })),
    ],
  });
  // fcose's options are not in Cytoscape's LayoutOptions union.
  copy.layout({ ...options, animate: false, fit: false } as unknown as LayoutOptions).run();
  const ids: string[] = [];
  const positions = new Float64Array(nodes.length * 2);
  copy.nodes().forEach((node, index) => {
    ids.push(node.id());
    const { x, y } = node.position();
    positions[index * 2] = x;
    positions[index * 2 + 1] = y;
  });
  copy.destroy();
  return { ids, positions };
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
}
