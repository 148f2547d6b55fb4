// @vitest-environment jsdom
// The reader's suggestions, with an engine faked behind the worker boundary: mentions marked for eyes and screen
// readers, each suggestion's words, and accepting, editing, rejecting and adding actors through the store's edits.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { putActor } from '../../../../src/curation/actorTransitions';
import { CurationDrawer } from '../../../../src/features/curation/CurationDrawer';
import { SuggesterContext } from '../../../../src/features/curation/suggest/SuggesterContext';
import { SuggesterFailure } from '../../../../src/features/curation/suggest/suggester';
import { suggestRelations } from '../../../../src/suggestions/engine';
import type { SuggestResult } from '../../../../src/suggestions/types';
import { SAMPLE_TEXT } from '../../../curation/sample';
import { fakeSuggester, type FakeSuggester } from '../../../support/fakeSuggester';
import { renderCurated } from '../../../support/renderCurated';
import { SAMPLE_SUGGESTIONS, sampleResult } from './sampleSuggestions';

function renderReader(fake: FakeSuggester = fakeSuggester(sampleResult)) {
  const view = renderCurated(
    <SuggesterContext.Provider value={fake.host}>
      <CurationDrawer />
    </SuggesterContext.Provider>,
  );
  act(() => view.store.getState().openDrawer({ kind: 'reader', documentId: 'wire' }));
  return { ...view, fake };
}

/** The passage the reader shows in focus, across the mentions that cut it. */
const focusedText = () =>
  [...screen.getByTestId('reader-text').querySelectorAll('.reader__focus')].map((piece) => piece.textContent).join('');
const panel = () => screen.getByRole('region', { name: 'Suggested relations' });
/** The suggestion's item, once the reader has loaded and the engine answered. */
const item = async (name: string) =>
  within(await screen.findByRole('region', { name: 'Suggested relations' })).findByRole('listitem', { name });

