// @vitest-environment jsdom
// The filters: accessible checkboxes per type/kind/document, all/none/only, dates, isolated actors, counts.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { FiltersPanel } from '../../../src/features/filters/FiltersPanel';
import type { CheckedDataset } from '../../../src/domain/model';
import { selectVisibility } from '../../../src/store/selectors';
import { loadSmallFixture, withClaimStatuses } from '../../graph/fixture';
import { renderWithStore } from '../../support/renderWithStore';

let checked: CheckedDataset;
/** The fixture with a relation of every claim status (see tests/graph/fixture.ts). */
let judged: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
  judged = await loadSmallFixture(withClaimStatuses);
});

describe('FiltersPanel', () => {
  it('has a checkbox per relation type named by its label, which hides that type', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FiltersPanel />, checked);
    const strikes = screen.getByRole('checkbox', { name: 'strikes' });
    expect(strikes).toBeChecked();
    await user.click(strikes);
    expect(strikes).not.toBeChecked();
    expect(store.getState().filters.hiddenTypes).toEqual(['strikes']);
    expect(selectVisibility(store.getState())?.relationIds.has('r1')).toBe(false);
    // Keyboard: space toggles back.
    strikes.focus();
    await user.keyboard(' ');
    expect(strikes).toBeChecked();
  });

  it('shows all, none or only one type', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FiltersPanel />, checked);
    await user.click(screen.getByRole('button', { name: 'Only meets' }));
    expect(screen.getByRole('checkbox', { name: 'meets' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'strikes' })).not.toBeChecked();
    expect(selectVisibility(store.getState())?.relationIds).toEqual(new Set(['r3']));
    await user.click(screen.getByRole('button', { name: 'Hide all relation types' }));
    expect(screen.getByRole('checkbox', { name: 'meets' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Show all relation types' }));
    expect(screen.getByRole('checkbox', { name: 'strikes' })).toBeChecked();
  });

  it('updates counts as filters change', async () => {
    const user = userEvent.setup();
    renderWithStore(<FiltersPanel />, checked);
    const memberOf = screen.getByRole('checkbox', { name: 'member of' }).closest('li') as HTMLElement;
    expect(within(memberOf).getByText('3/3')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'person' }));
    expect(within(memberOf).getByText('0/3')).toBeInTheDocument();
  });

  it('filters actor kinds and documents', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FiltersPanel />, checked);
    await user.click(screen.getByRole('checkbox', { name: 'armed group' }));
    expect(store.getState().filters.hiddenKinds).toEqual(['armed-group']);
    await user.click(screen.getByRole('checkbox', { name: 'Rivals still (Klow Review)' }));
    expect(store.getState().filters.hiddenDocuments).toEqual(['rivals']);
  });

  it('filters by a date range and can hide undated relations and isolated actors', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FiltersPanel />, checked);
    await user.type(screen.getByRole('textbox', { name: 'From' }), '2021');
    expect(store.getState().filters.dateFrom).toBe('2021');
    const to = screen.getByRole('textbox', { name: 'To' });
    await user.type(to, '2021-1');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    await user.type(to, '2');
    expect(store.getState().filters.dateTo).toBe('2021-12');
    await user.click(screen.getByRole('checkbox', { name: 'Hide undated relations' }));
    await user.click(screen.getByRole('checkbox', { name: 'Hide actors without a visible relation' }));
    expect(selectVisibility(store.getState())?.relationIds).toEqual(new Set(['r2', 'r3']));
    expect(selectVisibility(store.getState())?.actorIds.size).toBe(4);
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue('');
    expect(selectVisibility(store.getState())?.relationIds.size).toBe(10);
  });

  it('filters by claim status, with visible/total counts, denied relations hidden until ticked', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FiltersPanel />, judged);
    const group = screen.getByRole('group', { name: 'Claim status' });
    const rows = within(group)
      .getAllByRole('checkbox')
      .map((box) => [box.closest('label')?.textContent, (box as HTMLInputElement).checked]);
    expect(rows).toEqual([
      ['asserted', true],
      ['probable', true],
      ['possible', true],
      ['contested', true],
      ['denied', false],
    ]);
    const denied = within(group).getByRole('checkbox', { name: 'denied' });
    const deniedRow = denied.closest('li') as HTMLElement;
    expect(within(deniedRow).getByText('0/1')).toBeInTheDocument();
    expect(denied.closest('label')).toHaveAttribute('title', 'the quotes say it does not hold');
    expect(within(group).getByText('Relations denied by their quotes are hidden until you tick them.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reset filters' })).toBeDisabled();

    await user.click(denied);
    expect(store.getState().filters.hiddenStatuses).toEqual([]);
    expect(selectVisibility(store.getState())?.relationIds.has('r4')).toBe(true);
    expect(within(deniedRow).getByText('1/1')).toBeInTheDocument();
    expect(within(group).queryByText(/hidden until you tick them/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Reset filters' })).toBeEnabled();

    await user.click(within(group).getByRole('button', { name: 'Only probable' }));
    expect(selectVisibility(store.getState())?.relationIds).toEqual(new Set(['r2']));
    const asserted = within(group).getByRole('checkbox', { name: 'asserted' }).closest('li') as HTMLElement;
    expect(within(asserted).getByText('0/6')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(store.getState().filters.hiddenStatuses).toEqual(['denied']);
  });

  it('lists only the statuses the dataset has', () => {
    renderWithStore(<FiltersPanel />, checked);
    const group = screen.getByRole('group', { name: 'Claim status' });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(['asserted']);
    expect(within(group).queryByText(/hidden until you tick them/)).toBeNull();
  });
});
