// The hedge lint: the cue table on real sentences of both seed articles (warns, stays quiet) and the validator's warning.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDatasetFile } from '../../src/cli/nodeDataset';
import { findHedgeCues, firstHedgeCue, HEDGE_CUES, suggestedJudgement } from '../../src/domain/hedges';
import { anchorQuote, foldForMatching } from '../../src/domain/quotes';

const SOURCES = path.join(import.meta.dirname, '../../data/russia-israel-iran/sources');
const cdmedia = readFileSync(path.join(SOURCES, '000_0cfae077b6775c94.txt'), 'utf8');
const algemeiner = readFileSync(path.join(SOURCES, '004_c06acb89832227e0.txt'), 'utf8');

/** The sentence as an archived article has it (no-break spaces, typographic quotes), so the cues meet the real text. */
function fromSource(typed: string): string {
  for (const text of [cdmedia, algemeiner]) {
    const match = anchorQuote(foldForMatching(text), text, { quote: typed });
    if (match.kind === 'found') return text.slice(match.anchor.start, match.anchor.end);
  }
  throw new Error(`not found once in either article: ${typed}`);
}

const cues = (text: string) => findHedgeCues(text).map((match) => match.cue.cue);

describe('the hedge cues on the seed articles', () => {
  it.each<[string, string[]]>([
    ['but in the coming months Moscow may have to get involved in resolving some very difficult problems', ['may']],
    ['Officially, Russia and Israel are neither allies nor strategic partners.', ['neither … nor']],
    [
      'Yet, without Russia’s tacit approval, Israel would unlikely be able to conduct air strikes on Iranian targets in Syria on a regular basis.',
      ['would', 'unlikely'],
    ],
    ['Russian troops in the Middle Eastern nation never used sophisticated S-400 missile systems', ['never']],
    [
      'In the meantime, Israel is expected to keep striking Iranian positions in Syria, as well as Hamas sites in the Gaza Strip.',
      ['is expected to'],
    ],
    [
      'it is believed the attack came as a retaliation for Washington’s support to Israeli airstrikes on Syria from Al-Tanf no fly zone',
      ['it is believed'],
    ],
    ['Meanwhile, Russia and Israel will likely try to find a common ground on Syria.', ['will', 'likely']],
    ['Tehran will likely demand open and direct support from Damascus', ['will', 'likely']],
    [
      'Russia will likely keep acting as an informal mediator in the Middle Eastern turmoil, especially given that Iran refuses to directly negotiate with the United States, and does not recognize Israel.',
      ['will', 'likely', 'not'],
    ],
    ['Such a policy could include a potential revision of American relations with Turkey', ['could', 'potential']],
    ['regional and global actors seem to be preparing for a potential escalation', ['seems', 'potential']],
    [
      'Despite its cooperation with Iran in Syria, Russia does not fully trust the Islamic Republic as a partner',
      ['not'],
    ],
    ['noted that an “excessive strengthening of Iran is not in the Russian interest.”', ['not']],
    [
      'predicted that “at least in the short term they will continue to cooperate in Syria and in the rest of the Middle East.”',
      ['predicted', 'will'],
    ],
  ])('warns on "%s"', (typed, expected) => {
    const sentence = fromSource(typed);
    expect(cues(sentence)).toEqual(expected);
    expect(firstHedgeCue(sentence)?.cue.cue).toBe(expected[0]);
  });

  it.each<[string]>([
    ['Presently, Russia is the main ally of Syria’s President Bashar al Assad'],
    [
      'Israel, on the other hand, carefully chooses its targets in the Syrian Arab Republic, and has established a military hotline with Russia to coordinate air force operations over Syria to avoid clashes.',
    ],
    ['In September Russia asked Israel to encourage the US to agree to hold high-level trilateral talks on Syria.'],
    [
      'Israeli Prime Minister Naftali Bennett visited Russia on October 22 and met with Russian President Vladimir Putin',
    ],
    [
      'just two days before the summit between Putin and Bennett, Iran’s military chief of staff General Mohammad Bagheri visited Moscow where he met with Russia’s top military officials.',
    ],
    ['Russia is one of the countries that negotiated Iran’s 2015 nuclear agreement'],
    ['Despite good relations with Russia, The Jewish State'],
    ['Zvi Magen — a senior research fellow at the Institute for National Security Studies'],
    [
      'When Israeli Prime Minister Benjamin Netanyahu traveled to Moscow in June for his fourth meeting with Russian President Vladimir Putin within the past year',
    ],
    [
      'Magen explained that the Russia-Iran alliance in Syria — where they are supporting the regime of Bashar Assad in the ongoing civil war there — has let the two countries “further their joint strategic interests; battling the Islamic State, which posed a threat to Russia as well, and working toward creating a new order in the region amenable to both of them.”',
    ],
    ['Tehran aims at achieving an Iranian area of influence, while excluding other players [among them Russia]'],
    ['“What we are seeing is realpolitik in action,” Magen told The Algemeiner.'],
  ])('stays quiet on "%s"', (typed) => {
    const sentence = fromSource(typed);
    expect(cues(sentence)).toEqual([]);
    expect(firstHedgeCue(sentence)).toBeNull();
  });
});

