// Level of detail on large graphs: which elements an extent of the graph holds, and the detailed class kept to the view.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { appliedDashLevel, applyDashLevel } from '../../../src/canvas/elements/dashLevels';
import { elementsIn, overviewDetail } from '../../../src/canvas/controllers/OverviewController';
import { CLASSES } from '../../../src/graph/stylesheet';

function gridGraph(size: number) {
  const elements: cytoscape.ElementDefinition[] = [];
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++)
      elements.push({ group: 'nodes', data: { id: `n${row}-${column}` }, position: { x: column * 100, y: row * 100 } });
  }
  for (let row = 0; row < size; row++) {
    for (let column = 0; column + 1 < size; column++)
      elements.push({
        group: 'edges',
        data: {
          id: `e${row}-${column}`,
          source: `n${row}-${column}`,
          target: `n${row}-${column + 1}`,
          dashed: column % 2 === 0,
        },
      });
  }
  // One long edge across the whole graph, ends far from the box used below.
  elements.push({
    group: 'edges',
    data: { id: 'long', source: 'n0-0', target: `n${size - 1}-${size - 1}`, dashed: true },
  });
  return cytoscape({ headless: true, styleEnabled: true, elements, layout: { name: 'preset' } });
}

describe('overviewDetail', () => {
  it('finds the nodes inside the box, the edges touching it, and nothing else', () => {
    const cy = gridGraph(10);
    const found = elementsIn(cy, { x1: 250, y1: 250, x2: 450, y2: 450 });
    expect(
      found
        .nodes()
        .map((node) => node.id())
        .sort(),
    ).toEqual(['n3-3', 'n3-4', 'n4-3', 'n4-4']);
    expect(
      found
        .edges()
        .map((edge) => edge.id())
        .sort(),
    ).toEqual(['e3-2', 'e3-3', 'e3-4', 'e4-2', 'e4-3', 'e4-4', 'long']);
  });

  it('details only what is near the view when zoomed in, and restores the overview when zoomed out', () => {
    const cy = gridGraph(40);
    const detail = overviewDetail(cy);
    const total = cy.elements().length;
    expect(detail.refresh(0.2, { x1: 0, y1: 0, x2: 4000, y2: 4000 }), 'nothing to restyle').toBe(false);
    expect(cy.elements(`.${CLASSES.detailed}`).length).toBe(0);

    expect(detail.refresh(0.55, { x1: 1000, y1: 1000, x2: 1500, y2: 1300 }), 'a part detailed').toBe(true);
    expect(detail.refresh(0.55, { x1: 1000, y1: 1000, x2: 1500, y2: 1300 }), 'the same part again').toBe(false);
    const near = cy.elements(`.${CLASSES.detailed}`);
    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThan(total / 5);
    expect(cy.getElementById('n12-12').hasClass(CLASSES.detailed)).toBe(true);
    expect(cy.getElementById('n39-0').hasClass(CLASSES.detailed)).toBe(false);
    // Detailed dashed edges carry the dash level of the zoom they were detailed at.
    expect(near.edges('[?dashed]').filter((edge) => !edge.hasClass('dash-1')).length === 0).toBe(true);

    // Panning on details the new part and keeps the old.
    detail.refresh(0.55, { x1: 2500, y1: 1000, x2: 3000, y2: 1300 });
    expect(cy.getElementById('n12-27').hasClass(CLASSES.detailed)).toBe(true);
    expect(cy.getElementById('n12-12').hasClass(CLASSES.detailed)).toBe(true);

    expect(detail.refresh(0.3, { x1: 0, y1: 0, x2: 4000, y2: 4000 }), 'back to the overview').toBe(true);
    expect(cy.elements(`.${CLASSES.detailed}`).length).toBe(0);
    expect(detail.detailed().length).toBe(0);
    expect(total).toBeGreaterThan(near.length);
  });

  it('starts from what an edit left detailed, so zooming out still brings it back to the overview', () => {
    const cy = gridGraph(10);
    cy.getElementById('n1-1').addClass(CLASSES.detailed);
    const detail = overviewDetail(cy);
    expect(detail.detailed().map((element) => element.id())).toEqual(['n1-1']);
    detail.refresh(0.2, { x1: 0, y1: 0, x2: 1000, y2: 1000 });
    expect(cy.getElementById('n1-1').hasClass(CLASSES.detailed)).toBe(false);
  });

  it('leaves edges in the overview style alone when the dash level changes, so zooming restyles only what is detailed', () => {
    const cy = gridGraph(10);
    applyDashLevel(cy, 2);
    expect(appliedDashLevel(cy)).toBe(2);
    expect(cy.edges('.dash-2').length).toBe(0);
    cy.getElementById('e0-0').addClass(CLASSES.detailed);
    applyDashLevel(cy, 3);
    expect(cy.edges('.dash-3').map((edge) => edge.id())).toEqual(['e0-0']);
  });
});
