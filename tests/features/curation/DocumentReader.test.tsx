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
    const form = screen.getByRole('form', { name: 'New relation' });
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
    const form = screen.getByRole('form', { name: 'Edit relation' });
    expect(within(form).getByLabelText('Evidence 2 quote')).toHaveValue('Moscow and Jerusalem keep talking.');
    const save = within(form).getByRole('button', { name: 'Save relation' });
    await waitFor(() => expect(save).toBeEnabled());
    await userEvent.click(save);
    expect(store.getState().checked?.dataset.relations[1]?.evidence).toHaveLength(2);
  });
});
