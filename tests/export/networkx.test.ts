// networkx (Debian's python3-networkx, as in CI) reads the GraphML and GEXF exports with the same node and edge counts.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import type { Visibility } from '../../src/domain/query';
import { applyFilters } from '../../src/domain/query';
import { DEFAULT_FILTERS } from '../../src/filters/filterTable';
import { gexf } from '../../src/export/gexf';
import { graphml } from '../../src/export/graphml';
import { everythingVisible, visibleSubgraph } from '../../src/export/visibleSubgraph';
import { arbitraryDataset, arbitrarySubset } from './arbitraryDataset';
import { checkedFrom, seedChecked } from './fixtures';

/** Debian's python, which CI installs python3-networkx into; NETWORKX_PYTHON picks another (or a missing one, to see the skip). */
const PYTHON = process.env.NETWORKX_PYTHON || '/usr/bin/python3';
const hasNetworkx = spawnSync(PYTHON, ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;
const SKIPPED = `SKIPPED: ${PYTHON} cannot import networkx (install python3-networkx, as .ci/run does); the networkx read test did not run.`;
if (!hasNetworkx) console.warn(SKIPPED);

const READ_COUNTS = `
import json, sys, networkx as nx
out = []
for path in sys.argv[1:]:
    graph = nx.read_graphml(path) if path.endswith('.graphml') else nx.read_gexf(path)
    out.append({'path': path, 'nodes': graph.number_of_nodes(), 'edges': graph.number_of_edges(), 'directed': graph.is_directed(),
                'labels': sorted(str(data.get('label')) for _, data in graph.nodes(data=True))})
print(json.dumps(out))
`;

// Made only when the test runs: a skipped file runs no hooks, so it would not be removed.
let folder = '';

interface Case {
  name: string;
  checked: CheckedDataset;
  visible: Visibility;
}

function readWithNetworkx(cases: Case[]) {
  const files = cases.flatMap(({ name, checked, visible }) => {
    const graphmlFile = path.join(folder, `${name}.graphml`);
    const gexfFile = path.join(folder, `${name}.gexf`);
    writeFileSync(graphmlFile, graphml(checked, visible));
    writeFileSync(
      gexfFile,
      gexf(
        checked,
        visible,
        new Map(checked.dataset.actors.map((actor, index) => [actor.id, { x: index, y: index * 2 }])),
      ),
    );
    return [graphmlFile, gexfFile];
  });
  const output = execFileSync(PYTHON, ['-c', READ_COUNTS, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(output) as { path: string; nodes: number; edges: number; directed: boolean; labels: string[] }[];
}

function expectCounts(cases: Case[]) {
  const read = readWithNetworkx(cases);
  cases.forEach(({ checked, visible }, index) => {
    const subgraph = visibleSubgraph(checked, visible);
    for (const graph of [read[2 * index]!, read[2 * index + 1]!]) {
      expect({ path: graph.path, nodes: graph.nodes, edges: graph.edges }).toEqual({
        path: graph.path,
        nodes: subgraph.actors.length,
        edges: subgraph.relations.length,
      });
    }
  });
  return read;
}

describe.skipIf(!hasNetworkx)(hasNetworkx ? 'networkx reads the exports' : SKIPPED, () => {
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'export-networkx-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('the seed, whole and filtered, with the same counts and directedness', async () => {
    const seed = await seedChecked();
    const directedTypes = [...seed.relationTypes.values()].filter((type) => type.directed).map((type) => type.id);
    const read = expectCounts([
      { name: 'seed', checked: seed, visible: everythingVisible(seed) },
      {
        name: 'seed-strikes',
        checked: seed,
        visible: applyFilters(seed, {
          ...DEFAULT_FILTERS,
          hiddenTypes: [...seed.relationTypes.keys()].filter((id) => id !== 'strikes'),
        }),
      },
      {
        name: 'seed-undirected',
        checked: seed,
        visible: applyFilters(seed, { ...DEFAULT_FILTERS, hiddenTypes: directedTypes }),
      },
    ]);
    expect(read.map((graph) => graph.directed)).toEqual([true, true, true, true, false, false]);
    expect(read[0]!.labels).toContain('Vladimir Putin');
  });

  it('generated datasets with hostile names and random shown subsets', () => {
    const cases = fc
      .sample(
        arbitraryDataset.chain((generated) => fc.tuple(fc.constant(generated), arbitrarySubset(generated.dataset))),
        { numRuns: 25, seed: 42 },
      )
      .map(([{ dataset, files }, visible], index) => ({
        name: `generated-${index}`,
        checked: checkedFrom(dataset, files),
        visible,
      }));
    expectCounts(cases);
  });
});
