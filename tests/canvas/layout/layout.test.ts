// The fcose layout is deterministic (same picture every load) and keeps saved positions; runs headless.
import cytoscape from 'cytoscape';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLayoutExtension } from '../../../src/canvas/layout/extensions';
import { runLayout } from '../../../src/canvas/layout/runLayout';
import { withSeededRandom } from '../../../src/canvas/layout/seededRandom';
import type { CheckedDataset } from '../../../src/domain/model';
import { datasetElements } from '../../../src/graph/elements';
import { buildStylesheet } from '../../../src/graph/stylesheet';
import { loadSmallFixture } from '../../graph/fixture';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
  await loadLayoutExtension();
});

function laidOut(groupByAffiliation: boolean) {
  const cy = cytoscape({
    elements: datasetElements(checked, { groupByAffiliation }),
    style: buildStylesheet(checked.relationTypes.values()),
    headless: true,
    styleEnabled: true,
  });
  runLayout(cy, checked);
  const positions = Object.fromEntries(cy.nodes().map((node) => [node.id(), node.position()]));
  cy.destroy();
  return positions;
}

describe('runLayout', () => {
  it('gives the same positions on every run', () => {
    const first = laidOut(false);
    expect(laidOut(false)).toEqual(first);
    expect(laidOut(true)).toEqual(laidOut(true));
  });

  it('moves actors without a saved position and keeps the saved one', () => {
    const positions = laidOut(false);
    expect(positions['lonely-isle']?.x).toBeCloseTo(400, 0);
    expect(positions['lonely-isle']?.y).toBeCloseTo(-300, 0);
    expect(
      new Set(Object.values(positions).map((position) => `${Math.round(position.x)},${Math.round(position.y)}`)).size,
    ).toBe(10);
  });

  it('lays out actors whose ids are Object.prototype names, which crash fcose when used as its keys', () => {
    const ids = ['constructor', 'tostring', 'hasownproperty', 'prototype'];
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        ...ids.map((id) => ({ group: 'nodes' as const, data: { id }, position: { x: 0, y: 0 } })),
        ...ids.slice(1).map((id, index) => ({
          group: 'edges' as const,
          data: { id: `rel:${index}`, source: 'constructor', target: id },
        })),
      ],
    });
    const actors = ids.map((id) => ({ id, name: id, kind: 'state' as const }));
    runLayout(cy, { ...checked, dataset: { ...checked.dataset, id: 'prototype-ids', actors, relations: [] } });
    const spots = new Set(
      cy.nodes().map((node) => `${Math.round(node.position().x)},${Math.round(node.position().y)}`),
    );
    expect(spots.size).toBe(ids.length);
    cy.destroy();
  });

  it('restores Math.random afterwards', () => {
    const original = Math.random;
    expect(withSeededRandom(1, () => Math.random())).toBe(withSeededRandom(1, () => Math.random()));
    expect(Math.random).toBe(original);
  });
});
