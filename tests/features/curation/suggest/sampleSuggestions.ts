// Test data: what an engine could say of the sample dataset's wire text, with mentions, a proposed actor and suggestions
// of every shape the reader offers (new relation, evidence for an existing one, a proposed end, already cited).
import type { Suggestion, SuggestResult } from '../../../../src/suggestions/types';
import { SAMPLE_TEXT } from '../../../curation/sample';

const at = (words: string, from = 0) => {
  const start = SAMPLE_TEXT.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" is not in the sample text`);
  return { start, end: start + words.length };
};

function suggestion(
  sentenceText: string,
  fields: Partial<Suggestion> & Pick<Suggestion, 'key' | 'type' | 'source' | 'target'>,
): Suggestion {
  return {
    plover: 'CONSULT',
    quote: sentenceText,
    sentence: at(sentenceText),
    certainty: 'certain',
    negated: false,
    cues: [],
    rule: 'active-verb',
    ...fields,
  };
}

const TALKING = 'Moscow and Jerusalem keep talking.';
const SOCHI = 'Russia meets Israel in Sochi.';
const RECOGNIZE = 'Russia does not recognize the rebels.';
const EXPECTED = 'Israel is expected to keep striking convoys.';

export const SAMPLE_SUGGESTIONS = {
  talksEvidence: suggestion(TALKING, {
    key: 'talks:russia>israel',
    type: 'meets',
    source: { id: 'russia', name: 'Russia', mention: 'Moscow' },
    target: { id: 'israel', name: 'Israel', mention: 'Jerusalem' },
    cues: ['keep talking'],
    addsEvidenceTo: 'russia-meets-israel',
  }),
  talksBack: suggestion(TALKING, {
    key: 'talks:israel>russia',
    type: 'meets',
    source: { id: 'israel', name: 'Israel', mention: 'Jerusalem' },
    target: { id: 'russia', name: 'Russia', mention: 'Moscow' },
    cues: ['keep talking'],
  }),
  sochiCited: suggestion(SOCHI, {
    key: 'sochi:russia>israel',
    type: 'meets',
    source: { id: 'russia', name: 'Russia', mention: 'Russia' },
    target: { id: 'israel', name: 'Israel', mention: 'Israel' },
    cues: ['meets'],
    addsEvidenceTo: 'russia-meets-israel',
  }),
  sochiPlace: suggestion(SOCHI, {
    key: 'sochi:russia>sochi',
    type: 'visits',
    plover: 'CONSULT',
    source: { id: 'russia', name: 'Russia', mention: 'Russia' },
    target: { name: 'Sochi', mention: 'Sochi' },
    cues: ['in'],
    rule: 'a-rule-the-catalogue-does-not-know',
  }),
  recognize: suggestion(RECOGNIZE, {
    key: 'recognize:russia>rebels',
    type: 'opposes',
    plover: 'REJECT',
    source: { id: 'russia', name: 'Russia', mention: 'Russia' },
    target: { id: 'rebels', name: 'Rebels', mention: 'rebels' },
    negated: true,
    cues: ['does not recognize'],
  }),
  expected: suggestion(EXPECTED, {
    key: 'expected:israel>rebels',
    type: 'strikes',
    plover: 'ASSAULT',
    source: { id: 'israel', name: 'Israel', mention: 'Israel' },
    target: { id: 'rebels', name: 'Rebels', mention: 'convoys' },
    certainty: 'probable',
    date: '2021-10',
    attributedTo: 'russia',
    cues: ['striking'],
  }),
};

export function sampleResult(): SuggestResult {
  const mention = (words: string, actorId: string, from = 0) => ({
    ...at(words, from),
    text: words,
    actorId,
    via: 'name' as const,
  });
  return {
    mentions: [
      { ...at('Moscow'), text: 'Moscow', actorId: 'russia', via: 'alias' },
      mention('Russia', 'russia'),
      mention('Israel', 'israel'),
      { ...at('Sochi'), text: 'Sochi', proposalKey: 'sochi', via: 'entity' },
    ],
    proposedActors: [{ key: 'sochi', name: 'Sochi', kind: 'place', mentions: 1 }],
    suggestions: Object.values(SAMPLE_SUGGESTIONS),
    notices: [],
  };
}