describe('the reader’s suggestions', () => {
  it('marks the mentions of actors and of names with no actor yet, saying the actor to screen readers', async () => {
    renderReader();
    await item('Israel strikes Rebels');
    const text = screen.getByTestId('reader-text');
    expect(text.textContent).toBe(SAMPLE_TEXT);
    const said = [...text.querySelectorAll('.mention')].map((mention) => [
      mention.textContent,
      mention.className,
      mention.getAttribute('data-said'),
    ]);
    expect(said).toEqual([
      ['Moscow', 'mention mention--actor', 'actor: Russia'],
      // The actor's own name is not said twice.
      ['Russia', 'mention mention--actor', null],
      ['Israel', 'mention mention--actor', null],
      ['Sochi', 'mention mention--proposed', 'no actor yet: Sochi'],
    ]);
    // Cited passages stay one highlight each, mentions inside them.
    expect([...text.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'Russia strikes rebels near Idlib.',
      'Russia meets Israel in Sochi.',
    ]);
  });

  it('says of each suggestion its ends, type, quote, judgement and why, and shows its sentence in the text', async () => {
    renderReader();
    const strikes = await item('Israel strikes Rebels');
    expect(strikes).toHaveTextContent('Israel → strikes → Rebels');
    expect(
      within(strikes).getByText('Israel is expected to keep striking convoys.', { selector: 'blockquote' }),
    ).toBeVisible();
    expect(strikes).toHaveTextContent(
      'probable: a forecast or a belief · said by Russia · dated October 2021 · PLOVER ASSAULT',
    );
    expect(strikes).toHaveTextContent('Why: “striking” (the doer comes before the verb).');
    expect(await item('Russia opposes Rebels')).toHaveTextContent('the sentence denies it');
    expect(await item('Russia visits Sochi')).toHaveTextContent(
      'Why: “in” (the rule “a-rule-the-catalogue-does-not-know”).',
    );
    expect(within(panel()).getByText(/5 suggestions in 4 sentences/)).toBeVisible();

    await userEvent.hover(strikes);
    expect(focusedText()).toBe('Israel is expected to keep striking convoys.');
    await userEvent.unhover(strikes);
    expect(focusedText()).toBe('');
  });

  it('accepts a suggestion straight into the dataset, one step to undo, and offers it no more', async () => {
    const { store, fake } = renderReader();
    const strikes = await item('Israel strikes Rebels');
    const before = store.temporal.getState().pastStates.length;
    await userEvent.click(within(strikes).getByRole('button', { name: 'Accept' }));
    const relation = store
      .getState()
      .checked?.dataset.relations.find((candidate) => candidate.id === 'israel-strikes-rebels');
    expect(relation).toMatchObject({ source: 'israel', target: 'rebels', type: 'strikes', date: '2021-10' });
    expect(relation?.evidence[0]).toMatchObject({ certainty: 'probable', attributedTo: 'russia', negated: false });
    expect(store.temporal.getState().pastStates.length).toBe(before + 1);
    expect(store.getState().selection).toEqual({ kind: 'relation', id: 'israel-strikes-rebels' });
    // The engine is asked again with the new dataset; the sentence is now cited, so it is not offered again.
    await waitFor(() => expect(fake.questions.at(-1)?.dataset.relations).toContain(relation));
    await waitFor(() => expect(within(panel()).queryByRole('listitem', { name: 'Israel strikes Rebels' })).toBeNull());
    expect(within(panel()).getByRole('status')).toHaveTextContent('Added: Israel strikes Rebels');
  });

  it('adds a suggestion matching an existing relation as evidence to it', async () => {
    const { store } = renderReader();
    const talks = await item('Russia meets Israel');
    expect(talks).toHaveTextContent('Adds evidence to: Russia meets Israel');
    await userEvent.click(within(talks).getByRole('button', { name: 'Add as evidence' }));
    expect(store.getState().checked?.dataset.relations[1]?.evidence.map((evidence) => evidence.quote)).toEqual([
      'Russia meets Israel in Sochi.',
      'Moscow and Jerusalem keep talking.',
    ]);
  });

  it('accepts every suggestion of a sentence as one edit', async () => {
    const { store } = renderReader();
    await item('Israel meets Russia');
    const before = store.temporal.getState().pastStates.length;
    await userEvent.click(within(panel()).getByRole('button', { name: 'Accept all 2 of this sentence' }));
    const relations = store.getState().checked!.dataset.relations;
    expect(relations.find((relation) => relation.id === 'israel-meets-russia')?.evidence[0]?.quote).toBe(
      'Moscow and Jerusalem keep talking.',
    );
    expect(relations.find((relation) => relation.id === 'russia-meets-israel')?.evidence).toHaveLength(2);
    expect(store.temporal.getState().pastStates.length).toBe(before + 1);
    expect(within(panel()).getByRole('status')).toHaveTextContent('Added 2 relations from the sentence.');
  });

  it('rejects a suggestion for this document, and offers it again when asked', async () => {
    const { store } = renderReader();
    const opposes = await item('Russia opposes Rebels');
    await userEvent.click(within(opposes).getByRole('button', { name: 'Reject' }));
    expect(within(panel()).queryByRole('listitem', { name: 'Russia opposes Rebels' })).toBeNull();
    expect(store.getState().rejectedSuggestions).toEqual({ wire: ['recognize:russia>rebels'] });
    expect(within(panel()).getByText(/1 rejected/)).toBeVisible();
    await userEvent.click(within(panel()).getByRole('button', { name: 'Offer it again' }));
    expect(await item('Russia opposes Rebels')).toBeVisible();
    expect(store.getState().rejectedSuggestions).toEqual({});
  });

  it('keeps the keyboard’s place: after a rejection or an accept, the focus is on the suggestion that took its place', async () => {
    renderReader();
    const strikes = await item('Israel strikes Rebels');
    within(strikes).getByRole('button', { name: 'Reject' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(panel()).getByRole('listitem', { name: 'Russia opposes Rebels' }).querySelector('button'),
      ),
    );
    expect(document.activeElement).toHaveAccessibleName('Accept');
    // The last one accepted: the focus goes to the one before it.
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(within(panel()).queryByRole('listitem', { name: 'Russia opposes Rebels' })).toBeNull());
    await waitFor(() =>
      expect(within(panel()).getByRole('listitem', { name: 'Russia visits Sochi' })).toContainElement(
        document.activeElement as HTMLElement,
      ),
    );
  });

  it('edits a suggestion in the relation editor, filled in, and comes back to the reader', async () => {
    const { store } = renderReader();
    const opposes = await item('Russia opposes Rebels');
    await userEvent.click(within(opposes).getByRole('button', { name: 'Edit…' }));
    const form = await screen.findByRole('form', { name: 'New relation' });
    expect(within(form).getByLabelText('Source (from)')).toHaveValue('russia');
    expect(within(form).getByLabelText('Target (to)')).toHaveValue('rebels');
    expect(within(form).getByLabelText('Type')).toHaveValue('opposes');
    expect(within(form).getByLabelText('Evidence 1 quote')).toHaveValue('Russia does not recognize the rebels.');
    expect(within(form).getByRole('checkbox', { name: /Evidence 1: the quote denies/ })).toBeChecked();
    await userEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().drawer).toEqual({ kind: 'reader', documentId: 'wire' });
    expect(await item('Russia opposes Rebels')).toBeVisible();
  });

  it('adds a name with no actor yet through the actor editor, filled in, then reads with it', async () => {
    const { store } = renderReader();
    const sochi = await item('Russia visits Sochi');
    expect(sochi).toHaveTextContent('Sochi is not an actor of the dataset yet.');
    expect(within(sochi).getByRole('button', { name: 'Accept' })).toBeDisabled();
    await userEvent.click(within(sochi).getByRole('button', { name: 'Add Sochi first…' }));
    const form = await screen.findByRole('form', { name: 'New actor' });
    expect(within(form).getByLabelText('Name')).toHaveValue('Sochi');
    expect(within(form).getByLabelText('Kind')).toHaveValue('place');
    const add = within(form).getByRole('button', { name: 'Add actor' });
    await waitFor(() => expect(add).toBeEnabled());
    await userEvent.click(add);
    expect(store.getState().checked?.actorsById.get('sochi')).toEqual({ id: 'sochi', name: 'Sochi', kind: 'place' });
    expect(store.getState().drawer).toEqual({ kind: 'reader', documentId: 'wire' });
    expect(within(panel()).getByRole('region', { name: 'Names with no actor yet' })).toHaveTextContent(
      'Sochi (place), 1 mention',
    );
  });

  it('words a tie read from a title, which has no PLOVER code', async () => {
    const title = {
      ...SAMPLE_SUGGESTIONS.recognize,
      key: 'title:rebels>russia',
      type: 'member-of',
      plover: '',
      source: { id: 'rebels', name: 'Rebels', mention: 'rebels' },
      target: { id: 'russia', name: 'Russia', mention: 'Russia' },
      negated: false,
      cues: ['the'],
      rule: 'title',
    };
    renderReader(fakeSuggester(() => ({ ...sampleResult(), suggestions: [title] })));
    const tie = await item('Rebels member of Russia');
    expect(tie).toHaveTextContent('certain: states it as a factWhy: “the” (a title between a state and a person');
    expect(tie).not.toHaveTextContent('PLOVER');
  });

  it('says what the engine noticed about the text, in words', async () => {
    const notices: SuggestResult['notices'] = [
      { code: 'not-english', language: 'fr' },
      { code: 'sentence-too-long', start: 0, end: 34, words: 5000 },
      { code: 'line-too-long', start: 35, end: 68 },
    ];
    renderReader(fakeSuggester(() => ({ ...sampleResult(), suggestions: [], notices })));
    const region = await screen.findByRole('region', { name: 'Suggested relations' });
    const [list] = await within(region).findAllByRole('list');
    if (!list) throw new Error('no list of notices');
    expect(list).toHaveTextContent('this one seems to be in French: none are offered');
    expect(list).toHaveTextContent('A sentence of 5,000 words is too long');
    expect(list).toHaveTextContent('A stretch of 33 characters with no sentence break');
    await userEvent.click(within(list).getAllByRole('button', { name: 'Show it in the text' })[0]!);
    expect(focusedText()).toBe('Moscow and Jerusalem keep talking.');
    expect(within(panel()).getByText(/No suggestions/)).toBeVisible();
  });

  it('says so when the engine cannot run, and the reader still works by hand', async () => {
    const failing = fakeSuggester(() => {
      throw new SuggesterFailure('unavailable', 'no worker');
    });
    renderReader(failing);
    const region = await screen.findByRole('region', { name: 'Suggested relations' });
    expect(await within(region).findByText(/Suggestions cannot run in this browser/)).toBeVisible();
    expect(screen.getByTestId('reader-text').textContent).toBe(SAMPLE_TEXT);
  });

  it('asks again for another document, showing nothing of the first meanwhile', async () => {
    const fake = fakeSuggester(sampleResult, { manual: true });
    const { store } = renderReader(fake);
    await waitFor(() => expect(fake.questions).toHaveLength(1));
    await act(async () => fake.answerNext());
    await item('Israel strikes Rebels');
    const second = { ...store.getState().checked!.dataset.documents[0]!, id: 'second', text: 'Israel meets Russia.' };
    act(
      () => void store.getState().applyEdit((dataset) => ({ ...dataset, documents: [...dataset.documents, second] })),
    );
    await userEvent.selectOptions(screen.getByLabelText('Document'), 'second');
    await waitFor(() => expect(fake.questions.at(-1)?.documentId).toBe('second'));
    expect(fake.questions.at(-1)?.text).toBe('Israel meets Russia.');
    expect(within(panel()).getByRole('status')).toHaveTextContent('Reading the text');
    expect(within(panel()).queryAllByTestId('suggestion')).toEqual([]);
    expect(screen.getByTestId('reader-text').querySelector('.mention')).toBeNull();
    // Adding a document changed nothing the engine reads: only the new document was asked about.
    expect(fake.questions.map((question) => question.documentId)).toEqual(['wire', 'second']);
    const empty: SuggestResult = { mentions: [], proposedActors: [], suggestions: [], notices: [] };
    await act(async () => fake.answerNext(empty));
    expect(await within(panel()).findByText(/No suggestions/)).toBeVisible();
  });

  it('asks nothing again when only what the engine does not read changes: where actors sit on the graph', async () => {
    const { store, fake } = renderReader();
    await item('Israel strikes Rebels');
    expect(fake.questions).toHaveLength(1);
    await act(async () => void store.getState().arrangeActors(new Map([['russia', { x: 10, y: 20 }]])));
    expect(store.getState().checked?.actorsById.get('russia')?.position).toEqual({ x: 10, y: 20 });
    expect(fake.questions).toHaveLength(1);
    await act(async () => void store.getState().applyEdit(putActor({ id: 'iran', name: 'Iran', kind: 'state' })));
    await waitFor(() => expect(fake.questions.at(-1)?.dataset.actors.map((actor) => actor.id)).toContain('iran'));
    expect(fake.questions).toHaveLength(2);
    expect(fake.questions[1]?.dataset.actors.find((actor) => actor.id === 'russia')).not.toHaveProperty('position');
  });

  it('drops answers to older questions and asks only the newest while the engine is busy', async () => {
    const fake = fakeSuggester(sampleResult, { manual: true });
    const { store } = renderReader(fake);
    await waitFor(() => expect(fake.questions).toHaveLength(1));
    await screen.findByRole('region', { name: 'Suggested relations' });
    expect(within(panel()).getByRole('status')).toHaveTextContent('Reading the text');
    await act(async () => fake.answerNext());
    expect(await item('Israel strikes Rebels')).toBeVisible();

    // Two edits while the engine reads: the first question is asked, the second waits, and the first answer is not shown.
    act(() => void store.getState().applyEdit(putActor({ id: 'iran', name: 'Iran', kind: 'state' })));
    await waitFor(() => expect(fake.questions).toHaveLength(2));
    expect(within(panel()).getByRole('status')).toHaveTextContent('Updating the suggestions');
    expect(panel().querySelector('.suggestions__body')).toHaveAttribute('inert');
    act(() => void store.getState().applyEdit(putActor({ id: 'egypt', name: 'Egypt', kind: 'state' })));
    expect(fake.questions).toHaveLength(2);
    await act(async () => fake.answerNext());
    expect(within(panel()).getByRole('status')).toHaveTextContent('Updating the suggestions');
    await waitFor(() => expect(fake.questions).toHaveLength(3));
    expect(fake.questions[2]?.dataset.actors.map((actor) => actor.id)).toContain('egypt');
    await act(async () => fake.answerNext());
    await waitFor(() => expect(panel().querySelector('.suggestions__body')).not.toHaveAttribute('inert'));
  });
});

