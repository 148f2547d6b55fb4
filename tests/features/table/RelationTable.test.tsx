// @vitest-environment jsdom
// The relations table: visible relations, sorting, and selection kept in step both ways.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { RelationTable } from '../../../src/features/table/RelationTable';
import type { CheckedDataset } from '../../../src/domain/model';
import { loadSmallFixture, withClaimStatuses } from '../../graph/fixture';
import { renderWithStore } from '../../support/renderWithStore';
import { allShown, toggled } from '../../../src/store/filterTransitions';

let checked: CheckedDataset;
/** The fixture with a relation of every claim status (see tests/graph/fixture.ts). */
let judged: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
  judged = await loadSmallFixture(withClaimStatuses);
});

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const column = (index: number) => bodyRows().map((row) => within(row).getAllByRole('cell')[index]?.textContent);

describe('RelationTable', () => {
  it('lists visible relations with source, type, target, claim status, date, quote, outlet and documents', () => {
    renderWithStore(<RelationTable />, checked);
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent?.replace(/[▲▼]/, '').trim())).toEqual(
      ['Source', 'Type', 'Target', 'Claim status', 'Date', 'Quote', 'Outlet', 'Documents'],
    );
    expect(bodyRows()).toHaveLength(10);
    const strikes = bodyRows().find((row) => row.textContent?.includes('strikes')) as HTMLElement;
    expect(
      within(strikes)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Borduria',
      'strikes',
      'Zorrino Front',
      'asserted',
      'May 3, 2020',
      'Bordurian jets struck Zorrino Front positions',
      'Border News',
      '1',
    ]);
  });

  it('sorts by a column, ascending then descending, undated last', async () => {
    const user = userEvent.setup();
    renderWithStore(<RelationTable />, checked);
    await user.click(screen.getByRole('button', { name: /Date/ }));
    // Dates and spans in the reader's locale (the test formatter's is en-US), sorted by the days they cover.
    expect(column(4)).toEqual([
      '2018',
      '2019 – 2020',
      'May 3, 2020',
      'February 2021',
      'March 15, 2021',
      'January 2022',
      '',
      '',
      '',
      '',
    ]);
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: /Date/ }));
    expect(column(4).slice(0, 2)).toEqual(['January 2022', 'March 15, 2021']);
    await user.click(screen.getByRole('button', { name: /Target/ }));
    expect(column(2)[0]).toBe('Atlantis');
  });

  it('selects a relation from a row, by click or keyboard, and highlights the selected row', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<RelationTable />, checked);
    await user.click(screen.getByText('Bordurian jets struck Zorrino Front positions'));
    expect(store.getState().selection).toEqual({ kind: 'relation', id: 'r1' });
    const button = screen.getByRole('button', { name: 'Select relation: Atlantis supports Syldavia' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'relation', id: 'r2' });
    expect(button.closest('tr')).toHaveAttribute('aria-current', 'true');
    // Selection from elsewhere (the canvas) shows in the table too.
    act(() => store.getState().select({ kind: 'relation', id: 'r6' }));
    expect(screen.getByText('the Zorrino Front threatened Atlantis').closest('tr')).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(button.closest('tr')).not.toHaveAttribute('aria-current');
  });

  it('sorts by claim status from the firmest claim to the denied one, and shows denied relations once the filter does', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<RelationTable />, judged);
    expect(column(3)).not.toContain('denied');
    act(() => store.getState().setFilter('hiddenStatuses', (hidden) => toggled(hidden, 'denied')));
    await user.click(screen.getByRole('button', { name: /Claim status/ }));
    expect(screen.getByRole('columnheader', { name: /Claim status/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(column(3)).toEqual([...Array<string>(6).fill('asserted'), 'probable', 'possible', 'contested', 'denied']);
    await user.click(screen.getByRole('button', { name: /Claim status/ }));
    expect(column(3).slice(0, 4)).toEqual(['denied', 'contested', 'possible', 'probable']);
    const denied = bodyRows()[0]!;
    expect(
      within(denied).getByText('Borduria and Syldavia remain bitter rivals', { exact: false }),
    ).toBeInTheDocument();
  });

  it('lets names and quotes take their own direction', async () => {
    const arabic = await loadSmallFixture((dataset) => ({
      ...dataset,
      actors: dataset.actors.map((actor) => (actor.id === 'borduria' ? { ...actor, name: 'بوردوريا' } : actor)),
    }));
    renderWithStore(<RelationTable />, arabic);
    const cell = within(screen.getByRole('table')).getAllByText('بوردوريا')[0]!.closest('td');
    expect(cell).toHaveAttribute('dir', 'auto');
    const quote = screen.getByText('Bordurian jets struck Zorrino Front positions');
    expect(quote).toHaveAttribute('dir', 'auto');
  });

  it('follows the filters and says when they hide everything', () => {
    const { store } = renderWithStore(<RelationTable />, checked);
    act(() => store.getState().setFilter('hiddenTypes', (hidden) => toggled(hidden, 'member-of')));
    expect(bodyRows()).toHaveLength(7);
    act(() => store.getState().setFilter('hiddenTypes', allShown([...checked.relationTypes.keys()], false)));
    expect(screen.getByText(/the filters hide them all/)).toBeInTheDocument();
  });
});
