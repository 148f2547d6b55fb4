// @vitest-environment jsdom
// The editors load apart from the page: one that cannot load (offline) says so in the drawer, and the explorer stays.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CurationDrawer } from '../../../src/features/curation/CurationDrawer';
import { CurationToolbar } from '../../../src/features/curation/CurationToolbar';
import { renderCurated } from '../../support/renderCurated';

vi.mock('../../../src/features/curation/ActorEditor', () => {
  throw new Error('Failed to fetch dynamically imported module: ActorEditor.js');
});

describe('the curation drawer', () => {
  it('says in the drawer that an editor could not load, and keeps the explorer and the dataset', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { store } = renderCurated(
      <>
        <CurationToolbar />
        <CurationDrawer />
      </>,
    );
    const before = store.getState().checked;
    await userEvent.click(screen.getByRole('button', { name: 'New actor' }));
    const drawer = screen.getByRole('complementary', { name: 'Curation' });
    const alert = await within(drawer).findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong while showing the editor');
    expect(alert).toHaveTextContent('Your edits are saved in this browser');
    expect(screen.getByRole('button', { name: 'New relation' })).toBeEnabled();
    expect(store.getState().checked).toBe(before);
  });
});
