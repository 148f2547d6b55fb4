// Dataset → Cytoscape elements: ids, data, deterministic positions, grouping; loaded into headless Cytoscape.
import cytoscape from 'cytoscape';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import {
  affiliationParents,
  datasetElements,
  edgeIdOf,
  relationIdOfEdge,
  seededPosition,
} from '../../src/graph/elements';
import { buildStylesheet } from '../../src/graph/stylesheet';
import { loadSmallFixture } from './fixture';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

describe('datasetElements', () => {
  it('makes one node per actor and one edge per relation', () => {
    const elements = datasetElements(checked, { groupByAffiliation: false });
    const nodes = elements.filter((element) => element.group === 'nodes');
    const edges = elements.filter((element) => element.group === 'edges');
    expect(nodes.map((node) => node.data.id)).toEqual(checked.dataset.actors.map((actor) => actor.id));
    expect(edges.map((edge) => edge.data.id)).toEqual(
      checked.dataset.relations.map((relation) => `rel:${relation.id}`),
    );
    expect(edges[0]?.data).toEqual({
      id: 'rel:r1',
      relationId: 'r1',
      source: 'borduria',
      target: 'zorrino-front',
      type: 'strikes',
      label: 'strikes',
      arrow: 'triangle',
      status: 'asserted',
      documents: 1,
    });
    expect(nodes.find((node) => node.data.id === 'muskar')?.data).toEqual({
      id: 'muskar',
      label: 'Müskár XII',
      caption: 'Müskár XII',
      kind: 'person',
    });
  });

  it('round-trips edge ids', () => {
    expect(relationIdOfEdge(edgeIdOf('a:b'))).toBe('a:b');
  });

  it('starts every actor at a position from its id, and keeps saved positions', () => {
    const first = datasetElements(checked, { groupByAffiliation: false });
    const second = datasetElements(checked, { groupByAffiliation: false });
    expect(first.map((element) => element.position)).toEqual(second.map((element) => element.position));
    expect(first.find((element) => element.data.id === 'lonely-isle')?.position).toEqual({ x: 400, y: -300 });
    expect(seededPosition('atlantis', 10)).not.toEqual(seededPosition('borduria', 10));
  });

  it('groups people inside their affiliation, and only people', () => {
    const parents = affiliationParents(checked.dataset.actors, checked.actorsById);
    expect(Object.fromEntries(parents)).toEqual({
      ottokar: 'syldavia',
      muskar: 'borduria',
      'kurvi-tasch': 'borduria',
      'helene-dupre': 'klow-institute',
    });
    const grouped = datasetElements(checked, { groupByAffiliation: true });
    expect(grouped.find((element) => element.data.id === 'ottokar')?.data.parent).toBe('syldavia');
  });

  it('never makes a person a parent (no cycles)', () => {
    const actors = [
      { id: 'a', name: 'A', kind: 'person' as const, affiliation: 'b' },
      { id: 'b', name: 'B', kind: 'person' as const, affiliation: 'a' },
    ];
    expect(affiliationParents(actors, new Map(actors.map((actor) => [actor.id, actor])))).toEqual(new Map());
  });

  it('loads into headless Cytoscape with the stylesheet, grouped or not', () => {
    for (const groupByAffiliation of [false, true]) {
      const cy = cytoscape({
        elements: datasetElements(checked, { groupByAffiliation }),
        style: buildStylesheet(checked.relationTypes.values()),
        headless: true,
      });
      expect(cy.nodes().length).toBe(10);
      expect(cy.edges().length).toBe(10);
      expect(cy.getElementById('syldavia').isParent()).toBe(groupByAffiliation);
      cy.destroy();
    }
  });
});
