// Support drawn as width, and the elements the paths view stands out, on the bundled dataset.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import { shortestPaths } from '../../src/domain/paths';
import { applyFilters } from '../../src/domain/query';
import { DEFAULT_FILTERS } from '../../src/filters/filterTable';
import { supportOf } from '../../src/domain/support';
import { bundleEdgeIdOf, bundleIndexOf } from '../../src/graph/bundleView';
import { datasetElements, edgeIdOf } from '../../src/graph/elements';
import { CLAIM_MARKS } from '../../src/graph/claimMarks';
import { relationStyle } from '../../src/graph/palette';
import { pathHighlight } from '../../src/graph/pathHighlight';
import { SUPPORT_MARKS, supportMark } from '../../src/graph/supportMarks';
import { seedChecked } from '../export/fixtures';

let seed: CheckedDataset;
beforeAll(async () => {
  seed = await seedChecked();
});

describe('support drawn', () => {
  it('widens a line with each further document, up to the last row', () => {
    expect(supportMark(1).widthScale).toBe(1);
    expect(supportMark(2).widthScale).toBeGreaterThan(1);
    expect(supportMark(9)).toBe(SUPPORT_MARKS[0]);
    expect(supportMark(0)).toBe(SUPPORT_MARKS.at(-1));
  });

  it('gives each edge its document count, and a wider line than a single-source edge of its type and status', () => {
    const support = supportOf(seed);
    const edges = datasetElements(seed, { groupByAffiliation: false }).filter((element) => element.group === 'edges');
    const index = support.findIndex((entry) => entry.documents >= 2);
    expect(index).toBeGreaterThanOrEqual(0);
    const relation = seed.dataset.relations[index];
    const edge = edges.find((element) => element.data.id === edgeIdOf(relation?.id ?? ''));
    expect(edge?.data.documents).toBe(support[index]?.documents);
    const type = seed.relationTypes.get(relation?.type ?? '');
    if (!type) throw new Error('a relation of a known type');
    expect(edge?.data.width).toBeGreaterThan(
      relationStyle(type).width * CLAIM_MARKS[edge?.data.status as 'asserted'].widthScale,
    );
    const single = edges.filter((element) => element.data.documents === 1 && element.data.status === 'asserted');
    expect(single.length).toBeGreaterThan(0);
    // Single-source asserted relations are drawn at their type's width (no width of their own).
    expect(single.every((element) => element.data.width === undefined)).toBe(true);
  });
});

describe('path highlight', () => {
  it('stands out every actor and relation of every path, and the bundle drawing a relation on one', () => {
    const visible = applyFilters(seed, DEFAULT_FILTERS);
    const { keyOfEdge } = bundleIndexOf(seed);
    const result = shortestPaths(seed, visible, { from: 'zvi-magen', to: 'iran', directed: false });
    expect(result.paths.length).toBeGreaterThan(0);
    const { nodes, edges } = pathHighlight(seed, result);
    for (const path of result.paths) {
      for (const actor of path.actors) expect(nodes.has(actor)).toBe(true);
      for (const hop of path.hops)
        for (const index of hop.relationIndices) {
          const edgeId = edgeIdOf(seed.dataset.relations[index]?.id ?? '');
          expect(edges.has(edgeId)).toBe(true);
          const bundle = keyOfEdge.get(edgeId);
          if (bundle !== undefined) expect(edges.has(bundleEdgeIdOf(bundle))).toBe(true);
        }
    }
    expect(pathHighlight(seed, { paths: [], reason: 'unconnected' }).nodes.size).toBe(0);
  });
});
