// The hedging and negation cues a quote can carry: one table, read by the validator's lint and the curation reader.

/** modal: a modal verb or adverb; belief: a belief or report frame; negation: the quote may deny the relation. */
export type CueKind = 'modal' | 'belief' | 'negation';

/** What a curator most likely sets when the cue bears on the relation. */
export type CueSuggestion = 'probable' | 'possible' | 'negated';

export interface HedgeCue {
  /** The cue as the docs and warnings name it. */
  cue: string;
  kind: CueKind;
  suggests: CueSuggestion;
  /** Regular-expression source (no capturing groups, no Unicode classes), matched case-insensitively between word boundaries. */
  pattern: string;
  /** Lower-case text every match contains (a plain regular-expression source): a quick scan for it skips quotes without the cue. */
  key: string;
  /** Attached to the word before it ("n't"): no word boundary before the pattern. */
  attached?: true;
}

/**
 * After the list (modal verbs and adverbs, belief and report frames, negation), with a few forms a fact-checker
 * reads the same way: "will" (a forecast), "possible" and "probable" as adjectives, "unlikely", "cannot" and "n't".
 * Words inside a multi-word cue may be separated by any white space.
 */
export const HEDGE_CUES: readonly HedgeCue[] = [
  // Not the month: "in May", "May 2021".
  {
    cue: 'may',
    kind: 'modal',
    suggests: 'possible',
    key: 'may',
    pattern: 'may(?<!(?:in|of|since|until|by|early|late|mid)[\\s-]may)(?!\\s*\\d)',
  },
  { cue: 'might', kind: 'modal', suggests: 'possible', key: 'might', pattern: 'might' },
  { cue: 'could', kind: 'modal', suggests: 'possible', key: 'could', pattern: 'could' },
  { cue: 'would', kind: 'modal', suggests: 'possible', key: 'would', pattern: 'would' },
  { cue: 'will', kind: 'modal', suggests: 'probable', key: 'will', pattern: 'will' },
  { cue: 'likely', kind: 'modal', suggests: 'probable', key: 'likely', pattern: 'likely' },
  { cue: 'unlikely', kind: 'modal', suggests: 'possible', key: 'likely', pattern: 'unlikely' },
  { cue: 'probably', kind: 'modal', suggests: 'probable', key: 'probabl', pattern: 'probably' },
  { cue: 'probable', kind: 'modal', suggests: 'probable', key: 'probabl', pattern: 'probable' },
  { cue: 'possibly', kind: 'modal', suggests: 'possible', key: 'possibl', pattern: 'possibly' },
  { cue: 'possible', kind: 'modal', suggests: 'possible', key: 'possibl', pattern: 'possible' },
  { cue: 'potential', kind: 'modal', suggests: 'possible', key: 'potential', pattern: 'potential(?:ly)?' },
  {
    cue: 'is expected to',
    kind: 'belief',
    suggests: 'probable',
    key: 'expected',
    pattern: '(?:is|are|was|were|be)\\s+expected\\s+to',
  },
  {
    cue: 'it is believed',
    kind: 'belief',
    suggests: 'probable',
    key: 'believed',
    pattern: 'it\\s+(?:is|was)\\s+believed|(?:is|are|was|were)\\s+believed\\s+to',
  },
  { cue: 'predicted', kind: 'belief', suggests: 'probable', key: 'predict', pattern: 'predict(?:s|ed)' },
  { cue: 'reportedly', kind: 'belief', suggests: 'probable', key: 'reportedly', pattern: 'reportedly' },
  { cue: 'allegedly', kind: 'belief', suggests: 'probable', key: 'allegedly', pattern: 'allegedly' },
  { cue: 'seems', kind: 'belief', suggests: 'probable', key: 'seem', pattern: 'seems?|seemed' },
  { cue: 'appears to', kind: 'belief', suggests: 'probable', key: 'appear', pattern: '(?:appears?|appeared)\\s+to' },
  { cue: 'not', kind: 'negation', suggests: 'negated', key: 'not', pattern: 'not(?!\\s+only)|cannot' },
  {
    cue: "n't",
    kind: 'negation',
    suggests: 'negated',
    key: "n['\u2019]t",
    pattern: "(?<=[a-z])n['\u2019]t",
    attached: true,
  },
  { cue: 'no longer', kind: 'negation', suggests: 'negated', key: 'longer', pattern: 'no\\s+longer' },
  { cue: 'never', kind: 'negation', suggests: 'negated', key: 'never', pattern: 'never' },
  {
    cue: 'neither … nor',
    kind: 'negation',
    suggests: 'negated',
    key: 'neither',
    pattern: 'neither\\b[\\s\\S]*?\\bnor',
  },
  { cue: 'denied', kind: 'negation', suggests: 'negated', key: 'deni|deny', pattern: 'deny|denie[sd]' },
];

