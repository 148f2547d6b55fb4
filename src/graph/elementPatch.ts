// Pure: what changes on the canvas when a curation edit turns one dataset's elements into the next's.
import type { ElementDefinition } from 'cytoscape';

type Data = Record<string, unknown>;

export interface ElementPatch {
  /** Ids of elements to remove (gone, or edges whose ends changed: Cytoscape cannot re-attach an edge in place). */
  remove: string[];
  /** New nodes, then new edges, in the dataset's order. */
  add: ElementDefinition[];
  /** Existing elements whose data changed: the full new data (keys missing from it are to be removed). */
  update: { id: string; data: Data }[];
  /** Existing nodes that move into another group (null: out of any group). */
  reparent: { id: string; parent: string | null }[];
  /** Existing nodes whose curator-saved position changed. */
  reposition: { id: string; position: { x: number; y: number } }[];
}

const sameData = (a: Data, b: Data) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
};

const samePosition = (a: ElementDefinition['position'], b: ElementDefinition['position']) =>
  a?.x === b?.x && a?.y === b?.y;

/**
 * `before` and `after` come from datasetElements for the previous and the edited dataset (node and edge ids never
 * collide: edge ids are prefixed). `saved.before` / `saved.after` say which actor ids had a curator-saved position: only those positions are authoritative
 * (other positions are starting points the layout has since replaced), so only they move a node that is already drawn.
 */
export function elementPatch(
  before: readonly ElementDefinition[],
  after: readonly ElementDefinition[],
  saved: { before: ReadonlySet<string>; after: ReadonlySet<string> },
): ElementPatch {
  const previous = new Map(before.map((element) => [String(element.data.id), element]));
  const patch: ElementPatch = { remove: [], add: [], update: [], reparent: [], reposition: [] };
  const kept = new Set<string>();
  for (const element of after) {
    const id = String(element.data.id);
    kept.add(id);
    const old = previous.get(id);
    if (old === undefined) {
      patch.add.push(element);
      continue;
    }
    const { parent: oldParent, source: oldSource, target: oldTarget, ...oldRest } = old.data as Data;
    const { parent, source, target, ...rest } = element.data as Data;
    if (element.group === 'edges' && (oldSource !== source || oldTarget !== target)) {
      patch.remove.push(id);
      patch.add.push(element);
      continue;
    }
    if (!sameData(oldRest, rest)) patch.update.push({ id, data: element.data as Data });
    if (element.group === 'nodes' && (oldParent ?? null) !== (parent ?? null))
      patch.reparent.push({ id, parent: (parent as string | undefined) ?? null });
    if (
      element.group === 'nodes' &&
      saved.after.has(id) &&
      element.position &&
      (!saved.before.has(id) || !samePosition(old.position, element.position))
    ) {
      patch.reposition.push({ id, position: { ...element.position } });
    }
  }
  for (const id of previous.keys()) if (!kept.has(id)) patch.remove.push(id);
  // New nodes before new edges, so every edge finds its ends.
  patch.add.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
  return patch;
}

export const isEmptyPatch = (patch: ElementPatch) =>
  patch.remove.length + patch.add.length + patch.update.length + patch.reparent.length + patch.reposition.length === 0;
