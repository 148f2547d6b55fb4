// Claim status on the graph: hedged relations drawn weaker, contested and denied ones marked, all from one table.
import cytoscape from 'cytoscape';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '../../src/domain/claims';
import type { CheckedDataset } from '../../src/domain/model';
import { CLAIM_MARKS, MARKED_STATUSES } from '../../src/graph/claimMarks';
import { datasetElements } from '../../src/graph/elements';
import { relationStyle } from '../../src/graph/palette';
import { buildStylesheet, CLASSES } from '../../src/graph/stylesheet';
import { loadSmallFixture, withClaimStatuses } from './fixture';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture(withClaimStatuses);
});

const EXPECTED = { r1: 'asserted', r2: 'probable', r3: 'possible', r4: 'denied', r6: 'contested' } as const;

function headless(overview = false) {
  return cytoscape({
    elements: datasetElements(checked, { groupByAffiliation: false, overview }),
    style: buildStylesheet(checked.relationTypes.values()),
    headless: true,
    styleEnabled: true,
  });
}

describe('the claim marks table', () => {
  it('draws weaker evidence lighter and thinner: possible < probable < asserted', () => {
    const { asserted, probable, possible } = CLAIM_MARKS;
    expect(possible.lineOpacity).toBeLessThan(probable.lineOpacity);
    expect(probable.lineOpacity).toBeLessThan(asserted.lineOpacity);
    expect(possible.widthScale).toBeLessThan(probable.widthScale);
    expect(probable.widthScale).toBeLessThan(asserted.widthScale);
  });

  it('marks contested and denied relations with different marks, asserted ones with none', () => {
    expect(CLAIM_MARKS.asserted.marker).toBe('none');
    expect(CLAIM_MARKS.contested.marker).not.toBe('none');
    expect(CLAIM_MARKS.denied.marker).not.toBe('none');
    expect(CLAIM_MARKS.denied.marker).not.toBe(CLAIM_MARKS.contested.marker);
    expect(CLAIM_MARKS.denied.lineOpacity).toBeLessThan(1);
  });

  it('lists every status drawn differently from an asserted relation, for the legend', () => {
    expect(MARKED_STATUSES).toEqual(CLAIM_STATUSES.filter((status) => status !== 'asserted'));
  });
});

describe('claim status on the graph', () => {
  it('puts each relation’s status on its edge, and a thinner width on hedged ones only', () => {
    const edges = datasetElements(checked, { groupByAffiliation: false }).filter(
      (element) => element.group === 'edges',
    );
    for (const [relationId, status] of Object.entries(EXPECTED)) {
      const edge = edges.find((element) => element.data.relationId === relationId);
      const type = checked.relationTypes.get(String(edge?.data.type));
      if (!edge || !type) throw new Error(relationId);
      expect(edge.data.status, relationId).toBe(status);
      const scale = CLAIM_MARKS[status].widthScale;
      expect(edge.data.width, relationId).toBe(scale === 1 ? undefined : relationStyle(type).width * scale);
    }
  });

  it('makes Cytoscape draw hedged edges lighter and thinner, contested and denied ones marked', () => {
    const cy = headless();
    for (const [relationId, status] of Object.entries(EXPECTED)) {
      const edge = cy.getElementById(`rel:${relationId}`);
      const type = checked.relationTypes.get(String(edge.data('type')));
      if (!type) throw new Error(relationId);
      const mark = CLAIM_MARKS[status];
      expect(Number.parseFloat(edge.style('line-opacity')), relationId).toBeCloseTo(mark.lineOpacity, 5);
      expect(Number.parseFloat(edge.style('width')), relationId).toBeCloseTo(
        relationStyle(type).width * mark.widthScale,
      );
      expect(edge.style('mid-target-arrow-shape'), relationId).toBe(mark.marker);
      if (mark.marker !== 'none') expect(edge.style('mid-target-arrow-fill'), relationId).toBe(mark.markerFill);
      // The type's own look stays: colour and arrowhead tell the type, the marks tell the status.
      expect(edge.style('target-arrow-shape'), relationId).toBe(relationStyle(type).arrow);
    }
    cy.destroy();
  });

  it('keeps hedged edges lighter in the overview, where no marks are drawn', () => {
    const cy = headless(true);
    const possible = cy.getElementById('rel:r3');
    const contested = cy.getElementById('rel:r6');
    expect(Number.parseFloat(possible.style('line-opacity'))).toBeCloseTo(CLAIM_MARKS.possible.lineOpacity, 5);
    expect(contested.style('mid-target-arrow-shape')).toBe('none');
    contested.addClass(CLASSES.detailed);
    expect(contested.style('mid-target-arrow-shape')).toBe(CLAIM_MARKS.contested.marker);
    cy.destroy();
  });
});