export interface CueMatch {
  cue: HedgeCue;
  /** The words as the quote has them. */
  text: string;
  /** UTF-16 offsets into the quote. */
  start: number;
  end: number;
}

// One alternation with a group per cue: a quote is scanned once, and the group that matched names the cue. The
// patterns start with letters, not with a look-behind, so the scan skips quickly over text without a cue; the word
// boundaries (Unicode letters, digits and marks) are checked on the characters around each candidate, after an ASCII
// look-ahead that makes a pattern try its longer forms first ("seemed" before "seem").
const ALL_CUES = new RegExp(HEDGE_CUES.map((cue) => `(${cue.pattern})(?![a-z0-9])`).join('|'), 'gi');
// A plain alternation of literals, matched on the lower-cased text, rules most quotes out several times faster.
const ANY_KEY = new RegExp([...new Set(HEDGE_CUES.map((cue) => cue.key))].join('|'));
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

function isWordCharacterAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code !== undefined && WORD_CHARACTER.test(String.fromCodePoint(code));
}

/** Whether the code point ending right before `index` is a letter, digit or mark. */
function isWordCharacterBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return isWordCharacterAt(text, start);
}

function* cueMatches(text: string): Generator<CueMatch> {
  if (!ANY_KEY.test(text.toLowerCase())) return;
  ALL_CUES.lastIndex = 0;
  for (let match = ALL_CUES.exec(text); match !== null; match = ALL_CUES.exec(text)) {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const cue = HEDGE_CUES[group - 1] as HedgeCue;
    const start = match.index;
    const end = start + match[0].length;
    if ((!cue.attached && isWordCharacterBefore(text, start)) || isWordCharacterAt(text, end)) {
      ALL_CUES.lastIndex = start + 1;
      continue;
    }
    yield { cue, text: match[0], start, end };
  }
}

/** Every cue in a text, in order (case-insensitive, whole words); for the reader to highlight and pre-fill from. */
export function findHedgeCues(text: string): CueMatch[] {
  return [...cueMatches(text)];
}

/** The first cue in a text, or null: what the lint needs, without scanning further. */
export function firstHedgeCue(text: string): CueMatch | null {
  for (const match of cueMatches(text)) return match;
  return null;
}

/**
 * What the cues suggest for an evidence's fields, to pre-fill an editor: negated when a negation cue occurs, and the
 * weakest certainty any hedge suggests. A suggestion for the curator to confirm, not a judgement: "not" may bear on
 * something other than the relation, and "will" may report a plan already made.
 */
export function suggestedJudgement(text: string): { certainty?: 'probable' | 'possible'; negated?: true } {
  let certainty: 'probable' | 'possible' | undefined;
  let negated = false;
  for (const { cue } of findHedgeCues(text)) {
    if (cue.suggests === 'negated') negated = true;
    else if (cue.suggests === 'possible' || certainty === undefined) certainty = cue.suggests;
  }
  return { ...(certainty !== undefined && { certainty }), ...(negated && { negated: true as const }) };
}
