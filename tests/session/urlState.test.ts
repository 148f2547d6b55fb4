// URL state: encode/decode round trip (property-based), tolerant decoding, and keeping foreign parameters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '../../src/domain/claims';
import { ACTOR_KINDS } from '../../src/domain/schema';
import {
  decodeUrl,
  decodeUrlState,
  DEFAULT_URL_STATE,
  encodeUrlState,
  mergeIntoSearch,
  type UrlState,
} from '../../src/session/urlState';
import { roundViewport } from '../../src/store/viewSlice';

const id = fc.string({ minLength: 1, maxLength: 12 });
const sortedSet = <T extends string>(values: fc.Arbitrary<T>) =>
  fc.uniqueArray(values, { maxLength: 4 }).map((list) => [...list].sort());
const partialDate = fc
  .tuple(
    fc.integer({ min: 1000, max: 2999 }),
    fc.option(fc.integer({ min: 1, max: 12 })),
    fc.option(fc.integer({ min: 1, max: 28 })),
  )
  .map(([year, month, day]) =>
    [String(year), month && String(month).padStart(2, '0'), month && day && String(day).padStart(2, '0')]
      .filter(Boolean)
      .join('-'),
  );
/** Actor ids are slugs: never a comma, which separates the path's two ends. */
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/);
const panelStates = ['auto', 'open', 'closed'] as const;
const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const urlState: fc.Arbitrary<UrlState> = fc.record({
  selection: fc.oneof(
    fc.constant(null),
    fc.record({ kind: fc.constant('actor' as const), id }),
    fc.record({ kind: fc.constant('relation' as const), id }),
  ),
  filters: fc.record({
    hiddenTypes: sortedSet(id),
    hiddenKinds: sortedSet(fc.constantFrom(...ACTOR_KINDS)),
    hiddenDocuments: sortedSet(id),
    hiddenStatuses: sortedSet(fc.constantFrom(...CLAIM_STATUSES)),
    dateFrom: fc.option(partialDate, { nil: null }),
    dateTo: fc.option(partialDate, { nil: null }),
    hideUndated: fc.boolean(),
    hideIsolated: fc.boolean(),
    asOf: fc.option(partialDate, { nil: null }),
    speakers: sortedSet(id),
    minSources: fc.integer({ min: 1, max: 999 }),
  }),
  focusHops: fc.constantFrom(0 as const, 1 as const, 2 as const),
  groupByAffiliation: fc.boolean(),
  panels: fc.record({
    filters: fc.constantFrom(...panelStates),
    details: fc.constantFrom(...panelStates),
    table: fc.constantFrom(...panelStates),
  }),
  edgeLabels: fc.boolean(),
  viewport: fc.option(
    fc
      .record({ zoom: finite(0.01, 10), pan: fc.record({ x: finite(-1e5, 1e5), y: finite(-1e5, 1e5) }) })
      .map(roundViewport),
    { nil: null },
  ),
  path: fc.option(
    fc
      .uniqueArray(slug, { minLength: 2, maxLength: 2 })
      .map(([from, to]) => ({ from: from as string, to: to as string })),
    { nil: null },
  ),
  pathDirected: fc.boolean(),
});

