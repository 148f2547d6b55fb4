// @vitest-environment jsdom
// The sources view's curation (quotes counted, metadata edited, removal refused while quotes cite a source) and
// starting a dataset (a slug id that follows the title, the offer to download unsaved changes first).
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { putDocument } from '../../../src/curation/documentTransitions';
import { SourcesView } from '../../../src/features/sources/SourcesView';
import { WorkbenchDialogs } from '../../../src/features/workbench/WorkbenchDialogs';
import { CanvasNotice } from '../../../src/features/explorer/CanvasNotice';
import { renderCurated } from '../../support/renderCurated';

function renderWorkbench() {
  const rendered = renderCurated(
    <>
      <CanvasNotice />
      <SourcesView />
      <WorkbenchDialogs />
    </>,
  );
  return { ...rendered, user: userEvent.setup() };
}

const entry = (title: string) =>
  screen
    .getByRole('button', { name: new RegExp(`^${title}.*show only what it states, and read it$`) })
    .closest('li') as HTMLElement;

describe('the sources view', () => {
  it('counts the quotes citing each source, and refuses to remove a cited one, showing what cites it', async () => {
    const { store, user } = renderWorkbench();
    expect(entry('Wire')).toHaveTextContent('2 relations · 2 quotes');
    await user.click(within(entry('Wire')).getByRole('button', { name: 'Remove' }));
    expect(within(entry('Wire')).getByRole('alert')).toHaveTextContent(
      '“Wire” is cited by 2 quotes in 2 relations: remove or change those first.',
    );
    expect(store.getState().checked?.documentsById.has('wire')).toBe(true);
    await user.click(within(entry('Wire')).getByRole('button', { name: 'Show them' }));
    expect(store.getState().drawer).toEqual({ kind: 'reader', documentId: 'wire' });
  });

  it('removes a source no quote cites, after asking, as an edit undo brings back', async () => {
    const { store, user } = renderWorkbench();
    const wire = store.getState().checked!.dataset.documents[0]!;
    act(() => void store.getState().applyEdit(putDocument({ ...wire, id: 'note', title: 'Note', text: 'A note.' })));
    await user.click(within(entry('Note')).getByRole('button', { name: 'Remove' }));
    await user.click(within(entry('Note')).getByRole('button', { name: 'Yes, remove it' }));
    expect(store.getState().checked?.documentsById.has('note')).toBe(false);
    act(() => store.getState().undo());
    expect(store.getState().checked?.documentTexts.get('note')).toBe('A note.');
  });

  it('edits a source’s metadata; a new id is renamed in the quotes citing it; the text stays', async () => {
    const { store, user } = renderWorkbench();
    await user.click(
      within(screen.getByRole('group', { name: 'Curate “Wire”' })).getByRole('button', { name: 'Edit' }),
    );
    const form = within(screen.getByRole('dialog', { name: 'Edit source' })).getByRole('form');
    expect(screen.getByTestId('source-text')).toHaveTextContent('Moscow and Jerusalem keep talking.');
    await user.clear(within(form).getByLabelText('Id (quotes cite it)'));
    await user.type(within(form).getByLabelText('Id (quotes cite it)'), 'wire-2021');
    await user.type(within(form).getByLabelText('Author'), 'Desk staff');
    const save = within(form).getByRole('button', { name: 'Save source' });
    await waitFor(() => expect(save).toBeEnabled());
    await user.click(save);
    const { checked } = store.getState();
    expect(checked?.dataset.documents[0]).toMatchObject({ id: 'wire-2021', author: 'Desk staff' });
    expect(checked?.dataset.relations.flatMap((relation) => relation.evidence.map((e) => e.document))).toEqual([
      'wire-2021',
      'wire-2021',
    ]);
  });
});

describe('New dataset', () => {
  it('starts an empty dataset whose explorer says to add a source first, kept in this browser', async () => {
    const { store, storage, user } = renderWorkbench();
    act(() => store.getState().openDialog({ kind: 'new-dataset' }));
    const dialog = screen.getByRole('dialog', { name: 'Start a new dataset' });
    await user.type(within(dialog).getByLabelText('Title'), 'Strait talks 2023');
    expect(within(dialog).getByLabelText('Id (used in file names)')).toHaveValue('strait-talks-2023');
    await user.click(within(dialog).getByRole('button', { name: 'Start the dataset' }));
    await waitFor(() => expect(store.getState().checked?.dataset.id).toBe('strait-talks-2023'));
    expect(store.getState().checked?.dataset).toEqual({
      formatVersion: 1,
      id: 'strait-talks-2023',
      title: 'Strait talks 2023',
      documents: [],
      actors: [],
      relations: [],
    });
    expect(store.getState().source).toMatchObject({ kind: 'new', name: 'strait-talks-2023.json' });
    expect([...storage.records.keys()].some((key) => key.startsWith('new:'))).toBe(true);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('status')).toHaveTextContent('This dataset has no sources yet.');
    await user.click(screen.getByRole('button', { name: 'Add a source…' }));
    expect(store.getState().dialog).toEqual({ kind: 'add-source' });
  });

  it('makes a readable id from a title in another script', async () => {
    const { store, user } = renderWorkbench();
    act(() => store.getState().openDialog({ kind: 'new-dataset' }));
    const dialog = screen.getByRole('dialog', { name: 'Start a new dataset' });
    await user.type(within(dialog).getByLabelText('Title'), 'Россия и Израиль');
    expect(within(dialog).getByLabelText('Id (used in file names)')).toHaveValue('rossiya-i-izrail');
    await user.click(within(dialog).getByRole('button', { name: 'Start the dataset' }));
    await waitFor(() => expect(store.getState().checked?.dataset.id).toBe('rossiya-i-izrail'));
  });

  it('refuses an id that is not a slug, under the field', async () => {
    const { store, user } = renderWorkbench();
    act(() => store.getState().openDialog({ kind: 'new-dataset' }));
    const dialog = screen.getByRole('dialog', { name: 'Start a new dataset' });
    await user.type(within(dialog).getByLabelText('Title'), 'Talks');
    await user.clear(within(dialog).getByLabelText('Id (used in file names)'));
    await user.type(within(dialog).getByLabelText('Id (used in file names)'), 'Not a slug');
    expect(within(dialog).getByText(/must be a slug/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Start the dataset' })).toBeDisabled();
  });

  it('first says when the dataset on screen has changes never downloaded, and offers the download', async () => {
    const { store } = renderWorkbench();
    const wire = store.getState().checked!.dataset.documents[0]!;
    act(() => void store.getState().applyEdit(putDocument({ ...wire, id: 'note', title: 'Note', text: 'A note.' })));
    act(() => store.getState().openDialog({ kind: 'new-dataset' }));
    const dialog = screen.getByRole('dialog', { name: 'Start a new dataset' });
    expect(within(dialog).getByRole('note')).toHaveTextContent(
      'Your changes to “Sample” are kept in this browser, but were never downloaded.',
    );
    expect(within(dialog).getByRole('button', { name: 'Download “Sample” (.zip)' })).toBeInTheDocument();
    act(() => store.getState().datasetDownloaded(store.getState().checked!));
    expect(within(dialog).queryByRole('note')).toBeNull();
  });
});
