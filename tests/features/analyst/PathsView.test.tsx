// @vitest-environment jsdom
// The paths view on the bundled dataset: chosen from an actor's panel, listed as chains with a quote per hop, the
// direction switch, "No connection" with its reason, and the hops as CSV.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CheckedDataset } from '../../../src/domain/model';
import { shortestPaths } from '../../../src/domain/paths';
import { ActorDetails } from '../../../src/features/details/ActorDetails';
import { chainText, hopRows, PATH_CSV_HEADER, pathsCsv } from '../../../src/features/paths/pathHops';
import { PathsView } from '../../../src/features/paths/PathsView';
import { applyFilters } from '../../../src/domain/query';
import { DEFAULT_FILTERS } from '../../../src/filters/filterTable';
import { seedChecked } from '../../export/fixtures';
import { parseCsv } from '../../export/parseCsv';
import { renderWithStore } from '../../support/renderWithStore';
import { allShown } from '../../../src/store/filterTransitions';

let seed: CheckedDataset;
beforeAll(async () => {
  seed = await seedChecked();
});

describe('PathsView', () => {
  it('sets the path from an actor\'s panel with "connect to…", searching by name', async () => {
    const user = userEvent.setup();
    const actor = seed.actorsById.get('zvi-magen');
    if (!actor) throw new Error('Zvi Magen is in the bundled dataset');
    const { store } = renderWithStore(<ActorDetails checked={seed} actor={actor} />, seed);
    await user.type(screen.getByRole('combobox', { name: 'Connect to…' }), 'hezbol');
    await user.click(screen.getByRole('option', { name: 'Hezbollah' }));
    expect(store.getState().path).toEqual({ from: 'zvi-magen', to: 'hezbollah' });
  });

  it('lists up to five shortest paths as chains, each hop with its quote, outlet and date', () => {
    renderWithStore(<PathsView />, seed, (store) => store.getState().setPath({ from: 'zvi-magen', to: 'hezbollah' }));
    const paths = screen.getAllByTestId('path');
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(5);
    expect(paths[0]?.textContent).toContain('Zvi Magen —member of→ Israel — rival — Hezbollah');
    const first = paths[0] as HTMLElement;
    expect(within(first).getAllByRole('blockquote').length).toBeGreaterThanOrEqual(2);
    expect(within(first).getAllByText('The Algemeiner').length).toBeGreaterThan(0);
    expect(within(first).getAllByText('September 16, 2016').length).toBeGreaterThan(0);
  });

  it('says why there is no connection: the direction, then a filter', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PathsView />, seed, (store) =>
      store.getState().setPath({ from: 'hezbollah', to: 'zvi-magen' }),
    );
    expect(screen.getAllByTestId('path').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('checkbox', { name: 'Follow the direction of directed relations' }));
    expect(store.getState().pathDirected).toBe(true);
    expect(screen.getByText(/against the direction of a directed relation/)).toBeTruthy();
    act(() => store.getState().setFilter('hiddenTypes', allShown([...seed.relationTypes.keys()], false)));
    expect(screen.getByText('No connection.').parentElement?.getAttribute('data-reason')).toBe('filtered');
  });

  it('closes, and takes another end from its pickers', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PathsView />, seed, (store) =>
      store.getState().setPath({ from: 'zvi-magen', to: 'hezbollah' }),
    );
    await user.type(screen.getByRole('combobox', { name: 'To' }), 'Hamas');
    await user.keyboard('{Enter}');
    expect(store.getState().path).toEqual({ from: 'zvi-magen', to: 'hamas' });
    await user.click(screen.getByRole('button', { name: 'Close paths' }));
    expect(store.getState().path).toBeNull();
    expect(screen.queryByTestId('paths-view')).toBeNull();
  });

  it('downloads the hops as CSV, one line per relation of each hop, with its quote', async () => {
    const user = userEvent.setup();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:paths');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithStore(<PathsView />, seed, (store) => store.getState().setPath({ from: 'zvi-magen', to: 'hezbollah' }));
    await user.click(screen.getByRole('button', { name: 'Download hops (CSV)' }));
    expect(clicked).toHaveBeenCalledTimes(1);
    const blob = created.mock.calls[0]?.[0] as Blob;
    const rows = parseCsv(await blob.text());
    expect(rows[0]).toEqual([...PATH_CSV_HEADER]);
    expect(rows[1]?.slice(0, 9)).toEqual([
      '1',
      '1',
      'zvi-magen',
      'Zvi Magen',
      expect.any(String),
      'member-of',
      'forward',
      'israel',
      'Israel',
    ]);
    vi.restoreAllMocks();
  });
});

describe('path hops', () => {
  it("read each relation in the hop's direction, and give one CSV line per relation", () => {
    const visible = applyFilters(seed, DEFAULT_FILTERS);
    const result = shortestPaths(seed, visible, { from: 'hezbollah', to: 'zvi-magen', directed: false });
    const path = result.paths[0];
    if (!path) throw new Error('a path');
    const hops = hopRows(seed, path, DEFAULT_FILTERS);
    expect(chainText(seed, hops)).toBe('Hezbollah — rival — Israel ←member of— Zvi Magen');
    const lines = pathsCsv(seed, result.paths, DEFAULT_FILTERS).trim().split('\r\n');
    const relations = result.paths.reduce(
      (sum, each) => sum + each.hops.reduce((n, hop) => n + hop.relationIndices.length, 0),
      0,
    );
    expect(lines).toHaveLength(relations + 1);
  });
});
