// Position-only edits: the shortcut past the validator gives what re-validating gives, and refuses what it cannot vouch for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveActors, unpinEveryActor, type PositionChanges } from '../../src/curation/actorTransitions';
import { datasetJsonLocator } from '../../src/curation/datasetJsonLocation';
import { applyPositionChanges } from '../../src/curation/positionEdit';
import { revalidate } from '../../src/curation/revalidate';
import type { RevalidationContext } from '../../src/curation/revalidationContext';
import { datasetFileText } from '../../src/domain/datasetFileText';
import type { JsonPath } from '../../src/domain/jsonPointer';
import { parseJsonSource } from '../../src/domain/jsonSource';
import type { Dataset } from '../../src/domain/model';
import { validateDatasetText } from '../../src/domain/validate';
import { arbitraryDataset, hostileText } from '../export/arbitraryDataset';
import { checkedOf, sampleDataset } from './sample';

/** Every path to a value inside `value`, the root included. */
function everyPath(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const paths: JsonPath[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...everyPath(item, [...prefix, index])));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) paths.push(...everyPath(item, [...prefix, key]));
  return paths;
}

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const position = fc.record({ x: finite, y: finite });

/** A generated dataset with warnings to move (lone actors), some actors pinned already, and its validation context. */
const datasetWithWarnings = fc
  .tuple(arbitraryDataset, fc.array(hostileText, { minLength: 1, maxLength: 3 }), fc.array(fc.option(position)))
  .map(([{ dataset, files }, loneNames, pinned]) => {
    const actors = [
      ...dataset.actors.map((actor, index) => {
        const saved = pinned[index];
        return saved ? { ...actor, position: saved } : actor;
      }),
      ...loneNames.map((name, index) => ({ id: `lone-${index}`, name, kind: 'place' as const })),
    ];
    const edited: Dataset = { ...dataset, actors };
    const encoder = new TextEncoder();
    const context: RevalidationContext = {
      file: 'dataset.json',
      textFiles: new Map([...files].map(([file, text]) => [file, encoder.encode(text)])),
    };
    const result = revalidate(edited, context);
    if (!result.ok) throw new Error(`generated dataset does not validate: ${result.problems[0]?.message}`);
    return { checked: result.checked, warnings: result.problems, context };
  });

/** Changes for some of the dataset's actors: new positions, and null for some (pinned or not). */
const changesFor = (actorIds: readonly string[]): fc.Arbitrary<PositionChanges> =>
  fc
    .uniqueArray(fc.constantFrom(...actorIds), { minLength: 1, maxLength: actorIds.length })
    .chain((ids) =>
      fc.tuple(fc.constant(ids), fc.array(fc.option(position), { minLength: ids.length, maxLength: ids.length })),
    )
    .map(([ids, positions]) => new Map(ids.map((id, index) => [id, positions[index] ?? null])));

describe('where a value starts in the text datasetFileText writes', () => {
  it('is where the JSON reader locates it, for every value of any dataset', () => {
    fc.assert(
      fc.property(datasetWithWarnings, ({ checked }) => {
        const text = datasetFileText(checked.dataset);
        const parsed = parseJsonSource(text);
        if (!parsed.ok) throw new Error(parsed.message);
        const locate = datasetJsonLocator(checked.dataset);
        for (const path of everyPath(checked.dataset))
          expect(locate(path), path.join('/')).toEqual(parsed.json.locate(path));
      }),
      { numRuns: 25 },
    );
  });

  it('takes array indexes as pointer strings, and stops at the deepest value a path reaches', () => {
    const dataset = sampleDataset();
    const parsed = parseJsonSource(datasetFileText(dataset));
    if (!parsed.ok) throw new Error(parsed.message);
    const locate = datasetJsonLocator(dataset);
    expect(locate(['relations', '1', 'evidence', '0'])).toEqual(parsed.json.locate(['relations', 1, 'evidence', 0]));
    expect(locate(['actors', 7, 'name'])).toEqual(parsed.json.locate(['actors']));
    expect(locate(['actors', '01'])).toEqual(parsed.json.locate(['actors']));
    expect(locate(['title', 'x'])).toEqual(parsed.json.locate(['title']));
  });
});

describe('position-only edits', () => {
  it('give the dataset and the warnings, line:column included, that re-validating gives', () => {
    fc.assert(
      fc.property(
        datasetWithWarnings.chain((prepared) =>
          fc.tuple(fc.constant(prepared), changesFor(prepared.checked.dataset.actors.map((actor) => actor.id))),
        ),
        ([{ checked, warnings, context }, changes]) => {
          expect(warnings.length).toBeGreaterThan(0);
          const fast = applyPositionChanges(checked, warnings, changes);
          const full = revalidate(moveActors(changes)(checked.dataset), context);
          expect(full.ok).toBe(true);
          if (!full.ok || fast === null) throw new Error('both ways should accept the changes');
          expect(fast.checked).toEqual(full.checked);
          // Changes that move nothing (unpinning actors that were not pinned) are no edit: nothing is located again.
          if (fast.checked === checked) expect(fast.problems).toEqual(warnings);
          else expect(fast.problems).toEqual(full.problems);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('leave everything but the moved actors as it was', () => {
    const checked = checkedOf();
    const result = applyPositionChanges(checked, [], new Map([['israel', { x: 12.345, y: -0.04 }]]));
    expect(result?.checked.dataset.actors[1]).toEqual({
      id: 'israel',
      name: 'Israel',
      kind: 'state',
      position: { x: 12.3, y: 0 },
    });
    expect(result?.checked.dataset.actors[0]).toBe(checked.dataset.actors[0]);
    expect(result?.checked.dataset.relations).toBe(checked.dataset.relations);
    expect(result?.checked.anchors).toBe(checked.anchors);
    expect(result?.checked.documentTexts).toBe(checked.documentTexts);
  });

  it('give back the same checked dataset when nothing moves', () => {
    const moved = applyPositionChanges(checkedOf(), [], new Map([['russia', { x: 1, y: 2 }]]));
    if (moved === null) throw new Error('the move should be accepted');
    const again = applyPositionChanges(
      moved.checked,
      [],
      new Map([
        ['russia', { x: 1.01, y: 2 }],
        ['israel', null],
      ]),
    );
    expect(again?.checked).toBe(moved.checked);
  });

  it('leave to the validator an unknown actor and a coordinate JSON cannot hold', () => {
    const checked = checkedOf();
    const refused: PositionChanges[] = [
      new Map([['nobody', { x: 0, y: 0 }]]),
      new Map([['russia', { x: Number.NaN, y: 0 }]]),
      new Map([['russia', { x: 0, y: Number.POSITIVE_INFINITY }]]),
      // Finite, but rounding it to a tenth overflows.
      new Map([['russia', { x: Number.MAX_VALUE, y: 0 }]]),
    ];
    for (const changes of refused) expect(applyPositionChanges(checked, [], changes)).toBeNull();
    // Which the validator indeed refuses.
    const withNaN = moveActors(new Map([['russia', { x: Number.NaN, y: 0 }]]))(checked.dataset);
    expect(validateDatasetText(datasetFileText(withNaN), { file: 'sample.json' }).ok).toBe(false);
  });

  it('unpin every pinned actor, and only those', () => {
    const dataset = moveActors(new Map([['rebels', { x: 5, y: 6 }]]))(sampleDataset());
    expect([...unpinEveryActor(dataset)]).toEqual([['rebels', null]]);
    const unpinned = moveActors(unpinEveryActor(dataset))(dataset);
    expect(unpinned.actors.every((actor) => !('position' in actor))).toBe(true);
  });
});
