// @vitest-environment jsdom
// The document reader: cited passages highlighted; a selected passage becomes a new relation or new evidence, with the context that picks it.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CurationDrawer } from '../../../src/features/curation/CurationDrawer';
import { SAMPLE_TEXT } from '../../curation/sample';
import { renderCurated } from '../../support/renderCurated';

/** Selects characters [start, end) of the reader's text, as a mouse drag would, and releases the mouse. */
function selectText(start: number, end: number) {
  const container = screen.getByTestId('reader-text');
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (start >= seen && start <= seen + length) range.setStart(node, start - seen);
    if (end >= seen && end <= seen + length) {
      range.setEnd(node, end - seen);
      break;
    }
    seen += length;
  }
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  fireEvent.mouseUp(container);
}

describe('DocumentReader', () => {
  it('reads the text in its language and lets its direction follow the script', async () => {
    const { store } = renderCurated(<CurationDrawer />);
    const hebrew = 'ישראל ורוסיה נפגשו בסוצ׳י.';
    const dataset = store.getState().checked!.dataset;
    const documents = [{ ...dataset.documents[0]!, id: 'haaretz', language: 'he', text: hebrew }];
    store.getState().applyEdit((current) => ({ ...current, documents: [...current.documents, ...documents] }));
    store.getState().openDrawer({ kind: 'reader', documentId: 'haaretz' });
    const text = await screen.findByTestId('reader-text');
    expect(text.textContent).toBe(hebrew);
    expect(text.getAttribute('lang')).toBe('he');
    expect(text.getAttribute('dir')).toBe('auto');
  });

  it('highlights cited passages and shows the text as text', () => {
    const { store } = renderCurated(<CurationDrawer />);
    store.getState().openDrawer({ kind: 'reader', documentId: 'wire' });
    return screen.findByTestId('reader-text').then((text) => {
      expect(text.textContent).toBe(SAMPLE_TEXT);
      expect([...text.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
        'Russia strikes rebels near Idlib.',
        'Russia meets Israel in Sochi.',
      ]);
    });
  });

  it('turns a repeated passage into a new relation prefilled with the quote and the suffix that picks it', async () => {
    const { store } = renderCurated(<CurationDrawer />);
    store.getState().openDrawer({ kind: 'reader', documentId: 'wire' });
    await screen.findByTestId('reader-text');
    const passage = 'Officials said the talks went well.';
    const second = SAMPLE_TEXT.indexOf(passage, SAMPLE_TEXT.indexOf(passage) + 1);
    selectText(second, second + passage.length);
    const region = screen.getByRole('region', { name: 'Selected passage' });
    expect(region).toHaveTextContent('occurs more than once; the suffix “Russia” picks this one');
    await userEvent.click(within(region).getByRole('button', { name: 'New relation from this passage' }));
    const form = await screen.findByRole('form', { name: 'New relation' });
    expect(within(form).getByLabelText('Evidence 1 quote')).toHaveValue(passage);
    expect(within(form).getByLabelText('Evidence 1 suffix')).toHaveValue('Russia');
    expect(within(form).getByLabelText('Evidence 1 prefix')).toHaveValue('');
    expect(within(form).getByLabelText('Evidence 1 document')).toHaveValue('wire');
  });

  it('adds a passage as evidence to an existing relation, through its editor', async () => {
    const { store } = renderCurated(<CurationDrawer />);
    store.getState().openDrawer({ kind: 'reader', documentId: 'wire' });
    await screen.findByTestId('reader-text');
    const start = SAMPLE_TEXT.indexOf('Moscow and Jerusalem');
    selectText(start, start + 'Moscow and Jerusalem keep talking.'.length);
    await userEvent.selectOptions(screen.getByLabelText('Add as evidence to'), 'russia-meets-israel');
    await userEvent.click(screen.getByRole('button', { name: 'Add as evidence' }));
    const form = await screen.findByRole('form', { name: 'Edit relation' });
    expect(within(form).getByLabelText('Evidence 2 quote')).toHaveValue('Moscow and Jerusalem keep talking.');
    const save = within(form).getByRole('button', { name: 'Save relation' });
    await waitFor(() => expect(save).toBeEnabled());
    await userEvent.click(save);
    expect(store.getState().checked?.dataset.relations[1]?.evidence).toHaveLength(2);
  });

  it('highlights the hedging cue of a selected passage and pre-sets the new evidence’s certainty from it', async () => {
    const { store } = renderCurated(<CurationDrawer />);
    store.getState().openDrawer({ kind: 'reader', documentId: 'wire' });
    await screen.findByTestId('reader-text');
    const passage = 'Israel is expected to keep striking convoys.';
    const start = SAMPLE_TEXT.indexOf(passage);
    selectText(start, start + passage.length);
    const region = screen.getByRole('region', { name: 'Selected passage' });
    const cue = within(region).getByText('is expected to', { selector: 'mark' });
    expect(cue).toHaveClass('cue');
    expect(cue).toHaveAttribute('title', expect.stringMatching(/belief or report frame/));
    expect(region).toHaveTextContent(
      'Found “is expected to”: the new evidence is pre-set to certainty “probable”. Check it in the editor',
    );
    await userEvent.click(within(region).getByRole('button', { name: 'New relation from this passage' }));
    const form = await screen.findByRole('form', { name: 'New relation' });
    expect(within(form).getByRole('combobox', { name: 'Evidence 1 certainty' })).toHaveValue('probable');
    expect(within(form).getByRole('checkbox', { name: /Evidence 1: the quote denies/ })).not.toBeChecked();
  });

  it('pre-sets a denial from a negation, and nothing from a plain statement', async () => {
    const { store } = renderCurated(<CurationDrawer />);
    store.getState().openDrawer({ kind: 'reader', documentId: 'wire' });
    await screen.findByTestId('reader-text');
    const plain = 'Moscow and Jerusalem keep talking.';
    selectText(SAMPLE_TEXT.indexOf(plain), SAMPLE_TEXT.indexOf(plain) + plain.length);
    let region = screen.getByRole('region', { name: 'Selected passage' });
    expect(within(region).queryByText(/pre-set/)).toBeNull();
    expect(region.querySelector('mark')).toBeNull();
    const denial = 'Russia does not recognize the rebels.';
    selectText(SAMPLE_TEXT.indexOf(denial), SAMPLE_TEXT.indexOf(denial) + denial.length);
    region = screen.getByRole('region', { name: 'Selected passage' });
    expect(within(region).getByText('not', { selector: 'mark' })).toHaveClass('cue--negation');
    expect(region).toHaveTextContent('pre-set to denying the relation');
    await userEvent.selectOptions(within(region).getByLabelText('Add as evidence to'), 'russia-strikes-rebels');
    await userEvent.click(within(region).getByRole('button', { name: 'Add as evidence' }));
    const form = await screen.findByRole('form', { name: 'Edit relation' });
    expect(within(form).getByRole('checkbox', { name: /Evidence 2: the quote denies/ })).toBeChecked();
    expect(within(form).getByRole('combobox', { name: 'Evidence 2 certainty' })).toHaveValue('');
    // The evidence already there keeps what it had.
    expect(within(form).getByRole('checkbox', { name: /Evidence 1: the quote denies/ })).not.toBeChecked();
    expect(within(form).getByText(/the relation’s claim is/)).toHaveTextContent('claim is contested');
  });

  it('lets the source text take its own direction, so a right-to-left one reads right to left', async () => {
    const { store } = renderCurated(<CurationDrawer />);
    store.getState().openDrawer({ kind: 'reader', documentId: 'wire' });
    expect(await screen.findByTestId('reader-text')).toHaveAttribute('dir', 'auto');
  });
});
