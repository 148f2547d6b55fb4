// The table's rows: built once per dataset, sorted once per order, then only filtered when the filters change.
import { beforeAll, describe, expect, it } from 'vitest';
import { allRelationRows, relationRows, sortRows, visibleRows } from '../../../src/features/table/relationRows';
import type { CheckedDataset } from '../../../src/domain/model';
import { applyFilters, DEFAULT_FILTERS } from '../../../src/domain/query';
import { loadSmallFixture } from '../../graph/fixture';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

describe('table rows', () => {
  it('builds the rows of a dataset once', () => {
    expect(allRelationRows(checked)).toBe(allRelationRows(checked));
    expect(allRelationRows(checked).map((row) => row.relationId)).toEqual(
      checked.dataset.relations.map((relation) => relation.id),
    );
  });

  it('filtering the sorted rows gives what sorting the visible rows gives', () => {
    const visible = applyFilters(checked, { ...DEFAULT_FILTERS, hiddenTypes: ['member-of', 'ally'] });
    expect(visible.relationIndices.length).toBeLessThan(checked.dataset.relations.length);
    for (const key of ['source', 'type', 'target', 'date', 'quote', 'outlet'] as const) {
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
