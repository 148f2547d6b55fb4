// Evidence forms ⇄ evidence: certainty and negation kept exactly as judged, and left out until they are.
import { describe, expect, it } from 'vitest';
import {
  actorToForm,
  emptyEvidenceForm,
  evidenceToForm,
  formToActor,
  formToEvidence,
  formToRelation,
  relationToForm,
} from '../../src/curation/forms';
import type { Actor, Evidence, Relation } from '../../src/domain/model';

describe('evidence forms', () => {
  it('round-trips certainty and negation, a negation set to false included', () => {
    const judged: Evidence[] = [
      { document: 'wire', quote: 'a', certainty: 'probable' },
      { document: 'wire', quote: 'b', negated: true },
      { document: 'wire', quote: 'c', negated: false },
      { document: 'wire', quote: 'd', certainty: 'certain', negated: false },
      { document: 'wire', quote: 'e', certainty: 'possible', negated: true },
      { document: 'wire', quote: 'f' },
    ];
    for (const evidence of judged) expect(formToEvidence(evidenceToForm(evidence))).toEqual(evidence);
  });

  it('leaves both fields out of a new evidence until the curator sets them', () => {
    const form = { ...emptyEvidenceForm('wire'), quote: 'Israel is expected to keep striking.' };
    expect(formToEvidence(form)).toEqual({ document: 'wire', quote: 'Israel is expected to keep striking.' });
    expect(formToEvidence({ ...form, certainty: 'probable', negated: false })).toEqual({
      document: 'wire',
      quote: 'Israel is expected to keep striking.',
      certainty: 'probable',
      negated: false,
    });
  });

  it('keeps the curator’s written judgements, and leaves out one emptied', () => {
    const evidence: Evidence = {
      document: 'wire',
      quote: 'Iran will destroy it',
      certainty: 'certain',
      judgements: { 'forecast-marked-certain': 'the threat is the statement itself' },
    };
    expect(formToEvidence(evidenceToForm(evidence))).toEqual(evidence);
    const emptied = { ...evidenceToForm(evidence), judgements: { 'forecast-marked-certain': '  ' } };
    expect(formToEvidence(emptied)).toEqual({ document: 'wire', quote: 'Iran will destroy it', certainty: 'certain' });
  });
});

describe('relation forms', () => {
  it('keep the judgement on a relation’s dates', () => {
    const relation: Relation = {
      id: 'r',
      type: 'meets',
      source: 'a',
      target: 'b',
      date: '2021-10-22',
      judgements: { 'dated-by-publication': 'the article says the meeting was today' },
      evidence: [{ document: 'wire', quote: 'A met B today' }],
    };
    expect(formToRelation(relationToForm(relation))).toEqual(relation);
  });
});

describe('actor forms', () => {
  it('keep aliases and search names apart, one per line', () => {
    const actor: Actor = {
      id: 'islamic-state',
      name: 'Islamic State',
      kind: 'armed-group',
      aliases: ['the Islamic State'],
      searchNames: ['Daesh', 'ISIL'],
    };
    expect(formToActor(actorToForm(actor))).toEqual(actor);
    expect(formToActor({ ...actorToForm(actor), searchNames: ' Daesh \n\n' })).toEqual({
      ...actor,
      searchNames: ['Daesh'],
    });
  });
});
