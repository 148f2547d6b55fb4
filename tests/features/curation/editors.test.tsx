// @vitest-environment jsdom
// The actor and relation editors: live validation next to each field, saving only a valid dataset, deleting with a confirmation.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CurationDrawer } from '../../../src/features/curation/CurationDrawer';
import { CurationToolbar } from '../../../src/features/curation/CurationToolbar';
import { renderCurated } from '../../support/renderCurated';

const ui = (
  <>
    <CurationToolbar />
    <CurationDrawer />
  </>
);

describe('ActorEditor', () => {
  it('adds an actor with an id made from its name; undo and redo it', async () => {
    const { store } = renderCurated(ui);
    await userEvent.click(screen.getByRole('button', { name: 'New actor' }));
    const form = await screen.findByRole('form', { name: 'New actor' });
    await userEvent.type(within(form).getByLabelText('Name'), 'Hézbollah <b>');
    expect(within(form).getByLabelText('Id')).toHaveValue('hezbollah-b');
    await userEvent.selectOptions(within(form).getByLabelText('Kind'), 'armed-group');
    const add = within(form).getByRole('button', { name: 'Add actor' });
    await waitFor(() => expect(add).toBeEnabled());
    await userEvent.click(add);
    expect(store.getState().checked?.actorsById.get('hezbollah-b')).toMatchObject({
      name: 'Hézbollah <b>',
      kind: 'armed-group',
    });
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'hezbollah-b' });
    expect(screen.queryByRole('form')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().checked?.actorsById.has('hezbollah-b')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Redo' }));
    expect(store.getState().checked?.actorsById.has('hezbollah-b')).toBe(true);
  });

  it('shows the validator message at the field and will not save an invalid actor', async () => {
    const { store } = renderCurated(ui);
    const before = store.getState().checked;
    await userEvent.click(screen.getByRole('button', { name: 'New actor' }));
    const form = await screen.findByRole('form', { name: 'New actor' });
    await userEvent.type(within(form).getByLabelText('Name'), 'X');
    await userEvent.clear(within(form).getByLabelText('Id'));
    await userEvent.type(within(form).getByLabelText('Id'), 'russia');
    expect(await within(form).findByText(/duplicate actor id|already/i)).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Add actor' })).toBeDisabled();
    await userEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().checked).toBe(before);
  });

  it('deletes the selected actor with its relations after asking', async () => {
    const { store } = renderCurated(ui);
    store.getState().select({ kind: 'actor', id: 'rebels' });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit selected' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete actor' }));
    expect(screen.getByText('Delete Rebels and its relation?')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete actor' }));
    expect(store.getState().checked?.actorsById.has('rebels')).toBe(false);
    expect(store.getState().checked?.dataset.relations.map((relation) => relation.id)).toEqual(['russia-meets-israel']);
    expect(store.getState().selection).toBeNull();
  });
});

