// The cue lexicon is generated from its sources, never edited: the committed JSON is what the sources build, and the
// generator reads PETRARCH2's dictionary as PETRARCH2 does (regular forms, irregular forms, patterns, synonym sets).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relationVocabulary } from '../../src/domain/relationTypes';
import committed from '../../src/suggestions/cueLexicon.json';
import { bestPattern, eventOf, verbAt } from '../../src/suggestions/lexicon';
import { buildLexicon, parseVerbDictionary } from '../../src/suggestions/lexiconSource';

const SOURCES = path.join(import.meta.dirname, '../../src/suggestions/sources');

describe('the cue lexicon', () => {
  it('is exactly what npm run suggest:lexicon builds from the sources', async () => {
    const [verbs, plover] = await Promise.all([
      readFile(path.join(SOURCES, 'CAMEO.2.0.txt'), 'utf8'),
      readFile(path.join(SOURCES, 'CAMEO2PLOVER-2021.txt'), 'utf8'),
    ]);
    expect(JSON.parse(JSON.stringify(buildLexicon(verbs, plover)))).toEqual(committed);
  });

  it('reads a block: its verbs with regular and irregular forms, its default code and its patterns', () => {
    const parsed = parseVerbDictionary(
      [
        '&CEASEFIRE',
        '+TRUCE',
        '+CEASE_FIRE',
        '',
        '---  ATTACK   [190]  ---',
        'ATTACK',
        'STRIKE {STRIKES STRIKING STRUCK }',
        '+OPEN_FIRE [193]',
        '- * {VERBAL BARRAGE}   [111]   # ATTACK',
        '- $ * (ON &CEASEFIRE) +   [196]   # STRIKE',
      ].join('\n'),
    );
    expect(parsed.verbs).toMatchObject({
      attack: ['attack', '190'],
      attacks: ['attack', '190'],
      attacked: ['attack', '190'],
      attacking: ['attack', '190'],
      struck: ['strike', '190'],
      'opened fire': ['open fire', '193'],
    });
    expect(parsed.synonyms['&CEASEFIRE']).toEqual(['truce', 'cease fire']);
    expect(parsed.patterns.attack).toEqual([
      { code: '111', before: [], after: [['verbal barrage']] },
      { code: '196', before: [], after: [['on'], ['&CEASEFIRE']] },
    ]);
    expect(parsed.blocks.strike).toBe('attack');
  });

  it('turns a verb and its pattern into a CAMEO code, a PLOVER type and a relation type', () => {
    const vocabulary = relationVocabulary(undefined);
    const words = ['russia', 'agreed', 'to', 'a', 'ceasefire'];
    const verb = verbAt(words, 1)!;
    const pattern = bestPattern(words, verb.lemma, 1, 2);
    expect(pattern?.code).toBe('0356');
    expect(eventOf(pattern!.code, vocabulary)).toEqual({
      cameo: '0356',
      plover: 'AGREE',
      type: 'agrees',
      reversed: false,
    });
    expect(eventOf('043', vocabulary)).toMatchObject({ type: 'visits', reversed: true });
    expect(eventOf('010', vocabulary)).toBeNull();
    expect(eventOf('1711', vocabulary)).toMatchObject({ plover: 'COERCE', type: 'coerces' });
  });
});
