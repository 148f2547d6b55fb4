// The messages between the page and the layout worker: plain data only, so they cross the thread boundary cheaply.

export interface LayoutNode {
  id: string;
  /** The shape, in graph units. */
  width: number;
  height: number;
  /** The label drawn under the shape, in screen pixels at the label size (measured on the page). */
  label?: { width: number; height: number };
  /** Compound parent, when people are grouped inside their affiliation. */
  parent?: string;
  /** Placed by the curator. */
  fixed?: boolean;
}

export interface LayoutRequest {
  nodes: LayoutNode[];
  /** [edge id, source id, target id] triples: arrays are cheaper to clone than objects. */
  edges: [string, string, string][];
  /** fcose options, without functions. */
  options: Record<string, unknown>;
  seed: number;
  /** The canvas the first view fits the graph into, so labels are sized for it (screen pixels). */
  view: { width: number; height: number };
}

export type LayoutReply =
  { kind: 'started' } | { kind: 'done'; ids: string[]; positions: Float64Array } | { kind: 'failed'; message: string };
