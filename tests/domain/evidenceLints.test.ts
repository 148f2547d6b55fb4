// The evidence lints on datasets they have never seen: a forecast marked certain, a tie its quote dates but the relation
// does not, a tie dated by the article's publication, and a quote inside (or outside) a speaker's words. Each warns
// on its kind and stays quiet on plain assertions, marked forecasts, dated ties and attributed quotes, and a written
// judgement silences it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDatasetFile } from '../../src/cli/nodeDataset';
import type { Problem, ProblemCode } from '../../src/domain/problems';
import { validateDatasetText } from '../../src/domain/validate';
import { hintOf, messageOf } from '../support/problemWords';

const ACTORS = [
  ['israel', 'Israel', 'state', ['Jerusalem']],
  ['russia', 'Russia', 'state', ['Moscow', 'the Kremlin']],
  ['iran', 'Iran', 'state', ['Tehran']],
  ['syria', 'Syria', 'state', ['Damascus']],
  ['united-states', 'United States', 'state', ['Washington']],
  ['naftali-bennett', 'Naftali Bennett', 'person', []],
  ['benjamin-netanyahu', 'Benjamin Netanyahu', 'person', []],
  ['nikolai-patrushev', 'Nikolai Patrushev', 'person', []],
  ['mohammad-bagheri', 'Mohammad Bagheri', 'person', ['General Mohammad Bagheri']],
  ['bashar-al-assad', 'Bashar al-Assad', 'person', []],
  ['zvi-magen', 'Zvi Magen', 'person', []],
  ['security-council', 'Security Council', 'organization', []],
] as const;

interface Case {
  text: string;
  published?: string;
  type?: string;
  source?: string;
  target?: string;
  dates?: Record<string, string>;
  judgements?: Record<string, string>;
  evidence: Record<string, unknown> & { quote: string };
}

/** One relation citing one quote of one document: the warnings of one lint on it. */
function warnings(code: ProblemCode, { text, published = '2021-10', type = 'ally', ...relation }: Case): Problem[] {
  const dataset = {
    formatVersion: 1,
    id: 'lints',
    title: 'Lints',
    documents: [{ id: 'wire', title: 'Wire', outlet: 'Wire', published, text }],
    actors: ACTORS.map(([id, name, kind, aliases]) => ({ id, name, kind, aliases })),
    relations: [
      {
        id: 'r',
        type,
        source: relation.source ?? 'israel',
        target: relation.target ?? 'russia',
        ...relation.dates,
        ...(relation.judgements && { judgements: relation.judgements }),
        evidence: [{ document: 'wire', ...relation.evidence }],
      },
    ],
  };
  const result = validateDatasetText(JSON.stringify(dataset), { file: 'lints.json' });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0)
    throw new Error(errors.map((problem) => `${problem.pointer} ${messageOf(problem)}`).join('\n'));
  return result.problems.filter((problem) => problem.code === code);
}

const messages = (code: ProblemCode, one: Case) => warnings(code, one).map(messageOf);

