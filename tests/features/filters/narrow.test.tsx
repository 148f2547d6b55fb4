// @vitest-environment jsdom
// Long filter lists (documents, speakers) get a field that narrows the rows shown, folded as the actor search folds.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../bench/synthetic';
import { emptyDataset } from '../../../src/curation/emptyDataset';
import type { CheckedDataset } from '../../../src/domain/model';
import { validateDatasetSource } from '../../../src/domain/validate';
import { FiltersPanel } from '../../../src/features/filters/FiltersPanel';
import { NARROW_FROM, narrowed } from '../../../src/ui/NarrowField';
import { loadSmallFixture } from '../../graph/fixture';
import { renderWithStore } from '../../support/renderWithStore';
import { messageOf } from '../../support/problemWords';

let many: CheckedDataset;
let few: CheckedDataset;
let none: CheckedDataset;
beforeAll(async () => {
  const { dataset } = syntheticDataset({ actors: 30, relations: 60, documents: 20, documentSize: 300 });
  // Two titles a reader would type without their accents.
  dataset.documents[3]!.title = 'Ḥamās and the Golan';
  dataset.documents[7]!.title = 'Hamas after the war';
  const result = await validateDatasetSource(JSON.stringify(dataset), {
    file: 'dataset.json',
    readTextFile: async () => null,
  });
  if (!result.ok) throw new Error(result.problems.map(messageOf).join('; '));
  many = result.checked;
  few = await loadSmallFixture();
  const fresh = await validateDatasetSource(JSON.stringify(emptyDataset('fresh', 'Fresh')), {
    file: 'dataset.json',
    readTextFile: async () => null,
  });
  if (!fresh.ok) throw new Error(fresh.problems.map(messageOf).join('; '));
  none = fresh.checked;
});

describe('narrowing a filter list', () => {
  it('folds case and accents, and keeps every row for an empty query', () => {
    const rows = ['Ḥamās and the Golan', 'Hamas after the war', 'Hezbollah'];
    expect(narrowed(rows, 'hamas', (row) => row)).toEqual(rows.slice(0, 2));
    expect(narrowed(rows, '  ', (row) => row)).toBe(rows);
    expect(narrowed(rows, 'golan', (row) => row)).toEqual([rows[0]]);
  });

  it('shows only the documents whose title holds the typed text, and still filters the whole list', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FiltersPanel />, many);
    const documents = screen.getByRole('group', { name: 'Documents cited' });
    const rowsBefore = within(documents).getAllByRole('checkbox').length;
    expect(rowsBefore).toBe(20);
    await user.type(within(documents).getByRole('searchbox', { name: 'Find in Documents cited' }), 'hamas');
    expect(within(documents).getAllByRole('checkbox')).toHaveLength(2);
    expect(within(documents).getByRole('checkbox', { name: /Ḥamās and the Golan/ })).toBeInTheDocument();
    expect(within(documents).getByRole('checkbox', { name: /Hamas after the war/ })).toBeInTheDocument();
    await user.click(within(documents).getAllByRole('checkbox')[0]!);
    expect(store.getState().filters.hiddenDocuments).toHaveLength(1);
    await user.click(within(documents).getByRole('button', { name: 'Show found values (2)' }));
    expect(store.getState().filters.hiddenDocuments).toEqual([]);
    // Narrowed, "none" hides the rows found and leaves the others shown.
    await user.click(within(documents).getByRole('button', { name: 'Hide found values (2)' }));
    expect(store.getState().filters.hiddenDocuments).toHaveLength(2);
    await user.clear(within(documents).getByRole('searchbox'));
    await user.click(within(documents).getByRole('button', { name: 'Hide all documents' }));
    expect(store.getState().filters.hiddenDocuments).toHaveLength(20);
    await user.clear(within(documents).getByRole('searchbox'));
    await user.type(within(documents).getByRole('searchbox'), 'zzz');
    expect(within(documents).queryAllByRole('checkbox')).toHaveLength(0);
    expect(within(documents).getByText('Nothing in this list matches “zzz”.')).toBeInTheDocument();
  });

  it('says a list with no value at all is empty, not that nothing matches an empty text', () => {
    renderWithStore(<FiltersPanel />, none);
    for (const name of ['Claim status', 'Relation types', 'Actor kinds', 'Documents cited']) {
      const list = screen.getByRole('group', { name });
      expect(within(list).queryAllByRole('checkbox')).toHaveLength(0);
      expect(within(list).getByText('None in this dataset yet.')).toBeInTheDocument();
      expect(within(list).queryByText(/matches/)).toBeNull();
    }
  });

  it(`leaves lists under ${NARROW_FROM} rows without the field`, () => {
    renderWithStore(<FiltersPanel />, few);
    expect(screen.queryByRole('searchbox')).toBeNull();
  });
});
