// The messages between the page and the layout worker: plain data only, so they cross the thread boundary cheaply.

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  /** Compound parent, when people are grouped inside their affiliation. */
  parent?: string;
}

export interface LayoutRequest {
  nodes: LayoutNode[];
  /** [edge id, source id, target id] triples: arrays are cheaper to clone than objects. */
  edges: [string, string, string][];
  /** fcose options, without functions. */
  options: Record<string, unknown>;
  seed: number;
}

export type LayoutReply =
  { kind: 'started' } | { kind: 'done'; ids: string[]; positions: Float64Array } | { kind: 'failed'; message: string };