describe('a forecast marked certain', () => {
  it.each<[string, Case, string]>([
    [
      'will remain, marked certain',
      {
        text: "Israel will remain Washington's major regional ally.",
        target: 'united-states',
        evidence: { quote: "Israel will remain Washington's major regional ally.", certainty: 'certain' },
      },
      'quote forecasts ("will remain") but the evidence is marked "certainty": "certain"',
    ],
    [
      'is set to, which the hedge cues miss, unmarked',
      {
        text: 'Naftali Bennett is set to meet Nikolai Patrushev in Jerusalem.',
        type: 'meets',
        source: 'naftali-bennett',
        target: 'nikolai-patrushev',
        evidence: { quote: 'Naftali Bennett is set to meet Nikolai Patrushev in Jerusalem.' },
      },
      'quote forecasts ("is set to meet") but the evidence counts as certain (it sets no "certainty")',
    ],
    [
      'is likely to, certain although judged on negation',
      {
        text: 'General Mohammad Bagheri is likely to visit Moscow in 2022.',
        type: 'visits',
        source: 'mohammad-bagheri',
        evidence: { quote: 'General Mohammad Bagheri is likely to visit Moscow in 2022.', negated: false },
      },
      'quote forecasts ("is likely to visit") but the evidence counts as certain (it sets no "certainty")',
    ],
    [
      "a contraction, 'll",
      {
        text: "Tehran says it'll keep backing Damascus.",
        type: 'supports',
        source: 'iran',
        target: 'syria',
        evidence: { quote: "Tehran says it'll keep backing Damascus.", certainty: 'certain' },
      },
      'quote forecasts ("\'ll keep") but the evidence is marked "certainty": "certain"',
    ],
  ])('warns on %s', (_, one, message) => {
    expect(messages('forecast-marked-certain', one)).toEqual([message]);
  });

  it.each<[string, Case]>([
    [
      'a plain assertion',
      {
        text: 'Nikolai Patrushev met Naftali Bennett in Jerusalem in 2021.',
        type: 'meets',
        source: 'nikolai-patrushev',
        target: 'naftali-bennett',
        evidence: { quote: 'Nikolai Patrushev met Naftali Bennett in Jerusalem in 2021.' },
      },
    ],
    [
      'a forecast marked probable',
      {
        text: "Israel will remain Washington's major regional ally.",
        target: 'united-states',
        evidence: { quote: "Israel will remain Washington's major regional ally.", certainty: 'probable' },
      },
    ],
    [
      'an unjudged hedge, which the hedge lint reports alone',
      {
        text: 'Israel is expected to keep striking Syria.',
        type: 'strikes',
        target: 'syria',
        evidence: { quote: 'Israel is expected to keep striking Syria.' },
      },
    ],
    [
      'the noun "will"',
      {
        text: 'Russia and Israel share the will to avoid clashes over Syria.',
        type: 'cooperates',
        evidence: { quote: 'Russia and Israel share the will to avoid clashes over Syria.' },
      },
    ],
    [
      'a threat, whose "will" is what it threatens',
      {
        text: 'Iran says Israel will be uprooted and destroyed.',
        type: 'threatens',
        source: 'iran',
        target: 'israel',
        evidence: {
          quote: 'Iran says Israel will be uprooted and destroyed.',
          attributedTo: 'iran',
          certainty: 'certain',
        },
      },
    ],
    [
      'a forecast only in a relative clause beside the claim',
      {
        text: 'Russia signed an accord with Syria that will strengthen their ties.',
        type: 'cooperates',
        source: 'russia',
        target: 'syria',
        evidence: { quote: 'Russia signed an accord with Syria that will strengthen their ties.' },
      },
    ],
    [
      '"going to" a place',
      {
        text: 'Naftali Bennett is going to Moscow on a visit.',
        type: 'visits',
        source: 'naftali-bennett',
        evidence: { quote: 'Naftali Bennett is going to Moscow on a visit.' },
      },
    ],
  ])('stays quiet on %s', (_, one) => {
    expect(messages('forecast-marked-certain', one)).toEqual([]);
  });
});

