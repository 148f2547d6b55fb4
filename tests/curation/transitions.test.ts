// Pure curation edits: actors and relations added, replaced, renamed and deleted, with references kept consistent.
import { describe, expect, it } from 'vitest';
import { actorDependents, deleteActor, putActor } from '../../src/curation/actorTransitions';
import { uniqueId } from '../../src/curation/ids';
import { slugify } from '../../src/domain/slugs';
import { addEvidence, deleteRelation, putRelation } from '../../src/curation/relationTransitions';
import { revalidate } from '../../src/curation/revalidate';
import { revalidationContext } from '../../src/curation/revalidationContext';
import { checkedOf, sampleDataset } from './sample';

describe('actor transitions', () => {
  it('adds an actor without touching the input', () => {
    const before = sampleDataset();
    const after = putActor({ id: 'iran', name: 'Iran', kind: 'state' })(before);
    expect(after.actors.map((actor) => actor.id)).toEqual(['russia', 'israel', 'rebels', 'iran']);
    expect(before.actors).toHaveLength(3);
  });

  it('renames an actor id everywhere it is referenced', () => {
    const withAttribution = addEvidence('russia-meets-israel', {
      document: 'wire',
      quote: 'Later, Israel strikes convoys.',
      attributedTo: 'russia',
    })(sampleDataset());
    const after = putActor(
      { id: 'russian-federation', name: 'Russian Federation', kind: 'state' },
      'russia',
    )(withAttribution);
    expect(after.actors[0]).toEqual({ id: 'russian-federation', name: 'Russian Federation', kind: 'state' });
    expect(after.actors[2]?.affiliation).toBe('russian-federation');
    expect(after.relations.map((relation) => relation.source)).toEqual(['russian-federation', 'russian-federation']);
    expect(after.relations[1]?.evidence[1]?.attributedTo).toBe('russian-federation');
    expect(revalidate(after, revalidationContext(checkedOf(), 'sample.json')).ok).toBe(true);
  });

  it('deletes an actor with its relations and unlinks members and attributions', () => {
    const dataset = addEvidence('russia-meets-israel', {
      document: 'wire',
      quote: 'Later, Israel strikes convoys.',
      attributedTo: 'rebels',
    })(sampleDataset());
    expect(actorDependents(dataset, 'russia')).toMatchObject({
      relations: [{ id: 'russia-strikes-rebels' }, { id: 'russia-meets-israel' }],
      members: [{ id: 'rebels' }],
    });
    const after = deleteActor('rebels')(dataset);
    expect(after.actors.map((actor) => actor.id)).toEqual(['russia', 'israel']);
    expect(after.relations.map((relation) => relation.id)).toEqual(['russia-meets-israel']);
    expect(after.relations[0]?.evidence[1]).not.toHaveProperty('attributedTo');
    const withoutRussia = deleteActor('russia')(sampleDataset());
    expect(withoutRussia.actors.find((actor) => actor.id === 'rebels')).not.toHaveProperty('affiliation');
  });
});

describe('relation transitions', () => {
  it('adds, replaces in place, deletes and cites more evidence', () => {
    const relation = {
      id: 'israel-strikes-rebels',
      type: 'strikes',
      source: 'israel',
      target: 'rebels',
      evidence: [{ document: 'wire', quote: 'Later, Israel strikes convoys.' }],
    };
    const added = putRelation(relation)(sampleDataset());
    expect(added.relations.map((r) => r.id)).toEqual([
      'russia-strikes-rebels',
      'russia-meets-israel',
      'israel-strikes-rebels',
    ]);
    const replaced = putRelation({ ...relation, id: 'renamed', type: 'mocks' }, 'russia-strikes-rebels')(added);
    expect(replaced.relations.map((r) => r.id)).toEqual(['renamed', 'russia-meets-israel', 'israel-strikes-rebels']);
    expect(deleteRelation('renamed')(replaced).relations).toHaveLength(2);
    const cited = addEvidence('russia-meets-israel', { document: 'wire', quote: 'Moscow and Jerusalem keep talking.' })(
      added,
    );
    expect(cited.relations[1]?.evidence).toHaveLength(2);
  });
});

describe('ids', () => {
  it('makes slugs and keeps them unique', () => {
    expect(slugify('  Naftali Bennett ')).toBe('naftali-bennett');
    expect(slugify('Hézbollah — “Party of God”')).toBe('hezbollah-party-of-god');
    expect(slugify('<script>')).toBe('script');
    expect(uniqueId('russia', new Set(['russia', 'russia-2']))).toBe('russia-3');
    expect(uniqueId('', new Set(), 'actor')).toBe('actor');
  });
});
