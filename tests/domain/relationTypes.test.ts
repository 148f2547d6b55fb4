// The built-in vocabulary covers every PLOVER event type, so no event is squeezed into a wrong one (issue 23).
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RELATION_TYPES, builtInRelationType } from '../../src/domain/relationTypes';

/** PLOVER's event types and their quad classes (PLOVER manual, draft 0.8, 2021; INVESTIGATE from version 0.5b1). */
const PLOVER_QUADS: Record<string, string> = {
  AGREE: 'verbal-cooperation',
  SUPPORT: 'verbal-cooperation',
  CONSULT: 'verbal-cooperation',
  CONCEDE: 'verbal-cooperation',
  COOPERATE: 'material-cooperation',
  AID: 'material-cooperation',
  RETREAT: 'material-cooperation',
  REQUEST: 'verbal-conflict',
  ACCUSE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  INVESTIGATE: 'verbal-conflict',
  PROTEST: 'material-conflict',
  SANCTION: 'material-conflict',
  MOBILIZE: 'material-conflict',
  COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
};

describe('the built-in relation types', () => {
  it('have a type for every PLOVER event type, in its quad class', () => {
    for (const [plover, quad] of Object.entries(PLOVER_QUADS)) {
      const types = BUILT_IN_RELATION_TYPES.filter((type) => type.plover === plover);
      expect(types.length, plover).toBeGreaterThan(0);
      expect(
        types.map((type) => type.category),
        plover,
      ).toContain(quad);
    }
  });

  it('give the seven added in issue 23 their PLOVER code, CAMEO code, category and a description', () => {
    expect(
      ['agrees', 'concedes', 'retreats', 'protests', 'mobilizes', 'coerces', 'investigates'].map((id) => {
        const type = builtInRelationType(id);
        return [id, type?.plover, type?.cameo, type?.category, type?.directed, Boolean(type?.description)];
      }),
    ).toEqual([
      ['agrees', 'AGREE', '03', 'verbal-cooperation', true, true],
      ['concedes', 'CONCEDE', '08', 'verbal-cooperation', true, true],
      ['retreats', 'RETREAT', '08', 'material-cooperation', true, true],
      ['protests', 'PROTEST', '14', 'material-conflict', true, true],
      ['mobilizes', 'MOBILIZE', '15', 'material-conflict', true, true],
      ['coerces', 'COERCE', '17', 'material-conflict', true, true],
      ['investigates', 'INVESTIGATE', '09', 'verbal-conflict', true, true],
    ]);
  });

  it('never share an id', () => {
    const ids = BUILT_IN_RELATION_TYPES.map((type) => type.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