describe('URL state', () => {
  it('round-trips any state through the query string', () => {
    fc.assert(
      fc.property(urlState, (state) => {
        const search = `?${encodeUrlState(state).toString()}`;
        expect(decodeUrlState(search)).toEqual(state);
      }),
    );
  });

  it('ignores unknown claim statuses in any state, keeping what the known ones say', () => {
    const unknown = fc
      .string({ maxLength: 10 })
      .filter((value) => !/^(none|asserted|probable|possible|contested|denied)$/.test(value));
    fc.assert(
      fc.property(urlState, fc.array(unknown, { minLength: 1, maxLength: 3 }), (state, junk) => {
        const params = encodeUrlState(state);
        for (const value of junk) params.append('hide-status', value);
        expect(decodeUrlState(params)).toEqual(state);
      }),
    );
  });

  it('writes the claim statuses only when they differ from the default, and "none" when every status is shown', () => {
    const withStatuses = (hiddenStatuses: UrlState['filters']['hiddenStatuses']) =>
      encodeUrlState({ ...DEFAULT_URL_STATE, filters: { ...DEFAULT_URL_STATE.filters, hiddenStatuses } }).toString();
    expect(DEFAULT_URL_STATE.filters.hiddenStatuses).toEqual(['denied']);
    expect(withStatuses(['denied'])).toBe('');
    expect(withStatuses([])).toBe('hide-status=none');
    expect(withStatuses(['denied', 'probable'])).toBe('hide-status=denied&hide-status=probable');
    expect(withStatuses(['possible'])).toBe('hide-status=possible');
    expect(decodeUrlState('?hide-status=none').filters.hiddenStatuses).toEqual([]);
    expect(decodeUrlState('?hide-status=probable&hide-status=denied').filters.hiddenStatuses).toEqual([
      'denied',
      'probable',
    ]);
    expect(decodeUrlState('?hide-status=maybe').filters.hiddenStatuses).toEqual(['denied']);
    expect(decodeUrlState('?hide-status=maybe&hide-status=none').filters.hiddenStatuses).toEqual([]);
  });

  it('encodes the default state as nothing', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE).toString()).toBe('');
    expect(decodeUrlState('')).toEqual(DEFAULT_URL_STATE);
  });

  it('reads a readable URL', () => {
    const state = decodeUrlState(
      '?actor=russia&hide-type=strikes&hide-type=meets&from=2016&focus=2&view=1.5,10,-20&undated=hide',
    );
    expect(state.selection).toEqual({ kind: 'actor', id: 'russia' });
    expect(state.filters.hiddenTypes).toEqual(['meets', 'strikes']);
    expect(state.filters.dateFrom).toBe('2016');
    expect(state.filters.hideUndated).toBe(true);
    expect(state.focusHops).toBe(2);
    expect(state.viewport).toEqual({ zoom: 1.5, pan: { x: 10, y: -20 } });
  });

  it('keeps the panels the user opened or closed, and leaves the others to the screen', () => {
    const state = decodeUrlState('?filters=closed&details=open&table=sideways');
    expect(state.panels).toEqual({ filters: 'closed', details: 'open', table: 'auto' });
    expect(encodeUrlState(state).toString()).toBe('filters=closed&details=open');
    // Links from before the table became a drawer said only when it was closed.
    expect(decodeUrlState('?table=closed').panels.table).toBe('closed');
  });

  it('ignores malformed values', () => {
    const state = decodeUrlState('?from=yesterday&to=2021-13-99x&focus=7&view=0,1,2&hide-type=');
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(decodeUrlState('?view=a,b,c').viewport).toBeNull();
  });

  it('keeps parameters it does not own (data, debug) and drops its stale ones', () => {
    const search = mergeIntoSearch('?data=%2Fx%2Fdataset.json&debug&actor=old', {
      ...DEFAULT_URL_STATE,
      selection: { kind: 'relation', id: 'r 1' },
    });
    const params = new URLSearchParams(search);
    expect(params.get('data')).toBe('/x/dataset.json');
    expect(params.has('debug')).toBe(true);
    expect(params.has('actor')).toBe(false);
    expect(params.get('relation')).toBe('r 1');
    expect(mergeIntoSearch('?actor=a', DEFAULT_URL_STATE)).toBe('');
  });

  it('reads the analyst keys: as reported by, speakers, at least N sources, a path', () => {
    const state = decodeUrlState(
      '?asof=2021-10&speaker=zvi-magen&speaker=_outlet&min-sources=2&path=putin,khamenei&path-direction=follow',
    );
    expect(state.filters.asOf).toBe('2021-10');
    expect(state.filters.speakers).toEqual(['_outlet', 'zvi-magen']);
    expect(state.filters.minSources).toBe(2);
    expect(state.path).toEqual({ from: 'putin', to: 'khamenei' });
    expect(state.pathDirected).toBe(true);
    expect(decodeUrl('?asof=2016').ignored).toEqual([]);
  });

  it.each([
    ['asof=2021-02-30', { key: 'asof', value: '2021-02-30', reason: 'date' }],
    ['asof=yesterday', { key: 'asof', value: 'yesterday', reason: 'date' }],
    ['from=2021-13', { key: 'from', value: '2021-13', reason: 'date' }],
    ['min-sources=0', { key: 'min-sources', value: '0', reason: 'whole-number' }],
    ['min-sources=2.5', { key: 'min-sources', value: '2.5', reason: 'whole-number' }],
    ['min-sources=-3', { key: 'min-sources', value: '-3', reason: 'whole-number' }],
    ['path=putin,putin', { key: 'path', value: 'putin,putin', reason: 'same-actor' }],
    ['path=putin', { key: 'path', value: 'putin', reason: 'pair' }],
    ['path=a,b,c', { key: 'path', value: 'a,b,c', reason: 'pair' }],
  ])('leaves out %s and says why, keeping the rest of the view', (bad, part) => {
    const { state, ignored } = decodeUrl(`?actor=russia&${bad}`);
    expect(ignored).toEqual([part]);
    expect(state).toEqual({ ...DEFAULT_URL_STATE, selection: { kind: 'actor', id: 'russia' } });
  });

  it('never throws, and notes every value it leaves out of the analyst keys', () => {
    const junk = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(junk, junk, junk, (asof, minSources, path) => {
        const params = new URLSearchParams({ asof, 'min-sources': minSources, path });
        const { state, ignored } = decodeUrl(params);
        const left = new Set(ignored.map((part) => part.key));
        if (state.filters.asOf === null && asof !== '') expect(left.has('asof')).toBe(true);
        if (state.filters.minSources === 1 && minSources !== '1') expect(left.has('min-sources')).toBe(true);
        if (state.path === null) expect(left.has('path')).toBe(true);
        else expect(state.path.from).not.toBe(state.path.to);
      }),
    );
  });
});
