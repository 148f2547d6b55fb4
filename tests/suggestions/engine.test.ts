// The suggestion engine: mentions, proposed actors, suggested relations with their quote, and the bad input it must
// survive with a notice (issue 23).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, Relation } from '../../src/domain/model';
import { MAX_SENTENCE_WORDS, suggestRelations } from '../../src/suggestions/engine';
import type { SuggestInput } from '../../src/suggestions/types';

const actor = (id: string, name: string, kind: Actor['kind'], aliases?: string[]): Actor =>
  ({ id, name, kind, ...(aliases && { aliases }) }) as Actor;

const ACTORS: Actor[] = [
  actor('russia', 'Russia', 'state', ['Moscow']),
  actor('iran', 'Iran', 'state', ['Islamic Republic']),
  actor('israel', 'Israel', 'state'),
  actor('united-states', 'United States', 'state', ['US', 'Washington']),
  actor('ukraine', 'Ukraine', 'state'),
  actor('hezbollah', 'Ḥizbullāh', 'armed-group', ['Hezbollah']),
  actor('putin', 'Vladimir Putin', 'person', ['Putin']),
];

function run(text: string, extra: Partial<SuggestInput> = {}) {
  return suggestRelations({ dataset: { actors: ACTORS, relations: [] }, text, ...extra });
}

const brief = (text: string, extra: Partial<SuggestInput> = {}) =>
  run(text, extra).suggestions.map((s) => `${s.source.id ?? s.source.name} ${s.type} ${s.target.id ?? s.target.name}`);

