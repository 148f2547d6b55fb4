// The cue lexicon: verbs and phrase patterns with their CAMEO codes, generated from PETRARCH2's CAMEO verb dictionary
// (src/cli/buildCueLexicon.ts; provenance and licences in cueLexicon.json's `provenance` and docs/suggestions.md),
// and the table that turns a CAMEO code into a PLOVER event type and a relation type of the vocabulary.
import type { RelationTypeInfo } from '../domain/relationTypes';
import generated from './cueLexicon.json';
import type { Lexicon } from './lexiconSource';

const LEXICON = generated as unknown as Lexicon;
const VERBS = new Map(Object.entries(LEXICON.verbs));

/** The relation type each PLOVER event type is suggested as (docs/suggestions.md, "From CAMEO to a relation type"). */
export const PLOVER_TO_TYPE: Readonly<Record<string, string>> = {
  AGREE: 'agrees',
  CONSULT: 'meets',
  SUPPORT: 'endorses',
  COOPERATE: 'cooperates',
  AID: 'supports',
  CONCEDE: 'concedes',
  RETREAT: 'retreats',
  REQUEST: 'requests',
  ACCUSE: 'accuses',
  INVESTIGATE: 'investigates',
  REJECT: 'opposes',
  THREATEN: 'threatens',
  PROTEST: 'protests',
  MOBILIZE: 'mobilizes',
  SANCTION: 'sanctions',
  COERCE: 'coerces',
  ASSAULT: 'strikes',
};

/**
 * CAMEO codes whose relation type is more precise than their PLOVER type's, longest prefix first. CAMEO 01 (public
 * statements) is no event between two actors; 02 (appeals) is REQUEST as PLOVER merges it; 09 is INVESTIGATE, as in
 * PLOVER 0.5 (the 2021 table folds it into ACCUSE).
 */
const CAMEO_OVERRIDES: Readonly<Record<string, { plover: string; type: string; reversed?: true }>> = {
  '02': { plover: 'REQUEST', type: 'requests' },
  '042': { plover: 'CONSULT', type: 'visits' },
  // "Host a visit": the guest visits the host.
  '043': { plover: 'CONSULT', type: 'visits', reversed: true },
  '045': { plover: 'CONSULT', type: 'mediator' },
  '046': { plover: 'CONSULT', type: 'negotiates' },
  '057': { plover: 'AGREE', type: 'agrees' },
  '09': { plover: 'INVESTIGATE', type: 'investigates' },
  '163': { plover: 'SANCTION', type: 'sanctions' },
};

/**
 * A verb's own code where CAMEO.2.0.txt leaves it without one (its block is "[---]", coded by patterns only) or files
 * it in a block whose default contradicts the PLOVER manual's definition of the event: "agree" sits in the block of
 * "cooperate" (050), while PLOVER's AGREE is "agree to, offer, promise"; "negotiate" in that of "compromise" (080);
 * "reject" and "refuse" have no default, while PLOVER's REJECT is "reject, refuse".
 */
const LEMMA_DEFAULTS: Readonly<Record<string, string>> = {
  agree: '030',
  promise: '030',
  pledge: '030',
  offer: '030',
  negotiate: '046',
  reject: '120',
  refuse: '120',
  sign: '057',
  deploy: '154',
  withdraw: '087',
};

export interface EventCode {
  cameo: string;
  plover: string;
  type: string;
  /** The code reads target → source ("host a visit"). */
  reversed: boolean;
}