describe('a tie its quote dates but the relation does not', () => {
  it.each<[string, Case, string, RegExp]>([
    [
      '"former", in an article dated only to the month',
      {
        text: 'Putin worked well with former Israeli leader Benjamin Netanyahu.',
        type: 'leads',
        source: 'benjamin-netanyahu',
        target: 'israel',
        evidence: { quote: 'former Israeli leader Benjamin Netanyahu' },
      },
      'the quote dates this tie ("former") but the relation has no "end"',
      /set "end": "\[\.\.2021-10\]"/,
    ],
    [
      '"since" a month',
      {
        text: 'Nikolai Patrushev has been secretary of the Security Council since May 2008.',
        type: 'member-of',
        source: 'nikolai-patrushev',
        target: 'security-council',
        evidence: { quote: 'Nikolai Patrushev has been secretary of the Security Council since May 2008.' },
      },
      'the quote dates this tie ("since May 2008") but the relation has no "start"',
      /set "start"/,
    ],
    [
      '"then-", with a name that carries a particle',
      {
        text: 'He met then-President Bashar al-Assad in Damascus.',
        type: 'leads',
        source: 'bashar-al-assad',
        target: 'syria',
        evidence: { quote: 'then-President Bashar al-Assad' },
      },
      'the quote dates this tie ("then-President") but the relation has no date',
      /"start": "\[\.\.D\]" and "end": "\[D\.\.\]"/,
    ],
    [
      '"ex-", though the relation has a start',
      {
        text: 'Ex-chief of staff Mohammad Bagheri spoke.',
        type: 'member-of',
        source: 'mohammad-bagheri',
        target: 'iran',
        dates: { start: '2016' },
        evidence: { quote: 'Ex-chief of staff Mohammad Bagheri' },
      },
      'the quote dates this tie ("Ex-chief") but the relation has no "end"',
      /ended by/,
    ],
  ])('warns on %s', (_, one, message, hint) => {
    const found = warnings('undated-tie', one);
    expect(found.map(messageOf)).toEqual([message]);
    expect(found[0] && hintOf(found[0])).toMatch(hint);
    expect(found[0]?.pointer).toBe('/relations/0/evidence/0');
  });

  it.each<[string, Case]>([
    [
      '"former" with the end it says, a partial date',
      {
        text: 'Putin worked well with former Israeli leader Benjamin Netanyahu.',
        type: 'leads',
        source: 'benjamin-netanyahu',
        target: 'israel',
        dates: { end: '[..2021-10]' },
        evidence: { quote: 'former Israeli leader Benjamin Netanyahu' },
      },
    ],
    [
      '"since" with its start',
      {
        text: 'Nikolai Patrushev has been secretary of the Security Council since May 2008.',
        type: 'member-of',
        source: 'nikolai-patrushev',
        target: 'security-council',
        dates: { start: '2008-05' },
        evidence: { quote: 'Nikolai Patrushev has been secretary of the Security Council since May 2008.' },
      },
    ],
    [
      'a title with no dating word',
      {
        text: "Syria's President Bashar al-Assad spoke.",
        type: 'leads',
        source: 'bashar-al-assad',
        target: 'syria',
        evidence: { quote: "Syria's President Bashar al-Assad" },
      },
    ],
    [
      '"former" on a relation that is no tie',
      {
        text: 'Putin met former Israeli leader Benjamin Netanyahu.',
        type: 'meets',
        source: 'benjamin-netanyahu',
        evidence: { quote: 'Putin met former Israeli leader Benjamin Netanyahu.' },
      },
    ],
    [
      '"former" that qualifies no post ("the former Soviet Union")',
      {
        text: 'Nikolai Patrushev served in the KGB of the former Soviet Union.',
        type: 'member-of',
        source: 'nikolai-patrushev',
        target: 'russia',
        evidence: { quote: 'Nikolai Patrushev served in the KGB of the former Soviet Union.' },
      },
    ],
    [
      '"since" a date that follows no post',
      {
        text: 'Since 2015 Russia has kept troops in Syria, under Bashar al-Assad as president.',
        type: 'leads',
        source: 'bashar-al-assad',
        target: 'syria',
        evidence: { quote: 'Since 2015 Russia has kept troops in Syria, under Bashar al-Assad as president.' },
      },
    ],
    [
      '"the former" as a pronoun',
      {
        text: 'Naftali Bennett and Zvi Magen spoke; the former said Israel leads nothing.',
        type: 'member-of',
        source: 'naftali-bennett',
        target: 'israel',
        evidence: { quote: 'the former said Israel leads nothing.', attributedTo: 'naftali-bennett' },
      },
    ],
  ])('stays quiet on %s', (_, one) => {
    expect(messages('undated-tie', one)).toEqual([]);
  });
});

