// @vitest-environment jsdom
// What shows instead of a blank page: loading, failed, invalid (with problem locations), and empty canvases.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { CanvasNotice } from '../../../src/features/explorer/CanvasNotice';
import { LoadStatusView } from '../../../src/features/import/LoadStatusView';
import type { CheckedDataset } from '../../../src/domain/model';
import { loadSmallFixture } from '../../graph/fixture';
import { renderWithStore } from '../../support/renderWithStore';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

describe('LoadStatusView', () => {
  it('says what is loading', () => {
    render(<LoadStatusView load={{ phase: 'loading', url: '/d.json' }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading and checking the dataset /d.json');
  });

  it('lists problems with line:column, pointer, message and hint', () => {
    render(
      <LoadStatusView
        load={{
          phase: 'invalid',
          url: '/d.json',
          problems: [
            {
              severity: 'error',
              code: 'quote-not-found',
              file: 'd.json',
              line: 12,
              column: 7,
              pointer: '/relations/3/evidence/0/quote',
              message: 'quote not found',
              hint: 'closest passage: "…"',
            },
            {
              severity: 'warning',
              code: 'unused-actor',
              file: 'd.json',
              line: 4,
              column: 5,
              pointer: '/actors/1',
              message: 'actor "x" is in no relation',
            },
          ],
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('has 1 error');
    expect(alert).toHaveTextContent('d.json:12:7');
    expect(alert).toHaveTextContent('/relations/3/evidence/0/quote');
    expect(alert).toHaveTextContent('quote not found');
    expect(alert).toHaveTextContent('Hint: closest passage');
  });

  it('says when the dataset cannot be fetched', () => {
    render(<LoadStatusView load={{ phase: 'failed', url: '/d.json', message: 'Could not fetch /d.json: 404' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not fetch /d.json: 404');
  });
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
      store.getState().setAllShown('hiddenKinds', ['person', 'state', 'organization', 'armed-group', 'place'], false),
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
