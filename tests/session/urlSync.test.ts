// @vitest-environment jsdom
// URL sync: pushState for selections, replaceState for the rest, popstate restores.
import { afterEach, describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../src/store/store';
import { startUrlSync } from '../../src/session/urlSync';

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
    store.getState().toggleHidden('hiddenTypes', 'meets');
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
});