function byLongestPrefix<T>(table: Readonly<Record<string, T>>, code: string): T | undefined {
  for (let length = code.length; length >= 2; length--) {
    const value = table[code.slice(0, length)];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The PLOVER type and relation type of a CAMEO code, or null when it names no event between two actors. */
export function eventOf(cameo: string, vocabulary: ReadonlyMap<string, RelationTypeInfo>): EventCode | null {
  if (cameo === '' || cameo.startsWith('01') || cameo.startsWith('00')) return null;
  const override = byLongestPrefix(CAMEO_OVERRIDES, cameo);
  if (override) return { cameo, plover: override.plover, type: override.type, reversed: override.reversed ?? false };
  const plover = byLongestPrefix(LEXICON.cameoToPlover, cameo);
  const type = plover === undefined ? undefined : PLOVER_TO_TYPE[plover];
  if (plover === undefined || type === undefined || !vocabulary.has(type)) return null;
  return { cameo, plover, type, reversed: false };
}

/** A verb of the lexicon at token `index`: a phrasal verb of two words first, then one word. */
export function verbAt(
  words: readonly string[],
  index: number,
): { lemma: string; code: string; length: number } | null {
  const word = words[index];
  if (word === undefined) return null;
  const next = words[index + 1];
  if (next !== undefined) {
    const phrasal = VERBS.get(`${word} ${next}`);
    if (phrasal) return { lemma: phrasal[0], code: LEMMA_DEFAULTS[phrasal[0]] ?? phrasal[1], length: 2 };
  }
  const single = VERBS.get(word);
  return single ? { lemma: single[0], code: LEMMA_DEFAULTS[single[0]] ?? single[1], length: 1 } : null;
}

/** Whether a pattern word matches a token: exact with a trailing "_", else the word or its plural. */
function wordMatches(pattern: string, token: string | undefined): boolean {
  if (token === undefined) return false;
  if (pattern.endsWith('_')) return token === pattern.slice(0, -1);
  return (
    token === pattern ||
    token === `${pattern}s` ||
    token === `${pattern}es` ||
    (pattern.endsWith('y') && token === `${pattern.slice(0, -1)}ies`)
  );
}

const EXPANDED = new WeakMap<readonly string[], string[][]>();

/** The alternatives of an item, sets expanded: each a run of words (worked out once per item). */
function alternatives(item: readonly string[]): string[][] {
  let runs = EXPANDED.get(item);
  if (runs === undefined) {
    runs = expand(item);
    EXPANDED.set(item, runs);
  }
  return runs;
}

function expand(item: readonly string[]): string[][] {
  return item.flatMap((alternative) => {
    if (alternative.startsWith('&')) return (LEXICON.synonyms[alternative] ?? []).map((entry) => entry.split(' '));
    // A phrase may hold a set reference: expand it in place.
    const parts = alternative.split(' ');
    let runs: string[][] = [[]];
    for (const part of parts) {
      const options = part.startsWith('&') ? (LEXICON.synonyms[part] ?? []).map((entry) => entry.split(' ')) : [[part]];
      runs = runs.flatMap((run) => options.map((option) => [...run, ...option]));
      if (runs.length > 64) runs = runs.slice(0, 64);
    }
    return runs;
  });
}

/** Where an item's run of words starts between `from` and `to` (exclusive) in `words`, or -1. */
function findItem(words: readonly string[], item: readonly string[], from: number, to: number): [number, number] {
  const runs = alternatives(item);
  for (let at = Math.max(0, from); at < to; at++)
    for (const run of runs)
      if (run.every((word, offset) => wordMatches(word, words[at + offset]))) return [at, run.length];
  return [-1, 0];
}

/** How many words the patterns may reach before and after their verb. */
const BEFORE_REACH = 4;
const AFTER_REACH = 10;

export interface PatternMatch {
  code: string;
  /** Token indices of the pattern's words, for the suggestion's cues. */
  tokens: number[];
}

/**
 * The most specific pattern of the verb's block that matches around it (its words in order, before within four words
 * and after within ten), or null: the pattern's code refines the verb's ("agree to a ceasefire" → 0356).
 */
export function bestPattern(
  words: readonly string[],
  lemma: string,
  verbStart: number,
  verbEnd: number,
): PatternMatch | null {
  const block = LEXICON.blocks[lemma] ?? lemma;
  let best: PatternMatch | null = null;
  for (const pattern of LEXICON.patterns[block] ?? []) {
    const tokens: number[] = [];
    let cursor = Math.max(0, verbStart - BEFORE_REACH);
    let ok = true;
    for (const item of pattern.before) {
      const [at, length] = findItem(words, item, cursor, verbStart);
      if (at < 0) {
        ok = false;
        break;
      }
      for (let index = at; index < at + length; index++) tokens.push(index);
      cursor = at + length;
    }
    if (!ok) continue;
    cursor = verbEnd;
    const limit = Math.min(words.length, verbEnd + AFTER_REACH);
    for (const item of pattern.after) {
      const [at, length] = findItem(words, item, cursor, limit);
      if (at < 0) {
        ok = false;
        break;
      }
      for (let index = at; index < at + length; index++) tokens.push(index);
      cursor = at + length;
    }
    if (!ok || tokens.length === 0) continue;
    if (best === null || tokens.length > best.tokens.length) best = { code: pattern.code, tokens };
  }
  return best;
}
