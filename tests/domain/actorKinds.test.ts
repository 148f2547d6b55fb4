// The actor kinds' words: one per kind the format allows, and the id itself for a kind it does not know.
import { describe, expect, it } from 'vitest';
import { actorKindLabel } from '../../src/domain/actorKinds';
import { ACTOR_KINDS } from '../../src/domain/schema';

describe('actorKindLabel', () => {
  it('has a distinct word for every kind, spaced rather than hyphenated', () => {
    const labels = ACTOR_KINDS.map(actorKindLabel);
    expect(new Set(labels).size).toBe(ACTOR_KINDS.length);
    expect(actorKindLabel('armed-group')).toBe('armed group');
    for (const label of labels) expect(label).not.toMatch(/-/);
  });

  it('shows an unknown kind as its id', () => {
    expect(actorKindLabel('militia')).toBe('militia');
  });
});
