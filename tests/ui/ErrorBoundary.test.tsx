// @vitest-environment jsdom
// A crash inside a region shows a message in its place instead of blanking the page.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { WithI18n } from '../support/testI18n';

afterEach(() => cleanup());

function Crash(): never {
  throw new Error('layout failed');
}

describe('ErrorBoundary', () => {
  it('shows what failed and keeps its siblings', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <WithI18n>
        <button type="button">Open dataset…</button>
        <ErrorBoundary what="the explorer">
          <Crash />
        </ErrorBoundary>
      </WithI18n>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong while showing the explorer');
    expect(screen.getByRole('alert')).toHaveTextContent('layout failed');
    expect(screen.getByRole('button', { name: 'Open dataset…' })).toBeInTheDocument();
    quiet.mockRestore();
  });
});
