// A cited figure's numbers on a graph: a placement kept for the figure is reused when the same numbers are placed on
// the same view again (the plan, then the drawing), and gives what placing them afresh gives.
import cytoscape, { type Core } from 'cytoscape';
import { beforeAll, describe, expect, it } from 'vitest';
import { placeFigureNumbers, type NumberPlacements } from '../../../src/canvas/figure/figureNumbers';
import { labelPass } from '../../../src/canvas/labels/labelPass';
import type { CheckedDataset } from '../../../src/domain/model';
import { datasetElements, relationIdOfEdge } from '../../../src/graph/elements';
import { buildStylesheet, CLASSES } from '../../../src/graph/stylesheet';
import { loadSmallFixture } from '../../graph/fixture';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

/** The fixture on a headless graph, its actors close together so that numbers crowd, every relation numbered. */
function numberedGraph(): { cy: Core; numbers: Map<string, number> } {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet(checked.relationTypes.values()),
    elements: datasetElements(checked, { groupByAffiliation: false }),
  });
  cy.nodes().forEach((node, i, nodes) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    node.position({ x: 120 * Math.cos(angle), y: 120 * Math.sin(angle) });
  });
  cy.elements().addClass(CLASSES.detailed);
  const numbers = new Map<string, number>();
  cy.edges().forEach((edge, index) => {
    numbers.set(relationIdOfEdge(edge.id()), index + 1);
    edge.data('label', String(index + 1));
  });
  return { cy, numbers };
}

const view = { zoom: 1, pan: { x: 200, y: 180 }, width: 400, height: 360 };

describe('placeFigureNumbers', () => {
  it('reuses the placement made for the same inputs, and it is the placement made afresh', () => {
    const { cy, numbers } = numberedGraph();
    labelPass(cy, view, { selected: new Set(), emphasised: new Set(), edgeLabels: true });
    const placements: NumberPlacements = new Map();
    const first = placeFigureNumbers(cy, view, numbers, placements);
    expect(first.badges.length).toBeGreaterThan(0);
    expect(placements.size).toBe(1);
    const again = placeFigureNumbers(cy, view, numbers, placements);
    expect(placements.size).toBe(1);
    // The same boxes, not boxes found again: the kept placement was used.
    again.badges.forEach((badge, index) => expect(badge.box).toBe(first.badges[index]!.box));
    expect(again).toEqual(placeFigureNumbers(cy, view, numbers));
  });

  it('places the numbers again when an input changed', () => {
    const { cy, numbers } = numberedGraph();
    labelPass(cy, view, { selected: new Set(), emphasised: new Set(), edgeLabels: true });
    const placements: NumberPlacements = new Map();
    const before = placeFigureNumbers(cy, view, numbers, placements);
    const moved = cy.nodes()[0]!;
    moved.position({ x: moved.position('x') + 0.5, y: moved.position('y') });
    const after = placeFigureNumbers(cy, view, numbers, placements);
    expect(placements.size).toBe(2);
    expect(after).toEqual(placeFigureNumbers(cy, view, numbers));
    const wider = { ...view, width: view.width + 1 };
    placeFigureNumbers(cy, wider, numbers, placements);
    expect(placements.size).toBe(3);
    expect(before.badges.length).toBeGreaterThan(0);
  });
});