describe("a tie dated by the article's publication", () => {
  it.each<[string, Case, string, string]>([
    [
      'an end on the day the article was published',
      {
        text: 'a former Israeli ambassador to Moscow, Zvi Magen',
        published: '2016-09-16',
        type: 'member-of',
        source: 'zvi-magen',
        target: 'israel',
        dates: { end: '2016-09-16' },
        evidence: { quote: 'a former Israeli ambassador to Moscow, Zvi Magen' },
      },
      '/relations/0/end',
      '"end" 2016-09-16 is the publication date of "wire": when the article was written, not when the tie ended',
    ],
    [
      'a date in the month the article is dated to',
      {
        text: "Presently, Russia is the main ally of Syria's President Bashar al-Assad.",
        target: 'bashar-al-assad',
        source: 'russia',
        dates: { date: '2021-10' },
        evidence: { quote: "Presently, Russia is the main ally of Syria's President Bashar al-Assad." },
      },
      '/relations/0/date',
      '"date" 2021-10 is the publication date of "wire": when the article was written, not when the relation happened or held',
    ],
  ])('warns on %s', (_, one, pointer, message) => {
    const found = warnings('dated-by-publication', one);
    expect(found.map((problem) => [problem.pointer, messageOf(problem)])).toEqual([[pointer, message]]);
  });

  it.each<[string, Case]>([
    [
      'an end written as "ended by" that date',
      {
        text: 'a former Israeli ambassador to Moscow, Zvi Magen',
        published: '2016-09-16',
        type: 'member-of',
        source: 'zvi-magen',
        target: 'israel',
        dates: { end: '[..2016-09-16]' },
        evidence: { quote: 'a former Israeli ambassador to Moscow, Zvi Magen' },
      },
    ],
    [
      'a tie "held at" that date',
      {
        text: "Presently, Russia is the main ally of Syria's President Bashar al-Assad.",
        source: 'russia',
        target: 'bashar-al-assad',
        dates: { end: '[2021-10..]' },
        evidence: { quote: "Presently, Russia is the main ally of Syria's President Bashar al-Assad." },
      },
    ],
    [
      'a day the text gives inside the month the article is dated to',
      {
        text: 'Naftali Bennett visited Russia on October 22.',
        type: 'visits',
        source: 'naftali-bennett',
        dates: { date: '2021-10-22' },
        evidence: { quote: 'Naftali Bennett visited Russia on October 22.' },
      },
    ],
    [
      'a month the text gives, in an article dated to the day',
      {
        text: 'Zvi Magen wrote in the September edition.',
        published: '2016-09-16',
        type: 'cooperates',
        source: 'zvi-magen',
        target: 'israel',
        dates: { date: '2016-09' },
        evidence: { quote: 'Zvi Magen wrote in the September edition.' },
      },
    ],
  ])('stays quiet on %s', (_, one) => {
    expect(messages('dated-by-publication', one)).toEqual([]);
  });
});

