// Filters, focus neighbourhoods and search over the small fixture.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import {
  applyFilters,
  buildGraphIndex,
  buildSearchIndex,
  countByDocument,
  countByKind,
  countByStatus,
  countByType,
  foldForSearch,
  searchActors,
  visibleGraph,
  type Filters,
} from '../../src/domain/query';
import { DEFAULT_FILTERS } from '../../src/filters/filterTable';
import { loadSmallFixture, withClaimStatuses } from '../graph/fixture';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

const filtered = (change: Partial<Filters>) => applyFilters(checked, { ...DEFAULT_FILTERS, ...change });
const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('applyFilters', () => {
  it('shows everything by default', () => {
    const visible = filtered({});
    expect(visible.actorIds.size).toBe(checked.dataset.actors.length);
    expect(visible.relationIds.size).toBe(checked.dataset.relations.length);
    expect(visible.relationIndices).toEqual(checked.dataset.relations.map((_, index) => index));
  });

  it('hides relation types', () => {
    const visible = filtered({ hiddenTypes: ['member-of', 'strikes'] });
    expect(sorted(visible.relationIds)).toEqual(['r2', 'r3', 'r4', 'r5', 'r6', 'r8']);
    // Actors stay unless the isolated rule is on.
    expect(visible.actorIds.has('kurvi-tasch')).toBe(true);
  });

  it('hides actor kinds and the relations touching them', () => {
    const visible = filtered({ hiddenKinds: ['person'] });
    expect(visible.actorIds.has('ottokar')).toBe(false);
    expect(sorted(visible.relationIds)).toEqual(['r1', 'r2', 'r4', 'r5', 'r6', 'r8']);
  });

  it('hides relations whose every cited document is hidden', () => {
    expect(sorted(filtered({ hiddenDocuments: ['rivals'] }).relationIds)).toEqual(['r1', 'r2', 'r3', 'r5', 'r7', 'r8']);
  });

  it('filters by date, keeping undated relations unless asked, and treating partial dates and spans as ranges', () => {
    const range = filtered({ dateFrom: '2021', dateTo: '2021-12-31' });
    expect(sorted(range.relationIds)).toEqual(['r10', 'r2', 'r3', 'r4', 'r7', 'r9']);
    expect(sorted(filtered({ dateFrom: '2021', dateTo: '2021', hideUndated: true }).relationIds)).toEqual(['r2', 'r3']);
    // r5 spans 2019–2020: it overlaps 2020-06.
    expect(filtered({ dateFrom: '2020-06', dateTo: '2020-06', hideUndated: true }).relationIds).toEqual(
      new Set(['r5']),
    );
    // r6 is dated 2022-01: the month overlaps a range ending 2022-01-05.
    expect(filtered({ dateFrom: '2022-01-05', hideUndated: true }).relationIds).toEqual(new Set(['r6']));
  });
});

describe('the claim-status filter', () => {
  let judged: CheckedDataset;
  beforeAll(async () => {
    judged = await loadSmallFixture(withClaimStatuses);
  });
  const shown = (change: Partial<Filters>) =>
    sorted(applyFilters(judged, { ...DEFAULT_FILTERS, ...change }).relationIds);

  it('hides denied relations by default, and shows them when asked', () => {
    expect(DEFAULT_FILTERS.hiddenStatuses).toEqual(['denied']);
    expect(shown({})).not.toContain('r4');
    expect(shown({})).toContain('r6');
    expect(shown({ hiddenStatuses: [] })).toEqual(sorted(judged.dataset.relations.map((relation) => relation.id)));
  });

  it('hides any chosen statuses, with the other filters', () => {
    expect(shown({ hiddenStatuses: ['probable', 'possible', 'denied'] })).toEqual([
      'r1',
      'r10',
      'r5',
      'r6',
      'r7',
      'r8',
      'r9',
    ]);
    expect(shown({ hiddenStatuses: ['asserted', 'denied'] })).toEqual(['r2', 'r3', 'r6']);
    expect(shown({ hiddenStatuses: ['asserted', 'denied'], hiddenTypes: ['meets'] })).toEqual(['r2', 'r6']);
  });

  it('counts relations per status, every status listed', () => {
    const all = judged.dataset.relations.map((_, index) => index);
    expect(Object.fromEntries(countByStatus(judged, all))).toEqual({
      asserted: 6,
      probable: 1,
      possible: 1,
      contested: 1,
      denied: 1,
    });
    const visible = applyFilters(judged, DEFAULT_FILTERS).relationIndices;
    expect(countByStatus(judged, visible).get('denied')).toBe(0);
    expect(countByStatus(checked, []).get('asserted')).toBe(0);
  });
});

