// @vitest-environment jsdom
// Adding a source: pasted or picked, its metadata checked under each field, its text archived as a file beside the
// dataset and opened in the reader; a duplicate text, a binary file or a blank text refused, the dataset untouched.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CurationDrawer } from '../../../src/features/curation/CurationDrawer';
import { DropZone } from '../../../src/features/import/DropZone';
import { SourcesView } from '../../../src/features/sources/SourcesView';
import { WorkbenchDialogs } from '../../../src/features/workbench/WorkbenchDialogs';
import { SAMPLE_TEXT } from '../../curation/sample';
import { renderCurated } from '../../support/renderCurated';

const ARTICLE = 'Ankara hosts the strait talks\n\nDelegations from both sides met on Monday.\n\nThe patrols resume.';

function renderWorkbench() {
  const rendered = renderCurated(
    <>
      <SourcesView />
      <WorkbenchDialogs />
      <CurationDrawer />
    </>,
  );
  return { ...rendered, user: userEvent.setup() };
}

const dialog = () => screen.getByRole('dialog', { name: 'Add a source' });

describe('Add a source', () => {
  it('pastes a text, fills what the format requires, and archives it in sources/<id>.txt, opened in the reader', async () => {
    const { store, user } = renderWorkbench();
    const before = store.getState().checked;
    await user.click(screen.getByRole('button', { name: 'Add source…' }));
    await user.click(within(dialog()).getByLabelText('Paste the article’s text'));
    await user.paste(ARTICLE);
    await user.click(within(dialog()).getByRole('button', { name: 'Use this text' }));
    const form = within(dialog()).getByRole('form', { name: 'Add a source' });
    // The first line is offered as the title; the id follows it.
    expect(within(form).getByLabelText('Title')).toHaveValue('Ankara hosts the strait talks');
    expect(within(form).getByLabelText('Id (quotes cite it)')).toHaveValue('ankara-hosts-the-strait-talks');
    expect(screen.getByTestId('source-text')).toHaveTextContent('Delegations from both sides met on Monday.');
    // The outlet and the date are required, and said so under their fields.
    await waitFor(() => expect(within(form).getByText(/"outlet" must not be empty/)).toBeInTheDocument());
    expect(
      within(form).getByText(/"published" "" must be a date written YYYY, YYYY-MM or YYYY-MM-DD/),
    ).toBeInTheDocument();
    const add = within(form).getByRole('button', { name: 'Add source' });
    expect(add).toBeDisabled();
    await user.type(within(form).getByLabelText('Outlet (the publication)'), 'Strait Wire');
    await user.type(within(form).getByLabelText('Published (YYYY, YYYY-MM or YYYY-MM-DD)'), '2023-02-30');
    await waitFor(() =>
      expect(within(form).getByText(/"2023-02-30" does not exist: February 2023 has 28 days/)).toBeInTheDocument(),
    );
    await user.clear(within(form).getByLabelText('Published (YYYY, YYYY-MM or YYYY-MM-DD)'));
    await user.type(within(form).getByLabelText('Published (YYYY, YYYY-MM or YYYY-MM-DD)'), '2023-03');
    await user.type(within(form).getByLabelText('Language (a BCP 47 tag: en, ar, he, fa-IR…)'), 'en_GB');
    await waitFor(() => expect(within(form).getByText(/BCP 47 language tag/)).toBeInTheDocument());
    await user.clear(within(form).getByLabelText('Language (a BCP 47 tag: en, ar, he, fa-IR…)'));
    await user.type(within(form).getByLabelText('Language (a BCP 47 tag: en, ar, he, fa-IR…)'), 'en-GB');
    await waitFor(() => expect(add).toBeEnabled());
    await user.click(add);

    const { checked } = store.getState();
    expect(checked).not.toBe(before);
    expect(checked?.dataset.documents.at(-1)).toEqual({
      id: 'ankara-hosts-the-strait-talks',
      title: 'Ankara hosts the strait talks',
      outlet: 'Strait Wire',
      published: '2023-03',
      language: 'en-GB',
      textFile: 'sources/ankara-hosts-the-strait-talks.txt',
    });
    expect(checked?.documentTexts.get('ankara-hosts-the-strait-talks')).toBe(ARTICLE);
    expect(screen.queryByRole('dialog')).toBeNull();
    const reader = await screen.findByTestId('reader-text');
    expect(reader).toHaveTextContent('The patrols resume.');
    expect(reader).toHaveAttribute('lang', 'en-GB');
    // Undo takes it away, redo brings it back with its text.
    act(() => store.getState().undo());
    expect(store.getState().checked?.documentsById.has('ankara-hosts-the-strait-talks')).toBe(false);
    act(() => store.getState().redo());
    expect(store.getState().checked?.documentTexts.get('ankara-hosts-the-strait-talks')).toBe(ARTICLE);
  });

  it('picks a saved web page: the article, pre-filled from the page, ready to add', async () => {
    const { store, user } = renderWorkbench();
    await user.click(screen.getByRole('button', { name: 'Add source…' }));
    const html = readFileSync(path.join(import.meta.dirname, '../../fixtures/pages/news-jsonld.html'));
    await user.upload(
      within(dialog()).getByLabelText(/Or pick a saved web page/),
      new File([html], 'Strait talks resume.html', { type: 'text/html' }),
    );
    const form = await within(dialog()).findByRole('form', { name: 'Add a source' });
    expect(within(dialog()).getByText('From Strait talks resume.html')).toBeInTheDocument();
    expect(within(dialog()).getByText(/The article was found in the page/)).toBeInTheDocument();
    expect(within(form).getByLabelText('Outlet (the publication)')).toHaveValue('The Harbour Times');
    expect(within(form).getByLabelText('Author')).toHaveValue('Mara Lindqvist, Tomás Ferreira');
    expect(within(form).getByLabelText('Address (http or https)')).toHaveValue(
      'https://www.harbour-times.example/world/2023/03/14/strait-talks-resume',
    );
    const add = within(form).getByRole('button', { name: 'Add source' });
    await waitFor(() => expect(add).toBeEnabled());
    await user.click(add);
    expect(store.getState().checked?.dataset.documents.at(-1)).toMatchObject({
      id: 'strait-talks-resume-after-six-months-of-silence',
      published: '2023-03-14',
      textFile: 'sources/strait-talks-resume-after-six-months-of-silence.txt',
    });
  });

  it('reads a file dropped on the dialog, and one dropped on the page opens the dialog with it', async () => {
    const { store, user } = renderWorkbench();
    await user.click(screen.getByRole('button', { name: 'Add source…' }));
    const page = (name: string) => new File(['<html><body><p>Dropped text.</p></body></html>'], name);
    fireEvent.drop(dialog().querySelector('.add-source')!, {
      dataTransfer: { files: [page('dropped.html')], types: ['Files'] },
    });
    expect(await within(dialog()).findByText('From dropped.html')).toBeInTheDocument();
    act(() => store.getState().closeDialog());
    act(() => store.getState().openDialog({ kind: 'add-source', file: page('from-the-page.htm') }));
    expect(await within(dialog()).findByText('From from-the-page.htm')).toBeInTheDocument();
    expect(screen.getByTestId('source-text')).toHaveTextContent('Dropped text.');
  });

  it('takes a saved page dropped on the window as a source to add, not a dataset to open', () => {
    const { store } = renderCurated(<DropZone />);
    const file = new File(['<html><body><p>Text.</p></body></html>'], 'Saved page.html');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
    act(() => void window.dispatchEvent(drop));
    expect(store.getState().dialog).toEqual({ kind: 'add-source', file });
    expect(store.getState().importStatus).toEqual({ phase: 'idle' });
  });

  it('says when a page has no article, and keeps its body text', async () => {
    const { user } = renderWorkbench();
    await user.click(screen.getByRole('button', { name: 'Add source…' }));
    const html = readFileSync(path.join(import.meta.dirname, '../../fixtures/pages/no-article.html'));
    await user.upload(within(dialog()).getByLabelText(/Or pick a saved web page/), new File([html], 'press.html'));
    expect(await within(dialog()).findByText(/No article was found in this page/)).toBeInTheDocument();
    expect(screen.getByTestId('source-text')).toHaveTextContent('Statement on the strait patrols');
  });

  it('says which source already holds the same text (after NFC), and does not add it again', async () => {
    const { store, user } = renderWorkbench();
    await user.click(screen.getByRole('button', { name: 'Add source…' }));
    await user.click(within(dialog()).getByLabelText('Paste the article’s text'));
    await user.paste(SAMPLE_TEXT.normalize('NFD'));
    await user.click(within(dialog()).getByRole('button', { name: 'Use this text' }));
    expect(within(dialog()).getByRole('alert')).toHaveTextContent(
      'This text is already in the dataset, as “Wire” (wire).',
    );
    await user.type(within(dialog()).getByLabelText('Outlet (the publication)'), 'Copy');
    await user.type(within(dialog()).getByLabelText('Published (YYYY, YYYY-MM or YYYY-MM-DD)'), '2021');
    await act(() => new Promise((done) => setTimeout(done, 300)));
    expect(within(dialog()).getByRole('button', { name: 'Add source' })).toBeDisabled();
    await user.click(within(dialog()).getByRole('button', { name: 'Read it' }));
    expect(store.getState().drawer).toEqual({ kind: 'reader', documentId: 'wire' });
    expect(store.getState().checked?.dataset.documents).toHaveLength(1);
  });

  it('refuses a binary file and a blank text with the reason, and the dataset stays as it was', async () => {
    const { store, user } = renderWorkbench();
    const before = store.getState().checked;
    await user.click(screen.getByRole('button', { name: 'Add source…' }));
    await user.upload(
      within(dialog()).getByLabelText(/Or pick a saved web page/),
      new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])], 'scan.txt', { type: 'text/plain' }),
    );
    expect(await within(dialog()).findByRole('alert')).toHaveTextContent(
      'scan.txt is not a text file: byte 4 is not text in UTF-8.',
    );
    await user.click(within(dialog()).getByLabelText('Paste the article’s text'));
    await user.paste('   ');
    await user.click(within(dialog()).getByRole('button', { name: 'Use this text' }));
    expect(within(dialog()).getByRole('alert')).toHaveTextContent('The pasted text has no text to archive.');
    expect(store.getState().checked).toBe(before);
  });
});
