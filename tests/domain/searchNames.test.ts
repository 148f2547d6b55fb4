// Search finds an actor by its name, the sources' names for it (aliases) and the names readers use (searchNames).
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchActors } from '../../src/domain/query';

describe('search', () => {
  it('finds an actor by a search name, and says which name matched', () => {
    const index = buildSearchIndex([
      { id: 'islamic-state', name: 'Islamic State', kind: 'armed-group', searchNames: ['Daesh', 'ISIL'] },
      { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow'] },
    ]);
    expect(searchActors(index, 'daesh')).toEqual([
      { actorId: 'islamic-state', name: 'Islamic State', matchedAlias: 'Daesh' },
    ]);
    expect(searchActors(index, 'mosc')).toEqual([{ actorId: 'russia', name: 'Russia', matchedAlias: 'Moscow' }]);
    expect(searchActors(index, 'islamic')).toEqual([{ actorId: 'islamic-state', name: 'Islamic State' }]);
  });
});
