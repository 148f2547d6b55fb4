// @vitest-environment jsdom
// What shows instead of a blank canvas: no relations, or filters and focus hiding everything.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { CanvasNotice } from '../../../src/features/explorer/CanvasNotice';
import type { CheckedDataset } from '../../../src/domain/model';
import { loadSmallFixture } from '../../graph/fixture';
import { renderWithStore } from '../../support/renderWithStore';
import { allShown } from '../../../src/store/filterTransitions';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

describe('CanvasNotice', () => {
  it('is silent when something shows', () => {
    const { container } = renderWithStore(<CanvasNotice />, checked);
    expect(container).toBeEmptyDOMElement();
  });

  it('says when the filters hide everything, and resets them', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CanvasNotice />, checked);
    act(() =>
      store
        .getState()
        .setFilter('hiddenKinds', allShown(['person', 'state', 'organization', 'armed-group', 'place'], false)),
    );
    expect(screen.getByRole('status')).toHaveTextContent('The current filters hide every actor and relation.');
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says when a dataset has no relations', async () => {
    const empty = await loadSmallFixture((dataset) => ({ ...dataset, relations: [] }));
    renderWithStore(<CanvasNotice />, empty);
    expect(screen.getByRole('status')).toHaveTextContent('This dataset has no relations yet');
  });
});
