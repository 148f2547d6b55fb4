// @vitest-environment jsdom
// Re-running the layout: at once with nothing pinned; otherwise keep the arranged actors, or start afresh (undoably).
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { moveActors } from '../../../src/curation/actorTransitions';
import type { CheckedDataset } from '../../../src/domain/model';
import { RelayoutMenu } from '../../../src/features/explorer/RelayoutMenu';
import type { ExplorerStore } from '../../../src/store/store';
import { loadSmallFixture } from '../../graph/fixture';
import { fakeGraph } from '../../support/fakeGraph';
import { renderWithStore } from '../../support/renderWithStore';

let pinnedOnce: CheckedDataset;
let none: CheckedDataset;
beforeAll(async () => {
  // The small fixture pins one actor (lonely-isle); unpinning it leaves none.
  pinnedOnce = await loadSmallFixture();
  none = await loadSmallFixture(moveActors(new Map([['lonely-isle', null]])));
});

const opened = (checked: CheckedDataset) => (store: ExplorerStore) =>
  store.getState().datasetOpened({ kind: 'url', url: '/small.json' }, checked, []);

const pinnedIds = (store: ExplorerStore) =>
  store.getState().checked?.dataset.actors.flatMap((actor) => (actor.position ? [actor.id] : []));

describe('RelayoutMenu', () => {
  it('lays the graph out at once when no actor is pinned', async () => {
    const user = userEvent.setup();
    const { handle, commands } = fakeGraph();
    renderWithStore(<RelayoutMenu />, none, opened(none), { graph: handle });
    const button = screen.getByRole('button', { name: 'Re-run layout' });
    expect(button).not.toHaveAttribute('aria-expanded');
    await user.click(button);
    expect(commands.relayout).toHaveBeenCalledTimes(1);
  });

  it('keeps the pinned actors in place when asked', async () => {
    const user = userEvent.setup();
    const { handle, commands } = fakeGraph();
    const { store } = renderWithStore(<RelayoutMenu />, pinnedOnce, opened(pinnedOnce), { graph: handle });
    await user.click(screen.getByRole('button', { name: 'Re-run layout' }));
    expect(screen.getByRole('dialog', { name: 'Re-run layout' })).toHaveTextContent(
      '1 actor stays where you dragged it until you start afresh',
    );
    expect(screen.getByRole('button', { name: 'Keep it in place' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(commands.relayout).toHaveBeenCalledTimes(1);
    expect(pinnedIds(store)).toEqual(['lonely-isle']);
    expect(screen.getByRole('button', { name: 'Re-run layout' })).toHaveFocus();
  });

  it('starts afresh as an edit that undo takes back', async () => {
    const user = userEvent.setup();
    const { handle, commands } = fakeGraph();
    const { store } = renderWithStore(<RelayoutMenu />, pinnedOnce, opened(pinnedOnce), { graph: handle });
    await user.click(screen.getByRole('button', { name: 'Re-run layout' }));
    await user.click(screen.getByRole('button', { name: 'Start afresh' }));
    expect(pinnedIds(store)).toEqual([]);
    expect(commands.relayout).toHaveBeenCalledTimes(1);
    act(() => store.getState().undo());
    expect(store.getState().checked).toBe(pinnedOnce);
  });

  it('closes without choosing on Escape or a click elsewhere', async () => {
    const user = userEvent.setup();
    const { handle, commands } = fakeGraph();
    renderWithStore(<RelayoutMenu />, pinnedOnce, opened(pinnedOnce), { graph: handle });
    const button = screen.getByRole('button', { name: 'Re-run layout' });
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group')).toBeNull();
    expect(button).toHaveFocus();
    await user.click(button);
    await user.click(document.body);
    expect(screen.queryByRole('group')).toBeNull();
    expect(commands.relayout).not.toHaveBeenCalled();
  });
});
