// @vitest-environment jsdom
// URL sync: pushState for selections, replaceState for the rest, popstate restores.
import { afterEach, describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../src/store/store';
import { startUrlSync } from '../../src/session/urlSync';
import { loadSmallFixture } from '../graph/fixture';
import { toggled } from '../../src/store/filterTransitions';

let stop: () => void = () => {};
afterEach(() => stop());

describe('startUrlSync', () => {
  it('restores the state the URL describes, then writes changes back', () => {
    window.history.replaceState(null, '', '/?data=x.json&actor=atlantis&hide-type=strikes');
    const store = createExplorerStore();
    stop = startUrlSync(store);
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'atlantis' });
    expect(store.getState().filters.hiddenTypes).toEqual(['strikes']);

    const before = window.history.length;
    store.getState().setFilter('hiddenTypes', (hidden) => toggled(hidden, 'meets'));
    expect(window.history.length).toBe(before);
    expect(new URLSearchParams(window.location.search).getAll('hide-type')).toEqual(['meets', 'strikes']);
    expect(new URLSearchParams(window.location.search).get('data')).toBe('x.json');

    store.getState().select({ kind: 'relation', id: 'r1' });
    expect(window.history.length).toBe(before + 1);
    expect(new URLSearchParams(window.location.search).get('relation')).toBe('r1');
  });

  it('steps back through selections on popstate', async () => {
    window.history.replaceState(null, '', '/');
    const store = createExplorerStore();
    stop = startUrlSync(store);
    store.getState().select({ kind: 'actor', id: 'a' });
    store.getState().select({ kind: 'actor', id: 'b' });
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'a' });
    expect(window.location.search).toBe('?actor=a');
  });

  it('corrects a link with bad parts in place, keeping the rest, and says what it left out', async () => {
    const checked = await loadSmallFixture();
    const actor = checked.dataset.actors[0]?.id as string;
    window.history.replaceState(null, '', `/?data=x.json&asof=2021-02-30&min-sources=0&actor=${actor}&speaker=ghost`);
    const store = createExplorerStore();
    stop = startUrlSync(store);
    expect(store.getState().ignoredLinkParts.map((part) => part.key)).toEqual(['asof', 'min-sources']);
    expect(window.location.search).toBe(`?data=x.json&actor=${actor}&speaker=ghost`);
    const before = window.history.length;
    store.getState().datasetLoaded(checked, []);
    expect(store.getState().ignoredLinkParts.map((part) => part.key)).toEqual(['asof', 'min-sources', 'speaker']);
    expect(window.location.search).toBe(`?data=x.json&actor=${actor}`);
    expect(window.history.length).toBe(before);
  });
});
