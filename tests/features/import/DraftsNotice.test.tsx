// @vitest-environment jsdom
// Autosaved edits to another dataset are offered: resume them (the dataset opens with the edits) or discard them.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { putActor } from '../../../src/curation/actorTransitions';
import { makeDraftRecord } from '../../../src/session/draftRecord';
import { DraftsNotice } from '../../../src/features/import/DraftsNotice';
import { checkedOf, sampleDataset } from '../../curation/sample';
import { renderCurated } from '../../support/renderCurated';

async function withDraft() {
  const view = renderCurated(<DraftsNotice />, { opened: false });
  const pristine = checkedOf();
  const edited = checkedOf(putActor({ id: 'iran', name: 'Iran', kind: 'state' })(sampleDataset()));
  await view.storage.put(
    makeDraftRecord({ kind: 'file', name: 'earlier.json' }, pristine, edited, Date.UTC(2024, 0, 2)),
  );
  await act(() => view.session.openFiles([new File([JSON.stringify({ ...sampleDataset(), id: 'now' })], 'now.json')]));
  return view;
}

describe('DraftsNotice', () => {
  it('resumes autosaved edits to a file opened earlier', async () => {
    const { store } = await withDraft();
    expect(screen.getByText(/Unsaved changes to/)).toHaveTextContent('Unsaved changes to earlier.json from');
    await userEvent.click(screen.getByRole('button', { name: 'Resume them' }));
    await waitFor(() => expect(store.getState().source).toEqual({ kind: 'file', name: 'earlier.json' }));
    expect(store.getState().checked?.actorsById.has('iran')).toBe(true);
    expect(store.getState().pristine?.actorsById.has('iran')).toBe(false);
    expect(screen.queryByText(/Unsaved changes to/)).toBeNull();
  });

  it('discards them on request', async () => {
    const { storage } = await withDraft();
    await userEvent.click(screen.getByRole('button', { name: 'Discard them' }));
    await waitFor(() => expect(screen.queryByText(/Unsaved changes to/)).toBeNull());
    expect(storage.records.size).toBe(0);
  });
});
