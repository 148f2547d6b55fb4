// @vitest-environment jsdom
// The panels' frame: toggles that say what they control, focus that follows the user, details that follow the selection,
// shortcuts, and Escape over the graph on a narrow screen.
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CheckedDataset } from '../../../src/domain/model';
import { PanelFrame } from '../../../src/features/explorer/PanelFrame';
import { PanelToggle } from '../../../src/features/explorer/PanelToggle';
import { usePanelControls } from '../../../src/features/explorer/usePanelControls';
import { PANEL_IDS } from '../../../src/store/viewSlice';
import { loadSmallFixture } from '../../graph/fixture';
import { renderWithStore } from '../../support/renderWithStore';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});
afterEach(() => vi.unstubAllGlobals());

function Frame() {
  const controls = usePanelControls();
  return (
    <>
      <input aria-label="typing" />
      {PANEL_IDS.map((panel) => (
        <PanelToggle key={panel} panel={panel} controls={controls} />
      ))}
      {PANEL_IDS.map((panel) => (
        <PanelFrame key={panel} panel={panel} controls={controls} className="">
          <button type="button">inside {panel}</button>
        </PanelFrame>
      ))}
    </>
  );
}

const toggle = (name: string) => screen.getByRole('button', { name });
const frame = (name: string) => screen.queryByRole('complementary', { name });

/** A window narrower than the side panels need (jsdom has no matchMedia: the layout is the wide one without it). */
function narrowWindow() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

describe('the panels around the graph', () => {
  it('show the filters on a wide screen and keep the details and the table closed, each toggle saying so', () => {
    renderWithStore(<Frame />, checked);
    expect(toggle('Filters')).toHaveAttribute('aria-expanded', 'true');
    expect(toggle('Details')).toHaveAttribute('aria-expanded', 'false');
    expect(toggle('Table')).toHaveAttribute('aria-expanded', 'false');
    expect(toggle('Table')).toHaveAttribute('aria-controls', 'explorer-panel-table');
    expect(toggle('Table')).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+R');
    expect(frame('Filters and legend')).toBeVisible();
    expect(frame('Table of relations')).toBeNull();
    expect(screen.queryByRole('button', { name: 'inside table' })).toBeNull();
  });

  it('moves the focus into a panel the user opens, and back to its toggle when it is closed from inside', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Frame />, checked);
    await user.click(toggle('Table'));
    expect(store.getState().panels.table).toBe('open');
    expect(frame('Table of relations')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Hide the table' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(store.getState().panels.table).toBe('closed');
    expect(frame('Table of relations')).toBeNull();
    expect(toggle('Table')).toHaveFocus();
  });

  it('shows the details for a selection, and keeps them closed for it alone once the user closes them', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Frame />, checked);
    act(() => store.getState().select({ kind: 'actor', id: 'atlantis' }));
    expect(frame('Details')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Hide the details' }));
    expect(frame('Details')).toBeNull();
    act(() => store.getState().select({ kind: 'actor', id: 'atlantis' }));
    expect(frame('Details')).toBeNull();
    act(() => store.getState().select({ kind: 'relation', id: 'r1' }));
    expect(frame('Details')).toBeVisible();
    expect(store.getState().panels.details).toBe('auto');
  });

  it('toggles a panel with its shortcut, except while the user types', () => {
    const { store } = renderWithStore(<Frame />, checked);
    fireEvent.keyDown(screen.getByLabelText('typing'), { key: 'F', code: 'KeyF', altKey: true, shiftKey: true });
    expect(store.getState().panels.filters).toBe('auto');
    fireEvent.keyDown(document.body, { key: 'F', code: 'KeyF', altKey: true, shiftKey: true });
    expect(store.getState().panels.filters).toBe('closed');
    expect(frame('Filters and legend')).toBeNull();
    fireEvent.keyDown(document.body, { key: 'F', code: 'KeyF', altKey: true, shiftKey: true });
    expect(frame('Filters and legend')).toHaveFocus();
  });

  it('leaves the filters closed on a narrow screen, and puts a panel over the graph away with Escape', async () => {
    narrowWindow();
    const user = userEvent.setup();
    renderWithStore(<Frame />, checked);
    expect(toggle('Filters')).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle('Filters'));
    expect(frame('Filters and legend')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(frame('Filters and legend')).toBeNull();
    expect(toggle('Filters')).toHaveFocus();
  });

  it('keeps Escape for the controls inside a panel beside the graph', async () => {
    const user = userEvent.setup();
    renderWithStore(<Frame />, checked);
    await user.click(toggle('Filters'));
    await user.click(toggle('Filters'));
    expect(frame('Filters and legend')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(frame('Filters and legend')).toBeVisible();
  });
});
