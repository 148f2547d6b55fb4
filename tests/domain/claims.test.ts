// A relation's claim status follows from its evidence's certainty and negation, by one documented rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/domain/model';
import { claimStatus, claimStatusesOf, evidenceMarker, type ClaimStatus } from '../../src/domain/claims';
import { countByStatus } from '../../src/domain/query';
import { CERTAINTIES } from '../../src/domain/schema';
import { validateDatasetText } from '../../src/domain/validate';

type Judged = Pick<Evidence, 'certainty' | 'negated'>;
const certain: Judged = {};
const probable: Judged = { certainty: 'probable' };
const possible: Judged = { certainty: 'possible' };
const denies: Judged = { negated: true };

describe('claimStatus', () => {
  it.each<[string, Judged[], ClaimStatus]>([
    ['one plain quote', [certain], 'asserted'],
    ['certainty written out', [{ certainty: 'certain', negated: false }], 'asserted'],
    ['a forecast beside a fact', [probable, certain], 'asserted'],
    ['forecasts only', [probable, probable], 'probable'],
    ['a forecast beside a speculation', [possible, probable], 'probable'],
    ['speculation only', [possible], 'possible'],
    ['a denial only', [denies], 'denied'],
    ['a hedged denial only', [{ negated: true, certainty: 'probable' }], 'denied'],
    ['a fact and a denial', [certain, denies], 'contested'],
    ['a speculation and a denial', [denies, possible], 'contested'],
    ['negated: false is not a denial', [{ negated: false, certainty: 'possible' }], 'possible'],
  ])('%s → %s', (_, evidence, status) => {
    expect(claimStatus(evidence)).toBe(status);
  });

  const judged = fc.record(
    { certainty: fc.constantFrom(...CERTAINTIES), negated: fc.boolean() },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Judged>;

  it('does not depend on the order of the evidence', () => {
    fc.assert(
      fc.property(fc.array(judged, { minLength: 1, maxLength: 6 }), (evidence) => {
        expect(claimStatus([...evidence].reverse())).toBe(claimStatus(evidence));
      }),
    );
  });

  it('is denied or contested exactly when some evidence is negated', () => {
    fc.assert(
      fc.property(fc.array(judged, { minLength: 1, maxLength: 6 }), (evidence) => {
        const status = claimStatus(evidence);
        const anyNegated = evidence.some((item) => item.negated === true);
        expect(status === 'denied' || status === 'contested').toBe(anyNegated);
        expect(status === 'contested').toBe(anyNegated && evidence.some((item) => item.negated !== true));
      }),
    );
  });
});

describe('evidenceMarker', () => {
  it('marks forecasts, speculation and denials; a plain quote gets none', () => {
    expect(evidenceMarker(certain)).toBeNull();
    expect(evidenceMarker({ certainty: 'certain', negated: false })).toBeNull();
    expect(evidenceMarker(probable)).toBe('forecast');
    expect(evidenceMarker(possible)).toBe('speculation');
    expect(evidenceMarker(denies)).toBe('denies');
    expect(evidenceMarker({ negated: true, certainty: 'possible' })).toBe('denies');
  });
});

describe('claim statuses of a checked dataset', () => {
  const text = 'A met B. A may meet C. A and B are not allies. A and B are allies.';
  const dataset = {
    formatVersion: 1,
    id: 'claims',
    title: 'Claims',
    documents: [{ id: 'd', title: 'D', outlet: 'O', published: '2021', text }],
    actors: ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), kind: 'state' })),
    relations: [
      { id: 'r0', type: 'meets', source: 'a', target: 'b', evidence: [{ document: 'd', quote: 'A met B.' }] },
      {
        id: 'r1',
        type: 'meets',
        source: 'a',
        target: 'c',
        evidence: [{ document: 'd', quote: 'A may meet C.', certainty: 'possible' }],
      },
      {
        id: 'r2',
        type: 'ally',
        source: 'a',
        target: 'b',
        evidence: [
          { document: 'd', quote: 'A and B are not allies.', negated: true },
          { document: 'd', quote: 'A and B are allies.', certainty: 'certain' },
        ],
      },
    ],
  };

  it('are computed once per checked dataset, index-aligned with the relations', () => {
    const result = validateDatasetText(JSON.stringify(dataset), { file: 'claims.json' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(claimStatusesOf(result.checked)).toEqual(['asserted', 'possible', 'contested']);
    expect(claimStatusesOf(result.checked)).toBe(claimStatusesOf(result.checked));
    expect([...countByStatus(result.checked, [0, 1, 2])]).toEqual([
      ['asserted', 1],
      ['probable', 0],
      ['possible', 1],
      ['contested', 1],
      ['denied', 0],
    ]);
    expect(countByStatus(result.checked, [1]).get('possible')).toBe(1);
    expect(countByStatus(result.checked, [1]).get('asserted')).toBe(0);
  });
});
