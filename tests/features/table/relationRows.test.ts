// The table's rows: built once per dataset, sorted once per order, then only filtered when the filters change.
import { beforeAll, describe, expect, it } from 'vitest';
import { allRelationRows, relationRows, sortRows, visibleRows } from '../../../src/features/table/relationRows';
import type { CheckedDataset } from '../../../src/domain/model';
import { applyFilters } from '../../../src/domain/query';
import { DEFAULT_FILTERS } from '../../../src/filters/filterTable';
import { loadSmallFixture, withClaimStatuses } from '../../graph/fixture';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture(withClaimStatuses);
});

describe('table rows', () => {
  it('builds the rows of a dataset once', () => {
    expect(allRelationRows(checked)).toBe(allRelationRows(checked));
    expect(allRelationRows(checked).map((row) => row.relationId)).toEqual(
      checked.dataset.relations.map((relation) => relation.id),
    );
  });

  it('carries each relation’s claim status', () => {
    expect(Object.fromEntries(allRelationRows(checked).map((row) => [row.relationId, row.status]))).toMatchObject({
      r1: 'asserted',
      r2: 'probable',
      r3: 'possible',
      r4: 'denied',
      r6: 'contested',
    });
  });

  it('filtering the sorted rows gives what sorting the visible rows gives', () => {
    const visible = applyFilters(checked, { ...DEFAULT_FILTERS, hiddenTypes: ['member-of', 'ally'] });
    expect(visible.relationIndices.length).toBeLessThan(checked.dataset.relations.length);
    for (const key of ['source', 'type', 'target', 'status', 'date', 'quote', 'outlet'] as const) {
      for (const descending of [false, true]) {
        const sort = { key, descending };
        expect(
          visibleRows(sortRows(allRelationRows(checked), sort), visible.relationIds),
          `${key} ${descending}`,
        ).toEqual(sortRows(relationRows(checked, visible.relationIndices), sort));
      }
    }
  });
});
