// Adding actors before their edges (the cheaper order to style) gives the same graph and the same styles as one batch.
import cytoscape from 'cytoscape';
import { beforeAll, describe, expect, it } from 'vitest';
import { addElementsStyledInOrder } from '../../../src/canvas/elements/addElements';
import type { CheckedDataset } from '../../../src/domain/model';
import { datasetElements } from '../../../src/graph/elements';
import { buildStylesheet } from '../../../src/graph/stylesheet';
import { loadSmallFixture } from '../../graph/fixture';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

const STYLE_PROPERTIES = [
  'shape',
  'background-color',
  'width',
  'label',
  'border-width',
  'line-color',
  'target-arrow-shape',
  'line-style',
  'curve-style',
];

function styled(add: (cy: cytoscape.Core) => void) {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(checked.relationTypes.values()) });
  add(cy);
  const styles = cy
    .elements()
    .map((element) => [
      element.id(),
      element.data('parent') ?? null,
      ...STYLE_PROPERTIES.map((name) => String(element.style(name))),
    ]);
  cy.destroy();
  return styles.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

describe('addElementsStyledInOrder', () => {
  for (const groupByAffiliation of [false, true]) {
    it(`adds every element with the styles of a single batch${groupByAffiliation ? ', people inside their groups' : ''}`, () => {
      const elements = datasetElements(checked, { groupByAffiliation, dashLevel: 2 });
      const inOrder = styled((cy) => addElementsStyledInOrder(cy, elements));
      const together = styled((cy) => cy.batch(() => cy.add(elements)));
      expect(inOrder).toHaveLength(checked.dataset.actors.length + checked.dataset.relations.length);
      expect(inOrder).toEqual(together);
    });
  }
});