describe("a quote inside a speaker's words", () => {
  it.each<[string, Case, string]>([
    [
      'the clause after "while" in "X explained that A, while B"',
      {
        text: 'Zvi Magen explained that Russia distrusts Iran, while Israel opposes Iran.',
        target: 'iran',
        type: 'opposes',
        evidence: { quote: 'Israel opposes Iran' },
      },
      'quote is inside Zvi Magen\'s words ("Zvi Magen explained") but the evidence has no "attributedTo"',
    ],
    [
      'a speaker named by the surname alone',
      {
        text: 'At the meeting, Patrushev said that Israel and Russia coordinate in Syria.',
        type: 'cooperates',
        evidence: { quote: 'Israel and Russia coordinate in Syria' },
      },
      'quote is inside Nikolai Patrushev\'s words ("Patrushev said") but the evidence has no "attributedTo"',
    ],
    [
      '"according to" before the claim, with a title before the name',
      {
        text: "According to Iran's military chief of staff General Mohammad Bagheri, Russia backs Syria.",
        type: 'supports',
        source: 'russia',
        target: 'syria',
        evidence: { quote: 'Russia backs Syria' },
      },
      'quote is inside Mohammad Bagheri\'s words ("according to Iran\'s military chief of staff General Mohammad Bagheri") but the evidence has no "attributedTo"',
    ],
    [
      'a frame after the claim, naming a speaker whose surname carries a particle',
      {
        text: 'Russia will never abandon Damascus, al-Assad told reporters.',
        type: 'supports',
        source: 'russia',
        target: 'syria',
        evidence: { quote: 'Russia will never abandon Damascus', certainty: 'probable', negated: false },
      },
      'quote is inside Bashar al-Assad\'s words ("al-Assad told") but the evidence has no "attributedTo"',
    ],
    [
      'a quotation continued after "he wrote", the speaker named in the paragraph before',
      {
        text: 'Zvi Magen noted that the two differ.\n“Tehran courts Damascus,” he wrote. “Moscow courts Jerusalem.”',
        evidence: { quote: 'Moscow courts Jerusalem.' },
      },
      'quote is inside Zvi Magen\'s words ("he wrote") but the evidence has no "attributedTo"',
    ],
  ])('warns on %s', (_, one, message) => {
    expect(messages('unattributed-frame', one)).toEqual([message]);
  });

  it.each<[string, Case, string]>([
    [
      'a quote attributed to someone who says nothing in the text',
      {
        text: 'Israel and Russia coordinate air operations over Syria.',
        type: 'cooperates',
        evidence: { quote: 'Israel and Russia coordinate air operations over Syria.', attributedTo: 'naftali-bennett' },
      },
      'quote is attributed to Naftali Bennett but stands outside any reporting frame in the text ("… said", "according to …")',
    ],
    [
      "a quote attributed to one speaker in another's words",
      {
        text: 'Nikolai Patrushev said that Israel and Russia coordinate over Syria.',
        type: 'cooperates',
        evidence: { quote: 'Israel and Russia coordinate over Syria', attributedTo: 'naftali-bennett' },
      },
      'quote is attributed to Naftali Bennett but stands in Nikolai Patrushev\'s words ("Nikolai Patrushev said")',
    ],
  ])('warns, the other way round, on %s', (_, one, message) => {
    expect(messages('attribution-outside-frame', one)).toEqual([message]);
  });

  it.each<[string, Case]>([
    [
      'a quote attributed to its speaker',
      {
        text: 'Zvi Magen explained that Russia distrusts Iran, while Israel opposes Iran.',
        type: 'opposes',
        target: 'iran',
        evidence: { quote: 'Israel opposes Iran', attributedTo: 'zvi-magen' },
      },
    ],
    [
      "the outlet's own sentence",
      {
        text: 'Israel has established a military hotline with Russia.',
        type: 'cooperates',
        evidence: { quote: 'Israel has established a military hotline with Russia.' },
      },
    ],
    [
      'a clause that dates the saying ("When …, X told … that")',
      {
        text: 'When Benjamin Netanyahu traveled to Moscow in June, Zvi Magen told reporters that Israel needed Russia.',
        type: 'visits',
        source: 'benjamin-netanyahu',
        evidence: { quote: 'Benjamin Netanyahu traveled to Moscow in June' },
      },
    ],
    [
      'the words that introduce the speaker ("Writing in …, X noted")',
      {
        text: 'Writing in the September edition of the newsletter, Zvi Magen noted that Israel and Russia coordinate.',
        type: 'cooperates',
        source: 'zvi-magen',
        target: 'israel',
        evidence: { quote: 'Writing in the September edition of the newsletter, Zvi Magen' },
      },
    ],
    [
      'a speaker the dataset does not name ("officials said")',
      {
        text: 'Israeli officials said that Russia and Israel coordinate.',
        type: 'cooperates',
        evidence: { quote: 'Russia and Israel coordinate' },
      },
    ],
    [
      'an attributed quote whose frame names the speaker by a description',
      {
        text: 'Russia does not trust Iran, according to a former Israeli ambassador to Moscow.',
        type: 'distrusts',
        source: 'russia',
        target: 'iran',
        evidence: { quote: 'Russia does not trust Iran', attributedTo: 'zvi-magen', negated: false },
      },
    ],
    [
      'a verb that names an act, not a report ("declared war", "responded with")',
      {
        text: 'Naftali Bennett declared war on corruption, and Russia responded with restraint.',
        type: 'cooperates',
        evidence: { quote: 'Russia responded with restraint' },
      },
    ],
    [
      'a passive belief ("it is believed")',
      {
        text: 'It is believed the attack came as a retaliation for Washington’s support to Israel.',
        type: 'supports',
        source: 'united-states',
        target: 'israel',
        evidence: { quote: 'Washington’s support to Israel' },
      },
    ],
  ])('stays quiet on %s', (_, one) => {
    expect([...messages('unattributed-frame', one), ...messages('attribution-outside-frame', one)]).toEqual([]);
  });
});

