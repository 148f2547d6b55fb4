// @vitest-environment jsdom
// Warnings of the dataset on screen: said in one line, listed with their place on request, absent when there are none.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../../src/domain/model';
import type { Problem } from '../../../src/domain/problems';
import { WarningsNotice } from '../../../src/features/import/WarningsNotice';
import { loadSmallFixture } from '../../graph/fixture';
import { renderWithStore } from '../../support/renderWithStore';
import { say } from '../../../src/domain/problemMessages';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

const warning: Problem = {
  severity: 'warning',
  code: 'unused-actor',
  file: 'dataset.json',
  line: 14,
  column: 5,
  pointer: '/actors/3',
  message: say('validation.actor.unused', { id: 'atlantis' }),
  hint: say('validation.actor.unused.hint'),
};

describe('WarningsNotice', () => {
  it('says nothing when the dataset has no warning', () => {
    const { container } = renderWithStore(<WarningsNotice />, checked);
    expect(container).toBeEmptyDOMElement();
  });

  it('counts the warnings and lists each with its place, message and hint when opened', async () => {
    renderWithStore(<WarningsNotice />, checked, (store) => store.getState().datasetLoaded(checked, [warning]));
    const summary = screen.getByText('The dataset has 1 warning: it opened, but a curator should look at it.');
    expect(screen.getByText('dataset.json:14:5')).not.toBeVisible();
    await userEvent.click(summary);
    expect(screen.getByText('dataset.json:14:5')).toBeVisible();
    expect(screen.getByText('/actors/3')).toBeVisible();
    expect(screen.getByText('actor "atlantis" is in no relation')).toBeVisible();
    expect(screen.getByText(/Hint: it shows as a lone node/)).toBeVisible();
  });

  it('speaks of several warnings in the plural', () => {
    const other = { ...warning, pointer: '/actors/4', line: 20 };
    renderWithStore(<WarningsNotice />, checked, (store) => store.getState().datasetLoaded(checked, [warning, other]));
    expect(
      screen.getByText('The dataset has 2 warnings: it opened, but a curator should look at them.'),
    ).toBeInTheDocument();
  });

  it('lists an unmarked hedge with a button that opens its relation’s editor', async () => {
    const hedge: Problem = {
      severity: 'warning',
      code: 'unmarked-hedge',
      file: 'dataset.json',
      line: 40,
      column: 9,
      pointer: '/relations/1/evidence/0',
      message: say('validation.hedge.unmarked', { kind: 'belief', cue: 'is expected to' }),
      hint: say('validation.hedge.fix.belief'),
    };
    const { store } = renderWithStore(<WarningsNotice />, checked, (s) =>
      s.getState().datasetLoaded(checked, [warning, hedge]),
    );
    await userEvent.click(screen.getByText(/The dataset has 2 warnings/));
    const group = screen.getByRole('region', { name: 'Hedges and denials the evidence does not mark (warning)' });
    expect(within(group).getByText('/relations/1/evidence/0')).toBeVisible();
    expect(
      within(group).getByText(
        'quote reports a belief ("is expected to") but the evidence sets neither "certainty" nor "negated"',
      ),
    ).toBeVisible();
    await userEvent.click(within(group).getByRole('button', { name: 'Edit “Atlantis supports Syldavia”' }));
    expect(store.getState().drawer).toEqual({ kind: 'relation', relationId: 'r2' });
    // A warning about an actor has nothing to edit from here.
    const actors = screen.getByRole('region', { name: 'Actors in no relation (warning)' });
    expect(within(actors).queryByRole('button')).toBeNull();
  });
});
