// The bare page's elements: the same nodes, edges, ids and data fields as the explorer's (src/graph/elements.ts), without validation.

export interface RawDataset {
  actors: { id: string; name: string; kind: string; position?: { x: number; y: number } }[];
  relations: { id: string; type: string; source: string; target: string }[];
}

export type Positions = Record<string, { x: number; y: number }>;

export interface BareElement {
  group: 'nodes' | 'edges';
  data: Record<string, string>;
  position?: { x: number; y: number };
}

export function bareElements(dataset: RawDataset, positions: Positions | null): BareElement[] {
  const elements: BareElement[] = [];
  for (const actor of dataset.actors) {
    const position = positions?.[actor.id] ?? actor.position ?? { x: 0, y: 0 };
    elements.push({
      group: 'nodes',
      data: { id: actor.id, label: actor.name, kind: actor.kind },
      position: { ...position },
    });
  }
  for (const relation of dataset.relations) {
    elements.push({
      group: 'edges',
      data: {
        id: `rel:${relation.id}`,
        relationId: relation.id,
        source: relation.source,
        target: relation.target,
        type: relation.type,
        label: relation.type,
      },
    });
  }
  return elements;
}

/** Relation types in first-seen order, for the filter checkboxes. */
export function relationTypesOf(dataset: RawDataset): string[] {
  return [...new Set(dataset.relations.map((relation) => relation.type))];
}