describe('written judgements', () => {
  it.each<[ProblemCode, Case]>([
    [
      'forecast-marked-certain',
      {
        text: "Israel will remain Washington's major regional ally.",
        target: 'united-states',
        evidence: {
          quote: "Israel will remain Washington's major regional ally.",
          certainty: 'certain',
          judgements: { 'forecast-marked-certain': '"remain" says the alliance holds now' },
        },
      },
    ],
    [
      'undated-tie',
      {
        text: 'Putin met former Israeli leader Benjamin Netanyahu.',
        type: 'leads',
        source: 'benjamin-netanyahu',
        target: 'israel',
        evidence: {
          quote: 'former Israeli leader Benjamin Netanyahu',
          judgements: { 'undated-tie': 'a test that answers the warning in words' },
        },
      },
    ],
    [
      'dated-by-publication',
      {
        text: 'Naftali Bennett met Nikolai Patrushev today.',
        published: '2021-10-22',
        type: 'meets',
        source: 'naftali-bennett',
        target: 'nikolai-patrushev',
        dates: { date: '2021-10-22' },
        judgements: { 'dated-by-publication': '"today", in an article of that day' },
        evidence: { quote: 'Naftali Bennett met Nikolai Patrushev today.' },
      },
    ],
    [
      'unattributed-frame',
      {
        text: 'Zvi Magen explained that Russia distrusts Iran, while Israel opposes Iran.',
        type: 'opposes',
        target: 'iran',
        evidence: {
          quote: 'Israel opposes Iran',
          judgements: { 'unattributed-frame': 'the outlet says so itself in its next paragraph' },
        },
      },
    ],
  ])('silence %s, where the warning comes back without them', (code, one) => {
    expect(warnings(code, one)).toEqual([]);
    const unjudged = structuredClone(one);
    delete unjudged.judgements;
    delete unjudged.evidence.judgements;
    expect(warnings(code, unjudged)).toHaveLength(1);
  });

  it('refuses a blank judgement: it would answer nothing', () => {
    const one: Case = {
      text: "Israel will remain Washington's major regional ally.",
      target: 'united-states',
      evidence: {
        quote: "Israel will remain Washington's major regional ally.",
        certainty: 'certain',
        judgements: { 'forecast-marked-certain': '  ' },
      },
    };
    expect(() => warnings('forecast-marked-certain', one)).toThrow(
      /a judgement says in words why the warning does not apply/,
    );
  });
});

/** Every code the evidence lints warn with. */
const LINT_CODES = new Set<ProblemCode>([
  'forecast-marked-certain',
  'undated-tie',
  'dated-by-publication',
  'unattributed-frame',
  'attribution-outside-frame',
]);

describe('the lints in the validator', () => {
  const FIXTURE = path.join(import.meta.dirname, '../fixtures/warnings/evidence-lints.json');

  it('report file:line:col, the pointer, the words found and the fix, as warnings that leave the dataset valid', async () => {
    const outcome = await validateDatasetFile(FIXTURE);
    if (!outcome.readable) throw new Error(outcome.reason);
    expect(outcome.result.ok).toBe(true);
    const lints = new Set<ProblemCode>([
      'forecast-marked-certain',
      'undated-tie',
      'dated-by-publication',
      'unattributed-frame',
      'attribution-outside-frame',
    ]);
    const found = outcome.result.problems.filter((problem) => lints.has(problem.code));
    expect(found.map((problem) => [problem.code, `${problem.line}:${problem.column}`, problem.pointer])).toEqual([
      ['forecast-marked-certain', '32:9', '/relations/0/evidence/0'],
      ['dated-by-publication', '40:14', '/relations/1/end'],
      ['attribution-outside-frame', '48:20', '/relations/2/evidence/0'],
      ['unattributed-frame', '62:20', '/relations/4/evidence/0'],
      ['undated-tie', '69:20', '/relations/5/evidence/0'],
    ]);
    for (const problem of found) {
      expect(problem.severity).toBe('warning');
      expect(problem.file).toBe(FIXTURE);
      expect(hintOf(problem)).toMatch(new RegExp(`"judgements": \\{ "${problem.code}"`));
    }
    expect(found[0] && messageOf(found[0])).toContain('"will remain"');
    expect(found[4] && messageOf(found[4])).toContain('"Former"');
  });

  it('are left out on request (lints: false), with the same checked dataset and no other problem changed', async () => {
    const text = await readFile(FIXTURE, 'utf8');
    const whole = validateDatasetText(text, { file: FIXTURE });
    const without = validateDatasetText(text, { file: FIXTURE, lints: false });
    if (!whole.ok || !without.ok) throw new Error('the fixture should be valid');
    expect(whole.problems.some((problem) => problem.code === 'forecast-marked-certain')).toBe(true);
    expect(without.problems).toEqual(whole.problems.filter((problem) => !LINT_CODES.has(problem.code)));
    expect(without.checked).toEqual(whole.checked);
  });
});
