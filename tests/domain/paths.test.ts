// How two actors connect: the shortest simple paths through the shown relations, each hop with its relations, and why
// there is none when there is none — checked against brute force on generated graphs.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import { shortestPaths, type ActorPath } from '../../src/domain/paths';
import { applyFilters, type Filters } from '../../src/domain/query';
import { DEFAULT_FILTERS } from '../../src/filters/filterTable';
import { validateDatasetText } from '../../src/domain/validate';
import { loadSmallFixture } from '../graph/fixture';
import { messageOf } from '../support/problemWords';

let small: CheckedDataset;
beforeAll(async () => {
  small = await loadSmallFixture();
});

const visibleIn = (checked: CheckedDataset, filters: Partial<Filters> = {}) =>
  applyFilters(checked, { ...DEFAULT_FILTERS, hiddenStatuses: [], ...filters });

describe('shortestPaths on the small fixture', () => {
  it('finds the chain between two actors, each hop with the relations that join it', () => {
    const result = shortestPaths(small, visibleIn(small), { from: 'muskar', to: 'atlantis', directed: false });
    expect(result.paths[0]?.actors).toEqual(['muskar', 'ottokar', 'syldavia', 'atlantis']);
    const hops = result.paths[0]?.hops.map((hop) =>
      hop.relationIndices.map((index) => small.dataset.relations[index]?.id),
    );
    // Syldavia and Atlantis are joined twice: r2 (supports) and r8 (trades-with).
    expect(hops).toEqual([['r3'], ['r7'], ['r2', 'r8']]);
  });

  it('follows directed relations only forwards when asked, and says so when that is why there is no path', () => {
    // r7: ottokar is a member of syldavia (directed); r2: atlantis supports syldavia (directed).
    const forwards = shortestPaths(small, visibleIn(small, { hiddenTypes: ['trades-with'] }), {
      from: 'syldavia',
      to: 'ottokar',
      directed: true,
    });
    expect(forwards).toEqual({ paths: [], reason: 'direction' });
    const back = shortestPaths(small, visibleIn(small), { from: 'ottokar', to: 'syldavia', directed: true });
    expect(back.paths[0]?.actors).toEqual(['ottokar', 'syldavia']);
  });

  it('says a filter is in the way when the whole dataset connects the two', () => {
    const result = shortestPaths(small, visibleIn(small, { hiddenTypes: ['member-of'] }), {
      from: 'helene-dupre',
      to: 'klow-institute',
      directed: false,
    });
    expect(result).toEqual({ paths: [], reason: 'filtered' });
  });

  it('says when nothing connects them, when they are too far, and when one is not shown or is the other', () => {
    expect(shortestPaths(small, visibleIn(small), { from: 'lonely-isle', to: 'atlantis', directed: false })).toEqual({
      paths: [],
      reason: 'unconnected',
    });
    expect(
      shortestPaths(small, visibleIn(small), { from: 'muskar', to: 'atlantis', directed: false, maxHops: 2 }),
    ).toEqual({ paths: [], reason: 'too-far' });
    expect(shortestPaths(small, visibleIn(small), { from: 'atlantis', to: 'atlantis', directed: false }).paths).toEqual(
      [],
    );
    expect(
      shortestPaths(small, visibleIn(small, { hiddenKinds: ['person'] }), {
        from: 'muskar',
        to: 'atlantis',
        directed: false,
      }),
    ).toEqual({ paths: [], reason: 'not-shown' });
  });
});

/** A valid dataset whose relations are the given edges (types alternate undirected "ally" and directed "strikes"). */
function datasetOf(actorCount: number, edges: readonly [number, number, boolean][]): CheckedDataset {
  const text = 'The one sentence every relation quotes.';
  const dataset = {
    formatVersion: 1,
    id: 'generated',
    title: 'Generated',
    documents: [{ id: 'd', title: 'D', outlet: 'O', published: '2020', text }],
    actors: Array.from({ length: actorCount }, (_, index) => ({ id: `a${index}`, name: `A${index}`, kind: 'state' })),
    relations: edges.map(([source, target, directed], index) => ({
      id: `r${index}`,
      type: directed ? 'strikes' : 'ally',
      source: `a${source}`,
      target: `a${target}`,
      evidence: [{ document: 'd', quote: text }],
    })),
  };
  const result = validateDatasetText(JSON.stringify(dataset), { file: 'generated.json' });
  if (!result.ok) throw new Error(result.problems.map(messageOf).join('; '));
  return result.checked;
}

/** Every simple path from `from` to `to` of at most `maxHops` hops, by depth-first enumeration. */
function allSimplePaths(
  checked: CheckedDataset,
  from: string,
  to: string,
  maxHops: number,
  directed: boolean,
): string[][] {
  const steps = new Map<string, Set<string>>();
  const add = (a: string, b: string) => steps.set(a, (steps.get(a) ?? new Set()).add(b));
  for (const relation of checked.dataset.relations) {
    add(relation.source, relation.target);
    if (!directed || relation.type === 'ally') add(relation.target, relation.source);
  }
  const paths: string[][] = [];
  const walk = (path: string[]) => {
    const last = path[path.length - 1] as string;
    if (last === to) return void paths.push(path);
    if (path.length - 1 === maxHops) return;
    for (const next of steps.get(last) ?? []) if (!path.includes(next)) walk([...path, next]);
  };
  walk([from]);
  return paths;
}

const graphArbitrary = fc.integer({ min: 2, max: 7 }).chain((actors) =>
  fc.tuple(
    fc.constant(actors),
    fc
      .array(fc.tuple(fc.nat(actors - 1), fc.nat(actors - 1), fc.boolean()), { maxLength: 14 })
      .map((edges) => edges.filter(([a, b]) => a !== b)),
    fc.boolean(),
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 1, max: 5 }),
  ),
);

describe('shortestPaths on generated graphs', () => {
  it('returns the k shortest simple paths, shortest first, each hop joined by a shown relation', () => {
    fc.assert(
      fc.property(graphArbitrary, ([actors, edges, directed, maxPaths, maxHops]) => {
        const checked = datasetOf(actors, edges);
        const visible = visibleIn(checked);
        const from = 'a0';
        const to = `a${actors - 1}`;
        const result = shortestPaths(checked, visible, { from, to, directed, maxPaths, maxHops });
        const every = allSimplePaths(checked, from, to, maxHops, directed);
        const expectedLengths = every
          .map((path) => path.length)
          .sort((a, b) => a - b)
          .slice(0, maxPaths);
        expect(result.paths.map((path) => path.actors.length)).toEqual(expectedLengths);
        const keys = result.paths.map((path) => path.actors.join(' '));
        expect(new Set(keys).size).toBe(keys.length);
        for (const path of result.paths as ActorPath[]) {
          expect(path.actors[0]).toBe(from);
          expect(path.actors[path.actors.length - 1]).toBe(to);
          expect(new Set(path.actors).size).toBe(path.actors.length);
          expect(every.some((candidate) => candidate.join(' ') === path.actors.join(' '))).toBe(true);
          for (const hop of path.hops) {
            expect(hop.relationIndices.length).toBeGreaterThan(0);
            for (const index of hop.relationIndices) {
              const relation = checked.dataset.relations[index]!;
              const forwards = relation.source === hop.from && relation.target === hop.to;
              const backwards = relation.source === hop.to && relation.target === hop.from;
              expect(forwards || (backwards && (!directed || relation.type === 'ally'))).toBe(true);
            }
          }
        }
        if (result.paths.length === 0) expect('reason' in result && result.reason).not.toBe('not-shown');
      }),
      { numRuns: 150 },
    );
  });
});
