// @vitest-environment jsdom
// The details panel: actor and relation details, cited sentences in context, safe links, selection by click.
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../../src/features/details/DetailsPanel';
import type { CheckedDataset } from '../../../src/domain/model';
import { loadSmallFixture, withClaimStatuses } from '../../graph/fixture';
import { fakeGraph } from '../../support/fakeGraph';
import { renderWithStore } from '../../support/renderWithStore';
import { strictFormatter } from '../../support/testI18n';
import { toggled } from '../../../src/store/filterTransitions';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

describe('DetailsPanel', () => {
  it('invites a click when nothing is selected', () => {
    renderWithStore(<DetailsPanel />, checked);
    expect(screen.getByText(/Click an actor or a relation/)).toBeInTheDocument();
  });

  it('shows an actor: name, kind, aliases, description, affiliation and relations grouped by type', () => {
    renderWithStore(<DetailsPanel />, checked, (store) => store.getState().select({ kind: 'actor', id: 'ottokar' }));
    const panel = screen.getByRole('region', { name: 'Details' });
    expect(within(panel).getByRole('heading', { level: 2, name: 'Ottokar IV' })).toBeInTheDocument();
    expect(within(panel).getByText('person')).toBeInTheDocument();
    expect(within(panel).getByText('King of Syldavia.')).toBeInTheDocument();
    expect(within(panel).getByText(/Affiliation/)).toContainElement(
      within(panel).getAllByRole('button', { name: 'Syldavia' })[0]!,
    );
    const groups = within(panel)
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent);
    expect(groups).toEqual(['member of (1)', 'meets (1)']);
  });

  it('gives the sources’ names and, apart, the names only search knows', async () => {
    const named = await loadSmallFixture((dataset) => ({
      ...dataset,
      actors: dataset.actors.map((actor) =>
        actor.id === 'muskar' ? { ...actor, searchNames: ['The Marshal of Borduria'] } : actor,
      ),
    }));
    renderWithStore(<DetailsPanel />, named, (store) => store.getState().select({ kind: 'actor', id: 'muskar' }));
    const panel = screen.getByRole('region', { name: 'Details' });
    expect(within(panel).getByText('Also known as: Marshal Müskár')).toBeInTheDocument();
    expect(
      within(panel).getByText('Found by search also as: The Marshal of Borduria (names the sources do not use)'),
    ).toBeInTheDocument();
  });

  it('shows each cited sentence in context with the quote marked, and the source', () => {
    renderWithStore(<DetailsPanel />, checked, (store) => store.getState().select({ kind: 'relation', id: 'r3' }));
    const mark = screen.getByText('Marshal Müskár met King Ottokar IV', { selector: 'mark' });
    expect(mark.closest('blockquote')?.textContent).toBe(
      'Marshal Müskár met King Ottokar IV in Klow on 15 March 2021.',
    );
    const link = screen.getByRole('link', { name: 'Jets strike the Zorrino Front' });
    expect(link).toHaveAttribute('href', 'https://example.org/border-news/jets');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('Border News')).toBeInTheDocument();
    expect(screen.getByText(/A\. Reporter/)).toBeInTheDocument();
    expect(screen.getByText('March 20, 2021')).toHaveAttribute('datetime', '2021-03-20');
  });

  it('writes dates in the reader’s locale around the English words', () => {
    renderWithStore(<DetailsPanel />, checked, (store) => store.getState().select({ kind: 'relation', id: 'r3' }), {
      formatter: strictFormatter({ locale: 'de-DE' }),
    });
    expect(screen.getByText('20. März 2021')).toHaveAttribute('datetime', '2021-03-20');
    expect(screen.getByRole('button', { name: 'more context' })).toBeInTheDocument();
  });

  it('widens the context on request', async () => {
    const user = userEvent.setup();
    renderWithStore(<DetailsPanel />, checked, (store) => store.getState().select({ kind: 'relation', id: 'r3' }));
    await user.click(screen.getByRole('button', { name: 'more context' }));
    expect(screen.getByText(/In February 2021 Atlantis pledged/)).toBeInTheDocument();
  });

  it('says who makes an attributed claim, and shows a document without a URL as plain text', () => {
    renderWithStore(<DetailsPanel />, checked, (store) => store.getState().select({ kind: 'relation', id: 'r4' }));
    expect(screen.getByText(/according to/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hélène Dupré' })).toBeInTheDocument();
    expect(screen.getByText('Rivals still').tagName).toBe('SPAN');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('selects the other actor or the relation when clicked, and shows it on the graph', async () => {
    const user = userEvent.setup();
    const graph = fakeGraph();
    const { store } = renderWithStore(
      <DetailsPanel />,
      checked,
      (s) => s.getState().select({ kind: 'actor', id: 'zorrino-front' }),
      { graph: graph.handle },
    );
    await user.click(screen.getByRole('button', { name: 'Select relation: Borduria strikes Zorrino Front' }));
    expect(store.getState().selection).toEqual({ kind: 'relation', id: 'r1' });
    expect(graph.commands.centreOn).toHaveBeenLastCalledWith({ kind: 'relation', id: 'r1' });
    await user.click(screen.getByRole('button', { name: 'Borduria' }));
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'borduria' });
    expect(graph.commands.centreOn).toHaveBeenLastCalledWith({ kind: 'actor', id: 'borduria' });
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(store.getState().selection).toBeNull();
  });

  it('lists only visible relations and says how many are hidden', () => {
    const { store } = renderWithStore(<DetailsPanel />, checked, (s) =>
      s.getState().select({ kind: 'actor', id: 'borduria' }),
    );
    act(() => store.getState().setFilter('hiddenTypes', (hidden) => toggled(hidden, 'strikes')));
    expect(screen.queryByText('Bordurian jets struck Zorrino Front positions')).toBeNull();
    expect(screen.getByText(/1 more relation is hidden by the current filters/)).toBeInTheDocument();
  });

  it('renders dataset text as text, never as HTML', async () => {
    const hostile = await loadSmallFixture((dataset) => ({
      ...dataset,
      actors: dataset.actors.map((actor) =>
        actor.id === 'atlantis' ? { ...actor, description: '<img src=x onerror="alert(1)">' } : actor,
      ),
    }));
    const { container } = renderWithStore(<DetailsPanel />, hostile, (s) =>
      s.getState().select({ kind: 'actor', id: 'atlantis' }),
    );
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  describe('claims', () => {
    let judged: CheckedDataset;
    beforeAll(async () => {
      judged = await loadSmallFixture(withClaimStatuses);
    });
    const claimOf = (relationId: string) => {
      cleanup();
      renderWithStore(<DetailsPanel />, judged, (store) => {
        store.getState().setFilter('hiddenStatuses', (hidden) => toggled(hidden, 'denied'));
        store.getState().select({ kind: 'relation', id: relationId });
      });
      const panel = screen.getByRole('region', { name: 'Details' });
      return {
        claim: within(panel).getByText(/^Claim:/).textContent,
        markers: within(panel)
          .queryAllByText(/^(forecast|speculation|denies)$/)
          .map((marker) => marker.textContent),
      };
    };

    it('says each relation’s status in words, and marks the quotes that do not simply state it', () => {
      expect(claimOf('r1')).toEqual({ claim: 'Claim: asserted (a quote states it as a fact)', markers: [] });
      expect(claimOf('r2')).toEqual({
        claim: 'Claim: probable (only forecasts or beliefs state it)',
        markers: ['forecast'],
      });
      expect(claimOf('r3')).toEqual({
        claim: 'Claim: possible (the quotes only say it could be)',
        markers: ['speculation'],
      });
      expect(claimOf('r4')).toEqual({ claim: 'Claim: denied (the quotes say it does not hold)', markers: ['denies'] });
      expect(claimOf('r6')).toEqual({
        claim: 'Claim: contested (some quotes state it, others deny it)',
        markers: ['denies'],
      });
    });

    it('puts the marker before the quote it concerns, explained on hover', () => {
      renderWithStore(<DetailsPanel />, judged, (store) => store.getState().select({ kind: 'relation', id: 'r6' }));
      const [stated, denied] = screen.getAllByRole('figure');
      expect(within(stated!).queryByText('denies')).toBeNull();
      const marker = within(denied!).getByText('denies');
      expect(marker).toHaveAttribute('title', 'This quote says the relation does not hold.');
      const quote = denied!.querySelector('blockquote');
      expect(quote).not.toBeNull();
      expect(marker.compareDocumentPosition(quote!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(
        within(denied!).getByText(/Kûrvi-Tasch, a member of the Bordurian government, denied it/),
      ).toBeInTheDocument();
    });

    it('shows the status of each relation in an actor’s panel too', () => {
      renderWithStore(<DetailsPanel />, judged, (store) => {
        store.getState().setFilter('hiddenStatuses', (hidden) => toggled(hidden, 'denied'));
        store.getState().select({ kind: 'actor', id: 'atlantis' });
      });
      const statusOf = (sentence: string) =>
        screen.getByRole('article', { name: sentence }).querySelector('[data-status]')?.textContent;
      expect(statusOf('Atlantis supports Syldavia')).toBe('Claim: probable (only forecasts or beliefs state it)');
      expect(statusOf('Zorrino Front threatens Atlantis')).toBe(
        'Claim: contested (some quotes state it, others deny it)',
      );
      expect(statusOf('Atlantis mediates for Borduria')).toBe('Claim: asserted (a quote states it as a fact)');
    });
  });

  it('lets quotes, names, descriptions and summaries take their own direction (right-to-left text reads right to left)', async () => {
    const hebrew = await loadSmallFixture((dataset) => ({
      ...dataset,
      actors: dataset.actors.map((actor) =>
        actor.id === 'atlantis' ? { ...actor, name: 'אטלנטיס', description: 'מדינה דמיונית.' } : actor,
      ),
      relations: dataset.relations.map((relation) =>
        relation.id === 'r3' ? { ...relation, summary: 'פגישה בקלוב.' } : relation,
      ),
    }));
    renderWithStore(<DetailsPanel />, hebrew, (store) => store.getState().select({ kind: 'actor', id: 'atlantis' }));
    expect(screen.getByRole('heading', { level: 2, name: 'אטלנטיס' })).toHaveAttribute('dir', 'auto');
    expect(screen.getByText('מדינה דמיונית.')).toHaveAttribute('dir', 'auto');
    cleanup();
    renderWithStore(<DetailsPanel />, hebrew, (store) => store.getState().select({ kind: 'relation', id: 'r3' }));
    expect(screen.getByText('פגישה בקלוב.')).toHaveAttribute('dir', 'auto');
    for (const quote of document.querySelectorAll('blockquote')) expect(quote).toHaveAttribute('dir', 'auto');
  });
});