describe('counts', () => {
  it('counts actors per kind among the ids given, ignoring ids the dataset lacks', () => {
    const every = checked.dataset.actors.map((actor) => actor.id);
    expect(Object.fromEntries(countByKind(checked, every))).toEqual({
      state: 3,
      person: 4,
      'armed-group': 1,
      organization: 1,
      place: 1,
    });
    expect(Object.fromEntries(countByKind(checked, ['ottokar', 'atlantis', 'nowhere']))).toEqual({
      person: 1,
      state: 1,
    });
  });

  it('counts a relation once per document it cites, however many of its quotes come from it', async () => {
    const citing = await loadSmallFixture((dataset) => {
      const [r1, r4] = [dataset.relations[0]!, dataset.relations[3]!];
      const relations = [...dataset.relations];
      relations[0] = { ...r1, evidence: [...r1.evidence, ...r1.evidence, ...r4.evidence] };
      return { ...dataset, relations };
    });
    const all = citing.dataset.relations.map((_, index) => index);
    expect(Object.fromEntries(countByDocument(citing, all))).toEqual({ jets: 6, rivals: 5 });
    expect(Object.fromEntries(countByDocument(citing, [0]))).toEqual({ jets: 1, rivals: 1 });
    expect(countByType(citing, [0, 0]).get(citing.dataset.relations[0]!.type)).toBe(2);
  });
});

describe('visibleGraph', () => {
  const focus = (seeds: string[], hops: 0 | 1 | 2, change: Partial<Filters> = {}) =>
    visibleGraph(checked, buildGraphIndex(checked), { ...DEFAULT_FILTERS, ...change }, { seeds, hops });

  it('focuses on an actor and its neighbours within one hop', () => {
    const visible = focus(['zorrino-front'], 1);
    expect(sorted(visible.actorIds)).toEqual(['atlantis', 'borduria', 'zorrino-front']);
    // The relation between two neighbours (Atlantis mediates for Borduria) is shown too.
    expect(sorted(visible.relationIds)).toEqual(['r1', 'r5', 'r6']);
  });

  it('grows to two hops', () => {
    const visible = focus(['zorrino-front'], 2);
    expect(sorted(visible.actorIds)).toEqual(['atlantis', 'borduria', 'kurvi-tasch', 'syldavia', 'zorrino-front']);
  });

  it('walks only visible relations', () => {
    expect(sorted(focus(['zorrino-front'], 2, { hiddenTypes: ['threatens'] }).actorIds)).toEqual([
      'atlantis',
      'borduria',
      'kurvi-tasch',
      'syldavia',
      'zorrino-front',
    ]);
    expect(sorted(focus(['zorrino-front'], 1, { hiddenTypes: ['threatens'] }).actorIds)).toEqual([
      'borduria',
      'zorrino-front',
    ]);
  });

  it('hides actors left without a visible relation, except the focus', () => {
    const visible = focus([], 0, { hideIsolated: true, hiddenTypes: ['member-of'] });
    expect(visible.actorIds.has('lonely-isle')).toBe(false);
    expect(visible.actorIds.has('kurvi-tasch')).toBe(false);
    expect(visible.actorIds.has('ottokar')).toBe(true);
    expect(focus(['lonely-isle'], 1, { hideIsolated: true }).actorIds).toEqual(new Set(['lonely-isle']));
  });
});

describe('countByType', () => {
  it('counts visible relations per type', () => {
    const counts = countByType(checked, filtered({ hiddenKinds: ['person'] }).relationIndices);
    expect(counts.get('member-of')).toBeUndefined();
    expect(counts.get('strikes')).toBe(1);
  });
});

describe('search', () => {
  it('folds case, diacritics, dashes and spacing', () => {
    expect(foldForSearch('  Müskár  XII ')).toBe('muskar xii');
    expect(foldForSearch('KÛRVI–TASCH')).toBe('kurvi-tasch');
    expect(foldForSearch('Straße Łódź')).toBe('strasse lodz');
  });

  it('finds actors by name or alias, ignoring case and diacritics', () => {
    const index = buildSearchIndex(checked.dataset.actors);
    expect(searchActors(index, 'muskar').map((hit) => hit.actorId)).toEqual(['muskar']);
    expect(searchActors(index, 'HELENE')[0]?.name).toBe('Hélène Dupré');
    expect(searchActors(index, 'island republic')).toEqual([
      { actorId: 'atlantis', name: 'Atlantis', matchedAlias: 'The Island Republic' },
    ]);
    expect(searchActors(index, '')).toEqual([]);
    expect(searchActors(index, 'nobody here')).toEqual([]);
  });

  it('ranks exact and prefix matches before matches inside a word', () => {
    const index = buildSearchIndex(checked.dataset.actors);
    // "bord" starts Borduria and the alias "Bordurian Crown"; it occurs inside no other name.
    expect(searchActors(index, 'bord').map((hit) => hit.actorId)).toEqual(['borduria']);
    expect(searchActors(index, 'k').map((hit) => hit.name)).toEqual([
      'Klow Institute',
      'Kûrvi-Tasch',
      'Müskár XII',
      'Ottokar IV',
    ]);
    expect(searchActors(index, 'tasch').map((hit) => hit.name)).toEqual(['Kûrvi-Tasch']);
    expect(searchActors(index, 'a', 3)).toHaveLength(3);
  });
});
