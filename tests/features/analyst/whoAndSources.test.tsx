// @vitest-environment jsdom
// Who says so and how well sourced, on the bundled dataset: an actor's claims, the speaker filter, support in the
// panel, the "at least N documents" filter, the sources view, and the line saying what a link left out.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../../src/domain/model';
import { claimsBy, OUTLET_VOICE } from '../../../src/domain/speakers';
import { supportOf } from '../../../src/domain/support';
import { LinkNotice } from '../../../src/features/explorer/LinkNotice';
import { RelationDetails } from '../../../src/features/details/RelationDetails';
import { MinSourcesFilter } from '../../../src/features/sources/MinSourcesFilter';
import { SourcesView } from '../../../src/features/sources/SourcesView';
import { SpeakerClaims } from '../../../src/features/speakers/SpeakerClaims';
import { SpeakerFilter } from '../../../src/features/speakers/SpeakerFilter';
import { selectVisibility } from '../../../src/store/selectors';
import { seedChecked } from '../../export/fixtures';
import { renderWithStore } from '../../support/renderWithStore';

let seed: CheckedDataset;
beforeAll(async () => {
  seed = await seedChecked();
});
const evidenceCount = (speaker: string) =>
  claimsBy(seed, speaker).reduce((sum, claim) => sum + claim.evidenceIndices.length, 0);

describe('who says so', () => {
  it("lists an actor's claims grouped by relation, with the quotes, and only those published by the date", () => {
    const magen = seed.actorsById.get('zvi-magen');
    if (!magen) throw new Error('Zvi Magen');
    const { store } = renderWithStore(<SpeakerClaims checked={seed} actor={magen} />, seed);
    const section = screen.getByRole('region', { name: 'Claims attributed to Zvi Magen' });
    expect(within(section).getAllByRole('article')).toHaveLength(claimsBy(seed, 'zvi-magen').length);
    expect(within(section).getAllByRole('blockquote')).toHaveLength(evidenceCount('zvi-magen'));
    expect(section.textContent).toContain(`${evidenceCount('zvi-magen')} pieces of evidence`);
    // Before the article quoting him was published, none of it shows, and the panel says so.
    act(() => store.getState().setFilter('asOf', '2016-09-15'));
    expect(screen.getByText(`No evidence is attributed to Zvi Magen.`)).toBeTruthy();
    expect(screen.getByText(/published after the “as reported by” date/)).toBeTruthy();
  });

  it('filters by speaker, the outlet voice among the choices', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SpeakerFilter />, seed);
    await user.click(screen.getByRole('checkbox', { name: /^Zvi Magen/ }));
    expect(store.getState().filters.speakers).toEqual(['zvi-magen']);
    const shown = selectVisibility(store.getState())?.relationIndices ?? [];
    expect(shown.length).toBe(claimsBy(seed, 'zvi-magen').length);
    await user.click(screen.getByRole('checkbox', { name: /the outlet’s own voice/ }));
    expect(store.getState().filters.speakers).toEqual([OUTLET_VOICE, 'zvi-magen']);
    await user.click(screen.getByRole('button', { name: 'Every speaker' }));
    expect(store.getState().filters.speakers).toEqual([]);
  });
});

describe('how well sourced', () => {
  it("shows a relation's documents and voices, a single source said plainly", () => {
    const support = supportOf(seed);
    const single = support.findIndex((entry) => entry.documents === 1);
    const several = support.findIndex((entry) => entry.documents > 1);
    for (const index of [single, several]) {
      const relation = seed.dataset.relations[index];
      if (!relation) throw new Error('a relation');
      const view = renderWithStore(<RelationDetails checked={seed} relation={relation} relationIndex={index} />, seed);
      const line = view.container.querySelector('.support-line');
      expect(line?.textContent).toContain(`Stated by ${support[index]?.documents} document`);
      expect(line?.textContent?.includes('single source')).toBe(index === single);
      view.unmount();
    }
  });

  it('shows only relations stated by at least N documents', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<MinSourcesFilter />, seed);
    const input = screen.getByRole('spinbutton', { name: /Stated by at least/ });
    await user.clear(input);
    await user.type(input, '2');
    expect(store.getState().filters.minSources).toBe(2);
    const shown = selectVisibility(store.getState())?.relationIndices ?? [];
    expect(shown.every((index) => (supportOf(seed)[index]?.documents ?? 0) >= 2)).toBe(true);
    expect(shown.length).toBeGreaterThan(0);
  });

  it('lists the documents with outlet, date and relations; choosing one shows only what it states and reads it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SourcesView />, seed);
    const entries = screen.getAllByRole('button', { name: /show only what it states, and read it$/ });
    expect(entries).toHaveLength(seed.dataset.documents.length);
    expect(entries[0]?.textContent).toContain('The Algemeiner · September 16, 2016');
    expect(entries[0]?.textContent).toMatch(/\d+ relations/);
    await user.click(entries[1] as HTMLElement);
    const chosen = seed.dataset.documents.find((document) => document.outlet !== 'The Algemeiner');
    expect(store.getState().drawer).toEqual({ kind: 'reader', documentId: chosen?.id });
    expect(store.getState().filters.hiddenDocuments).toEqual(
      seed.dataset.documents.filter((document) => document.id !== chosen?.id).map((document) => document.id),
    );
    expect(screen.getByText('Only what this document states is shown.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show every document' }));
    expect(store.getState().filters.hiddenDocuments).toEqual([]);
  });
});

describe('the link notice', () => {
  it('says in one line what a link left out and why, and goes when dismissed', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<LinkNotice />, seed, (store) =>
      store.getState().linkPartsIgnored([
        { key: 'asof', value: '2021-02-30', reason: 'date' },
        { key: 'path', value: 'putin,putin', reason: 'same-actor' },
      ]),
    );
    expect(screen.getByRole('status').textContent).toContain(
      'Left out of the link: asof=2021-02-30 (not a date that exists); path=putin,putin (a path needs two different actors).',
    );
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(store.getState().ignoredLinkParts).toEqual([]);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
