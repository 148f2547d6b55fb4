// Evidence forms ⇄ evidence: certainty and negation kept exactly as judged, and left out until they are.
import { describe, expect, it } from 'vitest';
import { emptyEvidenceForm, evidenceToForm, formToEvidence } from '../../src/curation/forms';
import type { Evidence } from '../../src/domain/model';

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
});
