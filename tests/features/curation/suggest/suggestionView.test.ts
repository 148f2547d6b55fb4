// The suggestion list's model: what is offered (not rejected, not already cited), grouped by sentence, and the
// relation, evidence and editor form accepting one makes.
import { describe, expect, it } from 'vitest';
import { putRelation } from '../../../../src/curation/relationTransitions';
import {
  suggestedEvidence,
  suggestedRelation,
  suggestedRelationForm,
  suggestionGroups,
} from '../../../../src/features/curation/suggest/suggestionView';
import { validateDatasetText } from '../../../../src/domain/validate';
import { checkedOf, sampleDataset } from '../../../curation/sample';
import { SAMPLE_SUGGESTIONS, sampleResult } from './sampleSuggestions';

const keysOf = (groups: ReturnType<typeof suggestionGroups>) =>
  groups.map((group) => group.rows.map((row) => row.suggestion.key));

describe('suggestionGroups', () => {
  it('offers the suggestions in text order, one group per sentence, leaving out one already cited', () => {
    const groups = suggestionGroups(sampleResult(), checkedOf(), 'wire');
    expect(keysOf(groups)).toEqual([
      ['talks:russia>israel', 'talks:israel>russia'],
      ['sochi:russia>sochi'],
      ['expected:israel>rebels'],
      ['recognize:russia>rebels'],
    ]);
    expect(groups[0]).toMatchObject({ start: 0, end: 'Moscow and Jerusalem keep talking.'.length });
  });

  it('leaves out the rejected ones', () => {
    const groups = suggestionGroups(sampleResult(), checkedOf(), 'wire', [
      'talks:israel>russia',
      'expected:israel>rebels',
    ]);
    expect(keysOf(groups)).toEqual([['talks:russia>israel'], ['sochi:russia>sochi'], ['recognize:russia>rebels']]);
  });

  it('says which ends are actors and which are names with no actor yet, with the kind the engine guessed', () => {
    const [, sochi] = suggestionGroups(sampleResult(), checkedOf(), 'wire');
    expect(sochi?.rows[0]?.source).toMatchObject({ kind: 'actor', actor: { id: 'russia' } });
    expect(sochi?.rows[0]?.target).toEqual({
      kind: 'proposed',
      name: 'Sochi',
      proposal: { key: 'sochi', name: 'Sochi', kind: 'place', mentions: 1 },
    });
  });

  it('offers one that matches an existing relation as evidence for it, until the relation quotes that sentence', () => {
    const [talks] = suggestionGroups(sampleResult(), checkedOf(), 'wire');
    expect(talks?.rows[0]?.addsTo?.id).toBe('russia-meets-israel');
    const cited = sampleDataset();
    cited.relations[1]!.evidence.push({ document: 'wire', quote: 'Moscow and Jerusalem keep talking.' });
    expect(keysOf(suggestionGroups(sampleResult(), checkedOf(cited), 'wire'))[0]).toEqual(['talks:israel>russia']);
  });
});

describe('accepting a suggestion', () => {
  it('makes a relation the validator accepts, with the judged certainty, negation, speaker and date', () => {
    const checked = checkedOf();
    const row = suggestionGroups(sampleResult(), checked, 'wire')[2]!.rows[0]!;
    const relation = suggestedRelation(row, 'wire', checked);
    expect(relation).toEqual({
      id: 'israel-strikes-rebels',
      type: 'strikes',
      source: 'israel',
      target: 'rebels',
      date: '2021-10',
      evidence: [
        {
          document: 'wire',
          quote: 'Israel is expected to keep striking convoys.',
          attributedTo: 'russia',
          certainty: 'probable',
          negated: false,
        },
      ],
    });
    expect(
      validateDatasetText(JSON.stringify(putRelation(relation!)(checked.dataset)), { file: 'sample.json' }).ok,
    ).toBe(true);
  });

  it('gives a relation an id no other has, and none while an end is not an actor', () => {
    const checked = checkedOf();
    const [talks, sochi] = suggestionGroups(sampleResult(), checked, 'wire');
    const taken = new Set(['israel-meets-russia']);
    expect(suggestedRelation(talks!.rows[1]!, 'wire', checked, taken)?.id).toBe('israel-meets-russia-2');
    expect(suggestedRelation(sochi!.rows[0]!, 'wire', checked)).toBeNull();
  });

  it('keeps the context that picks a quote occurring twice, and leaves out a speaker who is no actor', () => {
    const checked = checkedOf();
    const twice = {
      ...SAMPLE_SUGGESTIONS.talksBack,
      quote: 'Officials said the talks went well.',
      suffix: 'Russia',
      attributedTo: 'officials',
    };
    expect(suggestedEvidence(twice, 'wire', checked)).toEqual({
      document: 'wire',
      quote: 'Officials said the talks went well.',
      suffix: 'Russia',
      certainty: 'certain',
      negated: false,
    });
  });

  it('fills the editor with what is known, leaving an end that is no actor to choose', () => {
    const checked = checkedOf();
    const sochi = suggestionGroups(sampleResult(), checked, 'wire')[1]!.rows[0]!;
    expect(suggestedRelationForm(sochi, 'wire', checked)).toMatchObject({
      type: 'visits',
      source: 'russia',
      target: '',
      evidence: [{ document: 'wire', quote: 'Russia meets Israel in Sochi.', certainty: 'certain', negated: false }],
    });
  });
});
