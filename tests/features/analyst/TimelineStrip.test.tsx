// @vitest-environment jsdom
// The timeline strip on the bundled dataset: the marker dragged or stepped through the publication dates, play on a
// fake clock, "all dates", and the as-of date written on the graph.
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { publicationDates } from '../../../src/domain/asOf';
import type { CheckedDataset } from '../../../src/domain/model';
import { AsOfBadge } from '../../../src/features/timeline/AsOfBadge';
import { PLAY_STEP_MS, TimelineStrip } from '../../../src/features/timeline/TimelineStrip';
import { dayNumber } from '../../../src/features/timeline/timelineModel';
import { selectVisibility } from '../../../src/store/selectors';
import { seedChecked } from '../../export/fixtures';
import { renderWithStore } from '../../support/renderWithStore';

let seed: CheckedDataset;
let dates: readonly string[];
beforeAll(async () => {
  seed = await seedChecked();
  dates = publicationDates(seed);
});
afterEach(() => vi.useRealTimers());

describe('TimelineStrip', () => {
  it('steps back from every document to the last publication date, then to the first, and forward again', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TimelineStrip />, seed);
    expect(dates.length).toBe(2);
    expect(screen.getByTestId('timeline-date').textContent).toBe('every document');
    expect(screen.getByRole('button', { name: 'Next publication date' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Previous publication date' }));
    expect(store.getState().filters.asOf).toBe(dates[1]);
    await user.click(screen.getByRole('button', { name: 'Previous publication date' }));
    expect(store.getState().filters.asOf).toBe(dates[0]);
    expect(screen.getByRole('button', { name: 'Previous publication date' })).toHaveProperty('disabled', true);
    const early = selectVisibility(store.getState())?.relationIndices.length ?? 0;
    await user.click(screen.getByRole('button', { name: 'Next publication date' }));
    expect(store.getState().filters.asOf).toBe(dates[1]);
    expect(selectVisibility(store.getState())?.relationIndices.length).toBeGreaterThan(early);
    await user.click(screen.getByRole('button', { name: 'All dates' }));
    expect(store.getState().filters.asOf).toBeNull();
  });

  it('moves the marker to the day it is dragged to', () => {
    const { store } = renderWithStore(<TimelineStrip />, seed);
    const slider = screen.getByRole('slider', { name: /As reported by/ });
    fireEvent.change(slider, { target: { value: String(dayNumber('2019-06-15')) } });
    expect(store.getState().filters.asOf).toBe('2019-06-15');
    expect(slider.getAttribute('aria-valuetext')).toBe('June 15, 2019');
    expect(screen.getByText(/1 document published by then/)).toBeTruthy();
  });

  it('plays through the publication dates and stops after the last', () => {
    vi.useFakeTimers();
    const { store } = renderWithStore(<TimelineStrip />, seed);
    fireEvent.click(screen.getByRole('button', { name: 'Play through the publication dates' }));
    expect(store.getState().filters.asOf).toBe(dates[0]);
    expect(screen.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
    expect(store.getState().filters.asOf).toBe(dates[1]);
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
    expect(store.getState().filters.asOf).toBe(dates[1]);
    expect(screen.getByRole('button', { name: 'Play through the publication dates' })).toBeTruthy();
  });

  it('writes the as-of date on the graph only when there is one', () => {
    const { store } = renderWithStore(<AsOfBadge />, seed);
    expect(screen.queryByTestId('as-of-badge')).toBeNull();
    act(() => store.getState().setFilter('asOf', '2021-10'));
    expect(screen.getByTestId('as-of-badge').textContent).toBe('As reported by October 2021');
  });
});
