// Pure: the canvas elements the paths view stands out — the actors and relations of every path, and the bundle
// edges that draw those relations when their pair is collapsed.
import type { CheckedDataset } from '../domain/model';
import type { PathResult } from '../domain/paths';
import { bundleEdgeIdOf, bundleIndexOf } from './bundleView';
import { edgeIdOf } from './elements';

export interface PathHighlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export function pathHighlight(checked: CheckedDataset, result: PathResult): PathHighlight {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const { keyOfEdge } = bundleIndexOf(checked);
  for (const path of result.paths) {
    for (const actor of path.actors) nodes.add(actor);
    for (const hop of path.hops)
      for (const relationIndex of hop.relationIndices) {
        const relation = checked.dataset.relations[relationIndex];
        if (!relation) continue;
        const edgeId = edgeIdOf(relation.id);
        edges.add(edgeId);
        const bundle = keyOfEdge.get(edgeId);
        if (bundle !== undefined) edges.add(bundleEdgeIdOf(bundle));
      }
  }
  return { nodes, edges };
}