describe('the cue table', () => {
  it('matches whole words only, in any case', () => {
    expect(cues('MAY they? It May. Maybe, dismay, Mayor')).toEqual(['may', 'may']);
    expect(cues('Nothing, knot, notable, Notwithstanding')).toEqual([]);
    expect(cues('willing, William, goodwill')).toEqual([]);
    expect(cues('Potentially; POTENTIAL.')).toEqual(['potential', 'potential']);
  });

  it('leaves out the month of May and "not only"', () => {
    expect(cues('In May 2021 they met; on May 5 they met again; since May they talk.')).toEqual([]);
    expect(cues('not only allies but partners')).toEqual([]);
  });

  it('finds multi-word cues across any white space, and contractions', () => {
    expect(cues('it\u00a0is\nbelieved that; they are believed to be')).toEqual(['it is believed', 'it is believed']);
    expect(cues("Iran doesn’t and won't; it cannot")).toEqual(["n't", "n't", 'not']);
    expect(cues('It no longer does; neither this, nor that')).toEqual(['no longer', 'neither … nor']);
    expect(cues('They denied it; she denies; we deny')).toEqual(['denied', 'denied', 'denied']);
  });

  it('gives each match its place in the text', () => {
    const text = 'Israel is expected to strike.';
    const [match] = findHedgeCues(text);
    expect(match && text.slice(match.start, match.end)).toBe('is expected to');
  });

  it('finds each cue’s key, lower-cased, in everything the cue matches (the quick scan must not skip a cue)', () => {
    const samples = [
      'MAY, Might, COULD, would, Will, likely, UNLIKELY, probably, Probable, possibly, possible, potentially',
      'is expected to, It Was Believed, are believed to, PREDICTS, reportedly, allegedly, seemed, appears to',
      "NOT, cannot, DOESN’T, won't, No Longer, never, Neither x Nor, DENIES, deny",
    ];
    let matched = 0;
    for (const sample of samples)
      for (const match of findHedgeCues(sample)) {
        matched++;
        expect(match.text.toLowerCase(), match.cue.cue).toMatch(new RegExp(match.cue.key));
      }
    expect(new Set(samples.flatMap((sample) => findHedgeCues(sample).map((match) => match.cue.cue)))).toEqual(
      new Set(HEDGE_CUES.map((cue) => cue.cue)),
    );
    expect(matched).toBeGreaterThanOrEqual(HEDGE_CUES.length);
  });

  it('has one row per cue, each with a suggestion of its kind', () => {
    expect(new Set(HEDGE_CUES.map((cue) => cue.cue)).size).toBe(HEDGE_CUES.length);
    for (const cue of HEDGE_CUES) expect(cue.suggests === 'negated', cue.cue).toBe(cue.kind === 'negation');
  });
});

describe('suggestedJudgement', () => {
  it('suggests what a curator would most likely set, for the reader to pre-fill', () => {
    expect(suggestedJudgement('Presently, Russia is the main ally of Syria')).toEqual({});
    expect(suggestedJudgement('Russia will likely keep acting as a mediator')).toEqual({ certainty: 'probable' });
    expect(suggestedJudgement('it will likely, or could, happen')).toEqual({ certainty: 'possible' });
    expect(suggestedJudgement('they are neither allies nor partners')).toEqual({ negated: true });
    expect(suggestedJudgement('Israel would unlikely be able to strike; it does not')).toEqual({
      certainty: 'possible',
      negated: true,
    });
  });
});

describe('the lint in the validator', () => {
  const FIXTURE = path.join(import.meta.dirname, '../fixtures/warnings/unmarked-hedge.json');

  it('warns on unjudged evidence whose quote hedges or negates: file:line:col, the evidence’s pointer, the cue, the fix', async () => {
    const outcome = await validateDatasetFile(FIXTURE);
    if (!outcome.readable) throw new Error(outcome.reason);
    expect(outcome.result.ok).toBe(true);
    const warnings = outcome.result.problems.filter((problem) => problem.code === 'unmarked-hedge');
    expect(warnings.map((problem) => [problem.pointer, problem.message])).toEqual([
      [
        '/relations/0/evidence/0',
        'quote reports a belief ("is expected to") but the evidence sets neither "certainty" nor "negated"',
      ],
      [
        '/relations/1/evidence/0',
        'quote negates ("neither allies nor") but the evidence sets neither "certainty" nor "negated"',
      ],
    ]);
    const [belief, negation] = warnings;
    expect(belief).toMatchObject({ severity: 'warning', file: FIXTURE, line: 28, column: 20 });
    expect(belief?.hint).toMatch(/set "certainty": "probable"/);
    expect(belief?.hint).toMatch(/cite another sentence/);
    expect(negation?.hint).toMatch(/set "negated": true/);
  });

  it('is silenced by setting either field, even to its default; a forecast set certain then meets the forecast lint', async () => {
    const dataset = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
      relations: { evidence: Record<string, unknown>[] }[];
    };
    dataset.relations[0]!.evidence[0]!.certainty = 'certain';
    dataset.relations[1]!.evidence[0]!.negated = false;
    const { validateDatasetText } = await import('../../src/domain/validate');
    const result = validateDatasetText(JSON.stringify(dataset), { file: 'judged.json' });
    expect(result.problems.map((problem) => [problem.code, problem.pointer])).toEqual([
      ['forecast-marked-certain', '/relations/0/evidence/0'],
    ]);
    dataset.relations[0]!.evidence[0]!.certainty = 'probable';
    expect(validateDatasetText(JSON.stringify(dataset), { file: 'judged.json' }).problems).toEqual([]);
  });
});