describe('RelationEditor', () => {
  it('checks the quote against the source as the user types, then saves', async () => {
    const { store } = renderCurated(ui);
    await userEvent.click(screen.getByRole('button', { name: 'New relation' }));
    const form = await screen.findByRole('form', { name: 'New relation' });
    await userEvent.selectOptions(within(form).getByLabelText('Source (from)'), 'israel');
    await userEvent.selectOptions(within(form).getByLabelText('Target (to)'), 'rebels');
    await userEvent.selectOptions(within(form).getByLabelText('Type'), 'mocks');
    await userEvent.type(within(form).getByLabelText('Date'), '2021-13');
    await userEvent.type(within(form).getByLabelText('Evidence 1 quote'), 'Israel strikes tanks.');
    expect(await within(form).findByText(/quote not found in document "wire"/)).toBeInTheDocument();
    expect(within(form).getByText(/closest passage/)).toBeInTheDocument();
    expect(await within(form).findByText(/impossible|not a real|month/i)).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Add relation' })).toBeDisabled();

    await userEvent.clear(within(form).getByLabelText('Evidence 1 quote'));
    await userEvent.type(within(form).getByLabelText('Evidence 1 quote'), 'Israel strikes convoys.');
    await userEvent.clear(within(form).getByLabelText('Date'));
    await userEvent.type(within(form).getByLabelText('Date'), '2021-10');
    const add = within(form).getByRole('button', { name: 'Add relation' });
    await waitFor(() => expect(add).toBeEnabled());
    await userEvent.click(add);
    expect(store.getState().checked?.dataset.relations.at(-1)).toEqual({
      id: 'israel-mocks-rebels',
      type: 'mocks',
      source: 'israel',
      target: 'rebels',
      date: '2021-10',
      evidence: [{ document: 'wire', quote: 'Israel strikes convoys.' }],
    });
  });

  it('sets certainty and negation for each evidence, with help, and says the claim that makes', async () => {
    const { store } = renderCurated(ui);
    store.getState().select({ kind: 'relation', id: 'russia-meets-israel' });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit selected' }));
    const form = await screen.findByRole('form', { name: 'Edit relation' });
    const certainty = within(form).getByRole('combobox', { name: 'Evidence 1 certainty' });
    const negated = within(form).getByRole('checkbox', { name: 'Evidence 1: the quote denies the relation' });
    expect(certainty).toHaveValue('');
    expect(negated).not.toBeChecked();
    expect(certainty).toHaveAccessibleDescription(/How the quote states the relation/);
    expect(within(form).getByText(/the relation’s claim is/)).toHaveTextContent(
      'With this evidence the relation’s claim is asserted: a quote states it as a fact.',
    );
    await userEvent.selectOptions(certainty, 'probable');
    expect(within(form).getByText(/the relation’s claim is/)).toHaveTextContent('claim is probable');
    await userEvent.click(negated);
    expect(within(form).getByText(/the relation’s claim is/)).toHaveTextContent('claim is denied');
    const save = within(form).getByRole('button', { name: 'Save relation' });
    await waitFor(() => expect(save).toBeEnabled());
    await userEvent.click(save);
    expect(store.getState().checked?.dataset.relations[1]?.evidence).toEqual([
      { document: 'wire', quote: 'Russia meets Israel in Sochi.', certainty: 'probable', negated: true },
    ]);
  });

  it('keeps a negation set to false, shown unticked', async () => {
    const { store } = renderCurated(ui);
    store.getState().applyEdit((dataset) => ({
      ...dataset,
      relations: dataset.relations.map((relation) =>
        relation.id === 'russia-meets-israel'
          ? { ...relation, evidence: relation.evidence.map((evidence) => ({ ...evidence, negated: false })) }
          : relation,
      ),
    }));
    store.getState().openDrawer({ kind: 'relation', relationId: 'russia-meets-israel' });
    const form = await screen.findByRole('form', { name: 'Edit relation' });
    expect(within(form).getByRole('checkbox', { name: /Evidence 1: the quote denies/ })).not.toBeChecked();
    await userEvent.type(within(form).getByLabelText('Summary'), 'In Sochi');
    const save = within(form).getByRole('button', { name: 'Save relation' });
    await waitFor(() => expect(save).toBeEnabled());
    await userEvent.click(save);
    expect(store.getState().checked?.dataset.relations[1]?.evidence[0]?.negated).toBe(false);
  });

  it('shows the unmarked-hedge warning beside the evidence it concerns, with the cues, until the quote is judged', async () => {
    const { store } = renderCurated(ui);
    await userEvent.click(screen.getByRole('button', { name: 'New relation' }));
    const form = await screen.findByRole('form', { name: 'New relation' });
    await userEvent.selectOptions(within(form).getByLabelText('Source (from)'), 'israel');
    await userEvent.selectOptions(within(form).getByLabelText('Target (to)'), 'rebels');
    await userEvent.selectOptions(within(form).getByLabelText('Type'), 'strikes');
    await userEvent.type(
      within(form).getByLabelText('Evidence 1 quote'),
      'Israel is expected to keep striking convoys.',
    );
    const evidence = within(form).getByRole('group', { name: 'Evidence 1' });
    const warning = await within(evidence).findByText(/quote reports a belief \("is expected to"\)/);
    expect(warning.closest('li')).toHaveClass('field-problems__item--warning');
    expect(within(evidence).getByRole('combobox', { name: 'Evidence 1 certainty' })).toHaveAccessibleDescription(
      /reports a belief/,
    );
    expect(within(evidence).getByText('Hedging or negation cues in this quote: “is expected to”.')).toBeVisible();
    // A warning never blocks saving.
    await waitFor(() => expect(within(form).getByRole('button', { name: 'Add relation' })).toBeEnabled());
    await userEvent.selectOptions(within(evidence).getByRole('combobox', { name: 'Evidence 1 certainty' }), 'probable');
    const add = within(form).getByRole('button', { name: 'Add relation' });
    await waitFor(() => expect(add).toBeEnabled());
    expect(within(evidence).queryByText(/reports a belief/)).toBeNull();
    await userEvent.click(add);
    expect(store.getState().checked?.dataset.relations.at(-1)?.evidence[0]).toMatchObject({ certainty: 'probable' });
    expect(store.getState().warnings).toEqual([]);
  });

  it('offers a box for a judgement under a lint’s warning, writes it into the dataset, and the warning goes', async () => {
    const { store } = renderCurated(ui);
    await userEvent.click(screen.getByRole('button', { name: 'New relation' }));
    const form = await screen.findByRole('form', { name: 'New relation' });
    await userEvent.selectOptions(within(form).getByLabelText('Source (from)'), 'israel');
    await userEvent.selectOptions(within(form).getByLabelText('Target (to)'), 'rebels');
    await userEvent.selectOptions(within(form).getByLabelText('Type'), 'strikes');
    await userEvent.type(
      within(form).getByLabelText('Evidence 1 quote'),
      'Israel is expected to keep striking convoys.',
    );
    const evidence = within(form).getByRole('group', { name: 'Evidence 1' });
    await userEvent.selectOptions(within(evidence).getByRole('combobox', { name: 'Evidence 1 certainty' }), 'certain');
    await within(evidence).findByText(/quote forecasts \("is expected to keep"\) but the evidence is marked/);
    const box = within(evidence).getByRole('textbox', { name: /Your judgement on “Forecasts marked certain”/ });
    await userEvent.type(box, 'The strikes go on as the article writes');
    await waitFor(() => expect(within(evidence).queryByText(/quote forecasts/)).toBeNull());
    // The box stays while the judgement is written, so it can be read and changed.
    expect(box).toHaveValue('The strikes go on as the article writes');
    const add = within(form).getByRole('button', { name: 'Add relation' });
    await waitFor(() => expect(add).toBeEnabled());
    await userEvent.click(add);
    expect(store.getState().checked?.dataset.relations.at(-1)?.evidence[0]).toMatchObject({
      certainty: 'certain',
      judgements: { 'forecast-marked-certain': 'The strikes go on as the article writes' },
    });
    expect(store.getState().warnings).toEqual([]);
  });
});
