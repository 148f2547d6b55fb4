// @vitest-environment jsdom
// Actor search: combobox/listbox semantics, diacritics-insensitive matches, keyboard and mouse selection.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { SearchBox } from '../../../src/features/search/SearchBox';
import type { CheckedDataset } from '../../../src/domain/model';
import { loadSmallFixture } from '../../graph/fixture';
import { fakeGraph } from '../../support/fakeGraph';
import { renderWithStore } from '../../support/renderWithStore';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

describe('SearchBox', () => {
  it('finds actors by name or alias, ignoring case and diacritics, and selects with the keyboard', async () => {
    const user = userEvent.setup();
    const graph = fakeGraph();
    const { store } = renderWithStore(<SearchBox />, checked, undefined, { graph: graph.handle });
    const input = screen.getByRole('combobox', { name: 'Find an actor' });
    await user.type(input, 'KURVI');
    expect(screen.getByRole('listbox')).toBeVisible();
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Kûrvi-Tasch']);
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'kurvi-tasch' });
    expect(graph.commands.centreOn).toHaveBeenCalledWith({ kind: 'actor', id: 'kurvi-tasch' });
    expect(input).toHaveValue('Kûrvi-Tasch');
  });

  it('moves through options with the arrow keys and marks the active one', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchBox />, checked);
    const input = screen.getByRole('combobox', { name: 'Find an actor' });
    await user.type(input, 'k');
    expect(screen.getAllByRole('option')).toHaveLength(4);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = screen.getAllByRole('option')[2];
    expect(active).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', active?.id);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'kurvi-tasch' });
  });

  it('shows the matching alias, selects on click, and says when nothing matches', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchBox />, checked);
    const input = screen.getByRole('combobox', { name: 'Find an actor' });
    await user.type(input, 'island');
    await user.click(screen.getByRole('option', { name: /Atlantis/ }));
    expect(screen.queryByRole('option')).toBeNull();
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'atlantis' });
    await user.clear(input);
    await user.type(input, 'zzz');
    expect(screen.getByRole('status')).toHaveTextContent('No actor matches');
    await user.keyboard('{Escape}{Escape}');
    expect(input).toHaveValue('');
  });
});
