// The screen's label pass on a graph: which labels it draws, and that it copes with edges Cytoscape has not drawn yet.
import cytoscape, { type Core } from 'cytoscape';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { applyBundles, expandBundles } from '../../../src/canvas/elements/bundleCanvas';
import { labelPass } from '../../../src/canvas/labels/labelPass';
import type { CheckedDataset } from '../../../src/domain/model';
import { bundleElements, bundleIndexOf } from '../../../src/graph/bundleView';
import { datasetElements } from '../../../src/graph/elements';
import { buildStylesheet, CLASSES } from '../../../src/graph/stylesheet';
import { loadSmallFixture } from '../../graph/fixture';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

/** The fixture on a headless graph, laid out on a wide circle, every element in view and detailed. */
function graphOf(): Core {
  const index = bundleIndexOf(checked);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet(checked.relationTypes.values()),
    elements: [...datasetElements(checked, { groupByAffiliation: false }), ...bundleElements(index)],
  });
  cy.nodes().forEach((node, i, nodes) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    node.position({ x: 400 * Math.cos(angle), y: 400 * Math.sin(angle) });
  });
  cy.elements().addClass(CLASSES.detailed);
  applyBundles(cy, index, new Set(cy.edges('[!bundle]').map((edge) => edge.id())));
  return cy;
}

const view = { zoom: 1, pan: { x: 600, y: 450 }, width: 1200, height: 900 };
const labelled = (cy: Core) => cy.elements(`.${CLASSES.labelled}`);

describe('labelPass', () => {
  it("labels every actor of a small graph that has room, and the bundle's summary", () => {
    const cy = graphOf();
    const drawn = labelPass(cy, view, { selected: new Set(), emphasised: new Set(), edgeLabels: true });
    expect(drawn).toBeGreaterThan(0);
    const ids = new Set(labelled(cy).map((element) => element.id()));
    for (const node of cy.nodes().toArray()) expect(ids.has(node.id()), node.id()).toBe(true);
    expect(ids.has('bundle:atlantis|syldavia')).toBe(true);
    expect(cy.getElementById('bundle:atlantis|syldavia').hasClass(CLASSES.labelShort)).toBe(false);
  });

  it('labels the relations of an opened bundle before Cytoscape has drawn their curves', () => {
    const cy = graphOf();
    expandBundles(cy, 'hover', new Set(['atlantis|syldavia']));
    // As just after a bundle opens on screen, its members have no drawn midpoint yet (Cytoscape gives undefined).
    const collection = Object.getPrototypeOf(cy.edges()) as { midpoint(): unknown };
    const midpoint = vi.spyOn(collection, 'midpoint').mockReturnValue(undefined);
    try {
      labelPass(cy, view, { selected: new Set(), emphasised: new Set(), edgeLabels: true });
    } finally {
      midpoint.mockRestore();
    }
    const ids = new Set(labelled(cy).map((element) => element.id()));
    expect(ids.has('rel:r2') || ids.has('rel:r8')).toBe(true);
    expect(ids.has('bundle:atlantis|syldavia')).toBe(false);
  });

  it('writes how many relations a bundle holds where its contents have no room along it', () => {
    const cy = graphOf();
    const syldavia = cy.getElementById('syldavia').position();
    cy.getElementById('atlantis').position({ x: syldavia.x + 90, y: syldavia.y });
    labelPass(cy, view, { selected: new Set(), emphasised: new Set(), edgeLabels: true });
    const bundle = cy.getElementById('bundle:atlantis|syldavia');
    expect(bundle.hasClass(CLASSES.labelled)).toBe(true);
    expect(bundle.hasClass(CLASSES.labelShort)).toBe(true);
    expect(bundle.style('label')).toBe('×2');
  });

  it("puts an actor's label on a side that stays inside the view when the others would stick out", () => {
    const cy = graphOf();
    // 12 px from the view's left edge: a label under, over or left of it would be cut by the edge.
    cy.getElementById('atlantis').position({ x: 12 - view.pan.x, y: 0 });
    labelPass(cy, view, { selected: new Set(), emphasised: new Set(), edgeLabels: false });
    const atlantis = cy.getElementById('atlantis');
    expect(atlantis.hasClass(CLASSES.labelled)).toBe(true);
    expect(atlantis.hasClass(CLASSES.labelRight)).toBe(true);
  });
});
