// Puts a figure's labels on the live graph while it is measured or drawn: the screen's label rules (labelPass) at the
// figure's zoom and size, relation numbers on the edges of a cited figure; the screen's own labels again afterwards.
import type { BoundingBoxOptions, Core } from 'cytoscape';
import type { FigureLabels, GraphArea, NumberText } from '../../export/figure/painter';
import { relationIdOfEdge } from '../../graph/elements';
import { CLASSES } from '../../graph/stylesheet';
import { labelPass, type LabelEmphasis, type LabelView } from '../labels/labelPass';
import { askToRelabel } from '../labels/relabel';

/** The view an area shows, as the label pass sees it. */
export const figureView = (area: GraphArea): LabelView => ({
  zoom: area.transform.zoom,
  pan: { x: area.transform.x, y: area.transform.y },
  width: area.width,
  height: area.height,
});

const idsWithClass = (cy: Core, name: string) => new Set(cy.$(`.${name}`).map((element) => element.id()));

/** Each edge's relation numbers, ascending: its own, or its bundle's members'; none for an unnumbered edge. */
export function edgeNumbers(cy: Core, numbers: ReadonlyMap<string, number>): Map<string, number[]> {
  const byEdge = new Map<string, number[]>();
  cy.edges().forEach((edge) => {
    const members = edge.data('bundle') === true ? ((edge.data('members') as string[] | undefined) ?? []) : [edge.id()];
    const found = members
      .map((member) => numbers.get(relationIdOfEdge(member)))
      .filter((number): number is number => number !== undefined)
      .sort((a, b) => a - b);
    if (found.length > 0) byEdge.set(edge.id(), found);
  });
  return byEdge;
}

/**
 * Writes each relation's number on its edge, a bundle's members' numbers on the bundle ("3–5, 9"), nothing on an
 * unnumbered edge; returns how to put the screen's words back.
 */
function numberEdges(cy: Core, numbers: ReadonlyMap<string, number>, text: NumberText): () => void {
  const before = new Map<string, { label: unknown; shortLabel: unknown }>();
  const byEdge = edgeNumbers(cy, numbers);
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      before.set(edge.id(), { label: edge.data('label'), shortLabel: edge.data('shortLabel') });
      // A bundle's short form ("×3") would stand in for its numbers where they do not fit: a cited figure has none.
      if (edge.data('shortLabel') !== undefined) edge.data('shortLabel', '');
      const drawn = byEdge.get(edge.id());
      edge.data('label', drawn ? text(drawn) : '');
    });
  });
  return () =>
    cy.batch(() => {
      for (const [id, { label, shortLabel }] of before) {
        const edge = cy.getElementById(id);
        if (edge.empty()) continue;
        edge.data('label', label);
        if (shortLabel !== undefined) edge.data('shortLabel', shortLabel);
      }
    });
}

/**
 * Runs `work` with the figure's labels available: `place(view)` chooses them for a view (the selection and its
 * neighbours first, as on screen); afterwards the screen's labels are chosen again (LabelController listens).
 */
export async function withFigureLabels<T>(
  cy: Core,
  labels: FigureLabels,
  work: (place: (view: LabelView) => void) => T | Promise<T>,
): Promise<T> {
  const restoreWords = labels.numbers
    ? numberEdges(cy, labels.numbers, labels.numberText ?? ((numbers) => numbers.join(', ')))
    : () => {};
  const emphasis: LabelEmphasis = {
    selected: idsWithClass(cy, CLASSES.selected),
    emphasised: idsWithClass(cy, CLASSES.neighbour),
    edgeLabels: labels.edgeLabels || labels.numbers !== undefined,
  };
  try {
    return await work((view) => {
      labelPass(cy, view, emphasis);
      // The renderer works out each label's lines (their height, where they go) before it paints a frame, and only
      // for what it saw change; an export paints at once, so it is made to work them all out now.
      // (useCache is a documented boundingBox option that Cytoscape's type definitions lack.)
      cy.elements(':visible').boundingBox({ useCache: false } as BoundingBoxOptions);
    });
  } finally {
    restoreWords();
    askToRelabel(cy);
  }
}