describe('the reader with the real engine (in the page, for this test only)', () => {
  const engine = fakeSuggester((input) => suggestRelations(input));

  it('marks the known actors of a text that is not English, and says suggestions are for English', async () => {
    const { store } = renderReader(engine);
    const french = {
      ...store.getState().checked!.dataset.documents[0]!,
      id: 'lemonde',
      language: 'fr',
      text: 'La Russie et Israel se sont rencontrés à Sotchi. Israel a frappé des convois près de Damas.',
    };
    act(
      () => void store.getState().applyEdit((dataset) => ({ ...dataset, documents: [...dataset.documents, french] })),
    );
    await userEvent.selectOptions(screen.getByLabelText('Document'), 'lemonde');
    const region = await screen.findByRole('region', { name: 'Suggested relations' });
    expect(await within(region).findByText(/this one seems to be in French: none are offered/)).toBeVisible();
    const text = await screen.findByTestId('reader-text');
    expect([...text.querySelectorAll('.mention--actor')].map((mention) => mention.textContent)).toContain('Israel');
    expect(within(region).queryAllByTestId('suggestion')).toEqual([]);
  });

  it('says of a document in a language with no name (a private-use code) that it is in another language', async () => {
    const { store } = renderReader(engine);
    const odd = {
      ...store.getState().checked!.dataset.documents[0]!,
      id: 'odd',
      language: 'qaa',
      text: 'Qapla.',
    };
    act(() => void store.getState().applyEdit((dataset) => ({ ...dataset, documents: [...dataset.documents, odd] })));
    await userEvent.selectOptions(screen.getByLabelText('Document'), 'odd');
    const region = await screen.findByRole('region', { name: 'Suggested relations' });
    expect(await within(region).findByText(/seems to be in another language/)).toBeVisible();
  });
});