describe('mentions', () => {
  it('finds names and aliases folded as search folds, possessives and demonyms', () => {
    const text =
      'Russian officials met HIZBULLAH leaders. Iran’s envoy flew to Moscow; hezbollah and Hizbullah agreed.';
    const found = run(text).mentions.filter((mention) => mention.actorId !== undefined);
    expect(found.map((m) => [m.text, m.actorId, m.via])).toEqual([
      ['Russian', 'russia', 'demonym'],
      ['HIZBULLAH', 'hezbollah', 'name'],
      ['Iran', 'iran', 'possessive'],
      ['Moscow', 'russia', 'alias'],
      ['Hizbullah', 'hezbollah', 'name'],
    ]);
    for (const mention of found) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('finds a name written decomposed (NFD) at its offsets in the text as given', () => {
    const text = 'Israel struck \u1e24izbull\u0101h.'.normalize('NFD');
    const [, mention] = run(text).mentions;
    expect(mention).toMatchObject({ actorId: 'hezbollah', via: 'name' });
    expect(text.slice(mention!.start, mention!.end)).toBe('\u1e24izbull\u0101h'.normalize('NFD'));
    expect(run(text).suggestions.map((s) => s.type)).toEqual(['strikes']);
  });

  it('matches an acronym only as written: "US" is the state, "us" the pronoun', () => {
    const ids = (text: string) => run(text).mentions.map((mention) => mention.actorId);
    expect(ids('The US warned Iran.')).toEqual(['united-states', 'iran']);
    expect(ids('Iran told us nothing.')).toEqual(['iran']);
  });

  it('proposes the names no actor matches, with a guessed kind, counting every mention', () => {
    const result = run(
      'Recep Tayyip Erdogan met Putin in Ankara. The Islamic Revolutionary Guard Corps fired on the city. Erdogan spoke. Recep Tayyip Erdogan left.',
    );
    const byName = new Map(result.proposedActors.map((proposal) => [proposal.name, proposal]));
    expect(byName.get('Recep Tayyip Erdogan')).toMatchObject({ kind: 'person', mentions: 2 });
    expect(byName.get('Ankara')?.kind).toBe('place');
    expect(byName.get('Islamic Revolutionary Guard Corps')?.kind).toBe('armed-group');
    for (const mention of result.mentions.filter((m) => m.proposalKey !== undefined))
      expect(byName.has(result.proposedActors.find((p) => p.key === mention.proposalKey)!.name)).toBe(true);
  });

  it('proposes no one for a title left alone before a known name', () => {
    const names = run('Mr. Putin and Mr Putin spoke to Iran.').proposedActors.map((p) => p.name);
    expect(names).toEqual([]);
  });

  it('finds the states of a text with an empty dataset, by name and demonym', () => {
    const result = suggestRelations({
      dataset: { actors: [], relations: [] },
      text: 'French troops attacked Malian rebels. Germany condemned Russia.',
    });
    expect(result.proposedActors.filter((p) => p.kind === 'state').map((p) => p.name)).toEqual([
      'France',
      'Mali',
      'Germany',
      'Russia',
    ]);
    expect(result.suggestions.map((s) => `${s.source.name} ${s.type} ${s.target.name}`)).toEqual([
      'France strikes Mali',
      'Germany accuses Russia',
    ]);
    expect(result.suggestions[0]!.source).toEqual({ name: 'France', mention: 'French' });
  });
});

describe('suggestions', () => {
  it('reads the direction of active and passive sentences', () => {
    expect(brief('Israel attacked Hezbollah positions.')).toEqual(['israel strikes hezbollah']);
    expect(brief('Israel was attacked by Hezbollah on Sunday.')).toEqual(['hezbollah strikes israel']);
    expect(run('Israel was attacked by Hezbollah on Sunday.').suggestions[0]!.rule).toBe('passive-by');
  });

  it('maps cues to types through their CAMEO code, a pattern refining the verb', () => {
    expect(brief('Russia threatened Ukraine.')).toEqual(['russia threatens ukraine']);
    expect(brief('Iran accused Israel of sabotage.')).toEqual(['iran accuses israel']);
    expect(brief('Putin visited Iran.')).toEqual(['putin visits iran']);
    const agreement = run('Russia and Ukraine agreed to a ceasefire.').suggestions;
    expect(agreement.map((s) => `${s.source.id} ${s.type} ${s.target.id} ${s.plover}`)).toEqual([
      'russia agrees ukraine AGREE',
      'ukraine agrees russia AGREE',
    ]);
    expect(agreement[0]!.cues).toEqual(['agreed', 'to', 'ceasefire']);
    expect(agreement[0]!.rule).toBe('verb-pattern');
  });

  it('judges negation, certainty and the speaker, and reads the date the sentence names', () => {
    const [negated] = run('Israel did not attack Iran, the US said on 3 May 2024.').suggestions;
    expect(negated).toMatchObject({
      type: 'strikes',
      negated: true,
      attributedTo: 'united-states',
      date: '2024-05-03',
    });
    expect(run('Russia could attack Ukraine.').suggestions[0]?.certainty).toBe('possible');
    expect(run('Russia will attack Ukraine in March 2025.').suggestions[0]).toMatchObject({
      certainty: 'probable',
      date: '2025-03',
    });
    expect(run('Russia attacked Ukraine.').suggestions[0]).toMatchObject({ certainty: 'certain', negated: false });
  });

  it('quotes the sentence verbatim, with a prefix or suffix only when it recurs', () => {
    const once = run('Iran condemned Israel. Russia met Iran.').suggestions[0]!;
    expect(once).toMatchObject({ quote: 'Iran condemned Israel.', sentence: { start: 0, end: 22 } });
    expect(once.prefix).toBeUndefined();
    expect(once.suffix).toBeUndefined();
    const text = 'Iran condemned Israel.\nThen again. Iran condemned Israel.\n';
    const [first, second] = run(text).suggestions;
    expect(first!.quote).toBe('Iran condemned Israel.');
    expect(second!.prefix ?? second!.suffix).toBeDefined();
    expect(first!.key).not.toBe(second!.key);
  });

  it('offers a suggestion that matches an existing relation as evidence for it', () => {
    const relation = {
      id: 'iran-accuses-israel',
      type: 'accuses',
      source: 'iran',
      target: 'israel',
      evidence: [{ document: 'd', quote: 'q' }],
    } as Relation;
    const [suggestion] = suggestRelations({
      dataset: { actors: ACTORS, relations: [relation] },
      text: 'Iran condemned Israel.',
    }).suggestions;
    expect(suggestion?.addsEvidenceTo).toBe('iran-accuses-israel');
  });

  it("lets a dataset's own types bring their cues", () => {
    const relationTypes = [
      {
        id: 'trades-with',
        label: 'trades with',
        directed: false,
        category: 'material-cooperation' as const,
        cues: ['trade with'],
      },
    ];
    const result = suggestRelations({
      dataset: { actors: ACTORS, relations: [], relationTypes },
      text: 'Iran traded with Russia for years.',
    });
    expect(result.suggestions.map((s) => [s.type, s.source.id, s.target.id, s.rule])).toEqual([
      ['trades-with', 'iran', 'russia', 'dataset-cue'],
    ]);
    // A noun phrase of up to five words, matched as written.
    const friends = [{ ...relationTypes[0]!, id: 'friends', cues: ['good working relationship with'] }];
    expect(
      suggestRelations({
        dataset: { actors: ACTORS, relations: [], relationTypes: friends },
        text: 'Putin had a good working relationship with Iran.',
      }).suggestions.map((s) => [s.type, s.source.id, s.target.id]),
    ).toEqual([['friends', 'putin', 'iran']]);
  });

  it("reads the ties a title states, and keeps the title's state out of the events", () => {
    const actors = [
      ...ACTORS,
      actor('bennett', 'Naftali Bennett', 'person', ['Bennett']),
      actor('bagheri', 'Mohammad Bagheri', 'person'),
    ];
    const result = suggestRelations({
      dataset: { actors, relations: [] },
      text: "Israeli Prime Minister Naftali Bennett met with Russian President Vladimir Putin. Iran's military chief of staff General Mohammad Bagheri visited Moscow.",
    });
    expect(result.suggestions.map((s) => `${s.source.id} ${s.type} ${s.target.id} ${s.rule}`)).toEqual([
      'bennett leads israel title',
      'putin leads russia title',
      'bennett meets putin active-verb',
      'bagheri member-of iran title',
      'bagheri visits russia active-verb',
    ]);
    expect(result.suggestions[0]!.cues).toEqual(['Prime', 'Minister']);
  });

  it('gives a clause joined by "and" the subject of the one before', () => {
    expect(brief('Putin visited Iran and met Israel.')).toEqual(['putin visits iran', 'putin meets israel']);
    expect(brief('Putin and Hezbollah discussed Iran.')).toEqual([
      'hezbollah meets iran',
      'putin meets iran',
      'putin meets hezbollah',
    ]);
  });

  it('reads a force’s presence and the ties nouns state, which PLOVER does not code', () => {
    expect(brief('Russian troops in Ukraine were shelled.')).toEqual(['russia deploys-in ukraine']);
    expect(run('Officially, Russia and Israel are neither allies nor partners.').suggestions[0]).toMatchObject({
      type: 'ally',
      negated: true,
      rule: 'noun',
    });
    expect(brief('Iran rejected Israel.')).toEqual(['iran opposes israel']);
  });

  it('reads lists of subjects and objects', () => {
    expect(brief('Russia, Iran and Israel condemned Ukraine and Hezbollah.').sort()).toEqual([
      'iran accuses hezbollah',
      'iran accuses ukraine',
      'israel accuses hezbollah',
      'israel accuses ukraine',
      'russia accuses hezbollah',
      'russia accuses ukraine',
    ]);
  });

  it('reads no relation in the reporting verb itself', () => {
    expect(brief('Iran said Israel attacked Hezbollah.')).toEqual(['israel strikes hezbollah']);
  });

  it('keeps its key for the same text and actors', () => {
    const text = 'Russia attacked Ukraine. Iran condemned Israel.';
    expect(run(text).suggestions.map((s) => s.key)).toEqual(run(text).suggestions.map((s) => s.key));
  });
});

describe('bad input', () => {
  it('says so for an empty text', () => {
    expect(run('  \n ')).toEqual({
      mentions: [],
      proposedActors: [],
      suggestions: [],
      notices: [{ code: 'empty-text' }],
    });
  });

  it('says a text is not English, and still marks the known actors', () => {
    const result = run(
      "Vladimir Putin a attaqué l'Ukraine lundi, selon les autorités ukrainiennes. Le Kremlin a démenti toute responsabilité dans les frappes contre les villes de l'est.",
    );
    expect(result.notices).toEqual([{ code: 'not-english', language: 'fra' }]);
    expect(result.mentions.map((m) => m.actorId)).toEqual(['putin']);
    expect(result.suggestions).toEqual([]);
    expect(run('Russia attacked Ukraine.', { language: 'de' }).notices).toEqual([
      { code: 'not-english', language: 'de' },
    ]);
  });

  it('reads a line of 1 MB without hanging, and says the line is too long', () => {
    const line = 'Russia attacked Ukraine and Iran condemned Israel '.repeat(21_000);
    const result = run(line);
    expect(result.notices.map((notice) => notice.code)).toEqual(['line-too-long', 'sentence-too-long']);
    expect(result.suggestions).toEqual([]);
    expect(result.mentions.length).toBe(4 * 21_000);
  });

  it('skips a sentence of 5,000 words with a notice, and reads the sentences around it', () => {
    const long = `Word ${'word '.repeat(4_999)}Russia attacked Ukraine.`;
    const result = run(`Iran condemned Israel. ${long} Russia threatened Ukraine.`);
    const notice = result.notices.find((n) => n.code === 'sentence-too-long');
    expect(notice).toMatchObject({ words: 5_003 });
    expect(MAX_SENTENCE_WORDS).toBeLessThan(5_003);
    expect(result.suggestions.map((s) => s.type)).toEqual(['accuses', 'threatens']);
  });
});

describe('properties', () => {
  const names = ['Russia', 'Iran', 'Israel', 'the US', 'Putin', 'Hezbollah', 'Erdogan', 'Iranian'];
  const verbs = ['attacked', 'condemned', 'met', 'was attacked by', 'did not threaten', 'could sanction', 'visited'];
  const sentence = fc
    .tuple(fc.constantFrom(...names), fc.constantFrom(...verbs), fc.constantFrom(...names), fc.constantFrom('.', '!'))
    .map(([a, verb, b, end]) => `${a} ${verb} ${b}${end}`);
  const texts = fc
    .array(fc.oneof(sentence, fc.string({ maxLength: 30 }), fc.constantFrom('\n', ' ', '“', '’s ')), { maxLength: 12 })
    .map((parts) => parts.join(' '));

  it('keeps every offset inside the text, quotes the sentence verbatim and names mentions as written', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const result = run(text);
        for (const mention of result.mentions) {
          expect(0 <= mention.start && mention.start < mention.end && mention.end <= text.length).toBe(true);
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        }
        for (const suggestion of result.suggestions) {
          const { start, end } = suggestion.sentence;
          expect(0 <= start && start < end && end <= text.length).toBe(true);
          expect(suggestion.quote).toBe(text.slice(start, end));
          expect(suggestion.source.mention).not.toBe('');
          expect(suggestion.source.id === undefined || suggestion.source.id !== suggestion.target.id).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
