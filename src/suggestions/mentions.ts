// Where a text names actors: the dataset's actors by name and alias (folded as search folds), possessives ("Iran's")
// and demonyms ("Russian officials" → Russia), and names that match no actor, found by compromise's tagger and
// proposed as new actors with a guessed kind.
import nlp from 'compromise/two';
import type { Actor, ActorKind } from '../domain/model';
import type { TextRange } from '../domain/sentences';
import { foldForSearch } from '../domain/query';
import { STATES } from './demonyms';
import type { ActorMention, ProposedActor } from './types';

export interface Token {
  start: number;
  end: number;
  /** Folded as search folds, a possessive "'s" dropped. */
  word: string;
  /** The token ended with a possessive "'s". */
  possessive: boolean;
  /** The token starts with a capital letter as written. */
  capital: boolean;
  raw: string;
}

/** A word: letters (with combining marks, so a decomposed "Ḥ" stays in its word), digits, inner ' - and dots. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[’'\-.][\p{L}\p{M}\p{N}]+)*(?:[’']s\b)?/gu;

/** The words of `text` between `from` and `to`, with their offsets in `text`. */
export function tokensOf(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(slice); match !== null; match = WORD.exec(slice)) {
    const raw = match[0];
    const possessive = /[’']s$/u.test(raw);
    const folded = foldForSearch(possessive ? raw.slice(0, -2) : raw);
    tokens.push({
      start: from + match.index,
      end: from + match.index + raw.length,
      word: folded,
      possessive,
      capital: /^\p{Lu}/u.test(raw),
      raw,
    });
  }
  return tokens;
}

interface Entry {
  words: string[];
  /** The label as written: an acronym ("US", "UN") matches only as written, a capitalised label only capitalised. */
  label: string;
  acronym: boolean;
  capitalised: boolean;
  actorId?: string;
  proposalKey?: string;
  via: ActorMention['via'];
}

const isAcronym = (label: string) => /^[\p{Lu}.]{2,6}$/u.test(label);

/** Actors by the first folded word of each of their labels; longest label first within a word. */
export class ActorIndex {
  private readonly byFirstWord = new Map<string, Entry[]>();
  /** Dataset actors that are states, by folded name, for demonyms. */
  readonly stateIds = new Map<string, string>();

  constructor(actors: readonly Pick<Actor, 'id' | 'name' | 'kind' | 'aliases' | 'searchNames'>[]) {
    for (const actor of actors) {
      const labels = [actor.name, ...(actor.aliases ?? []), ...(actor.searchNames ?? [])];
      labels.forEach((label, index) => this.add(label, { actorId: actor.id, via: index === 0 ? 'name' : 'alias' }));
      if (actor.kind === 'state') for (const label of labels) this.stateIds.set(foldForSearch(label), actor.id);
    }
    for (const state of STATES) {
      const actorId = state.names.map((name) => this.stateIds.get(foldForSearch(name))).find((id) => id !== undefined);
      const target = actorId !== undefined ? { actorId } : { proposalKey: stateKey(state.names[0]!) };
      for (const demonym of state.demonyms) this.add(demonym, { ...target, via: 'demonym' });
      if (actorId === undefined) for (const name of state.names) this.add(name, { ...target, via: 'entity' });
    }
    for (const entries of this.byFirstWord.values()) entries.sort((a, b) => b.words.length - a.words.length);
  }

  private add(label: string, target: Pick<Entry, 'actorId' | 'proposalKey' | 'via'>): void {
    const words = tokensOf(label).map((token) => token.word);
    const first = words[0];
    if (first === undefined) return;
    const entries = this.byFirstWord.get(first) ?? [];
    // A dataset label never gives way to the demonym table's.
    if (entries.some((entry) => entry.words.join(' ') === words.join(' ') && entry.actorId !== undefined)) return;
    entries.push({
      words,
      label,
      acronym: isAcronym(label),
      capitalised: /^\p{Lu}/u.test(label),
      ...target,
    });
    this.byFirstWord.set(first, entries);
  }

  /** The longest label that starts at token `index`, and how many tokens it takes. */
  matchAt(tokens: readonly Token[], index: number): { entry: Entry; length: number } | null {
    const token = tokens[index];
    if (token === undefined) return null;
    for (const entry of this.byFirstWord.get(token.word) ?? []) {
      const length = entry.words.length;
      if (index + length > tokens.length) continue;
      let ok = true;
      for (let offset = 0; offset < length && ok; offset++) {
        const candidate = tokens[index + offset]!;
        ok = candidate.word === entry.words[offset] && (offset === length - 1 || !candidate.possessive);
      }
      if (!ok) continue;
      if (entry.acronym) {
        const written = tokens
          .slice(index, index + length)
          .map((candidate) => (candidate.possessive ? candidate.raw.slice(0, -2) : candidate.raw))
          .join(' ');
        if (written.replace(/\./gu, '') !== entry.label.replace(/\./gu, '')) continue;
      } else if (entry.capitalised && !token.capital) continue;
      return { entry, length };
    }
    return null;
  }
}

export const stateKey = (name: string) => `state:${foldForSearch(name)}`;

/** The demonym table's states by proposal key, named by their English short name. */
export const STATE_NAMES: ReadonlyMap<string, string> = new Map(
  STATES.map((state) => [stateKey(state.names[0]!), state.names[0]!]),
);

/** The dataset's actors' mentions (and the demonym table's states) in the tokens, in order. */
export function knownMentions(text: string, tokens: readonly Token[], index: ActorIndex): ActorMention[] {
  const mentions: ActorMention[] = [];
  for (let at = 0; at < tokens.length;) {
    const match = index.matchAt(tokens, at);
    if (!match) {
      at++;
      continue;
    }
    const first = tokens[at]!;
    const last = tokens[at + match.length - 1]!;
    const end = last.possessive ? last.end - 2 : last.end;
    const via = last.possessive && match.entry.via !== 'demonym' ? 'possessive' : match.entry.via;
    mentions.push({
      start: first.start,
      end,
      text: text.slice(first.start, end),
      ...(match.entry.actorId !== undefined && { actorId: match.entry.actorId }),
      ...(match.entry.proposalKey !== undefined && { proposalKey: match.entry.proposalKey }),
      via,
    });
    at += match.length;
  }
  return mentions;
}

const ARMED =
  /\b(?:army|armed forces|forces|militias?|brigades?|rebels?|guards?|guard corps|fighters|insurgents|front|jihad|hezbollah|hamas|taliban|houthis?|al-qaeda|islamic state|isis|isil|wagner)\b/u;
const ORGANISATION =
  /\b(?:ministry|council|union|nations|organi[sz]ation|agency|bank|party|committee|parliament|court|fund|institute|company|corporation|association|alliance|league|commission|office|nato|opec|un|eu)\b/u;

/** The kind a name most likely has: by compromise's tag, then by the words it holds. */
function guessKind(tag: 'person' | 'place' | 'organization', folded: string): ActorKind {
  if (ARMED.test(folded)) return 'armed-group';
  if (tag === 'organization' || ORGANISATION.test(folded)) return 'organization';
  return tag;
}

/** What compromise's tagger says a word is, where it matters for a cue: a verb, a noun, or something else. */
export type WordClass = 'verb' | 'noun' | 'other';

export interface EntityFinding {
  mentions: ActorMention[];
  proposals: Map<string, ProposedActor>;
  /** The tagger's word class of every word it read, by the word's start offset in the text. */
  classes: Map<number, WordClass>;
}

/** Honorifics and titles compromise keeps inside a person's name. */
const LEADING_TITLE =
  /^(?:(?:the|mr|mrs|ms|dr|president|prime minister|minister|general|gen|king|queen|prince|sheikh|ayatollah|supreme leader|foreign minister|defense minister|defence minister)\.?\s+)+/iu;

/**
 * Whether a line has a capitalised word no known mention covers: only then is it worth the tagger's time, which is
 * most of the engine's.
 */
export function hasUnknownName(tokens: readonly Token[], covered: (start: number, end: number) => boolean): boolean {
  return tokens.some((token) => token.capital && !covered(token.start, token.end));
}

interface TaggedTerm {
  pre: string;
  text: string;
  post: string;
  tags: Set<string>;
}

const TAGS: readonly ['person' | 'organization' | 'place', string][] = [
  ['person', 'Person'],
  ['organization', 'Organization'],
  ['place', 'Place'],
];

/**
 * Names compromise tags as people, places and organisations in a line (read once, and only when it has capitalised
 * words no known mention covers): each run of terms with the same tag becomes a mention of a proposed actor, keyed by
 * its folded name so that every mention of it counts.
 */
export function entityMentions(
  text: string,
  line: TextRange,
  covered: (start: number, end: number) => boolean,
  finding: EntityFinding,
): void {
  const document = (nlp(text.slice(line.start, line.end)) as unknown as { document: TaggedTerm[][] }).document;
  let offset = line.start;
  interface Found {
    tag: 'person' | 'organization' | 'place';
    start: number;
    end: number;
  }
  const found: Found[] = [];
  for (const sentence of document) {
    let open = null as Found | null;
    for (const term of sentence) {
      const start = offset + term.pre.length;
      const end = start + term.text.length;
      offset = end + term.post.length;
      finding.classes.set(start, term.tags.has('Verb') ? 'verb' : term.tags.has('Noun') ? 'noun' : 'other');
      const tag = TAGS.find(([, name]) => term.tags.has(name))?.[0];
      if (tag !== undefined && open?.tag === tag && !/[.,;:!?()]/u.test(text.slice(open.end, start))) open.end = end;
      else {
        if (open) found.push(open);
        open = tag === undefined ? null : { tag, start, end };
      }
    }
    if (open) found.push(open);
  }
  for (const { tag, start: foundStart, end: foundEnd } of found) {
    let start = foundStart;
    let end = foundEnd;
    // Trim punctuation and a possessive at the edges, and a leading title.
    let written = text.slice(start, end);
    const lead = /^[^\p{L}\p{N}]+/u.exec(written)?.[0].length ?? 0;
    start += lead;
    written = text.slice(start, end);
    const tail = /(?:[’']s)?[^\p{L}\p{N}]*$/u.exec(written)?.[0].length ?? 0;
    end -= tail;
    const title = LEADING_TITLE.exec(text.slice(start, end))?.[0].length ?? 0;
    start += title;
    if (end <= start || covered(start, end)) continue;
    const name = text.slice(start, end);
    // A title left alone ("Mr" before a known name) names nobody.
    if (!/^\p{Lu}/u.test(name) || LEADING_TITLE.test(`${name.replace(/\.$/u, '')} `)) continue;
    const key = `${tag}:${foldForSearch(name)}`;
    const proposal = finding.proposals.get(key);
    if (proposal) proposal.mentions++;
    else finding.proposals.set(key, { key, name, kind: guessKind(tag, foldForSearch(name)), mentions: 1 });
    finding.mentions.push({ start, end, text: name, proposalKey: key, via: 'entity' });
  }
}

/** The actor a whole piece of text names, as one label of the index (a demonym included), if any. */
function wholeMatch(text: string, index: ActorIndex): Pick<Entry, 'actorId' | 'proposalKey' | 'via'> | null {
  const tokens = tokensOf(text);
  const match = index.matchAt(tokens, 0);
  return match !== null && match.length === tokens.length ? match.entry : null;
}

/**
 * Names the tagger took whole that join known actors by a hyphen, "the Russia-Iran alliance", are those actors: each
 * part becomes its own mention (and the joined name is no longer proposed).
 */
export function splitCompounds(
  text: string,
  mentions: readonly ActorMention[],
  index: ActorIndex,
  proposals: Map<string, ProposedActor>,
): ActorMention[] {
  const result: ActorMention[] = [];
  for (const mention of mentions) {
    const parts = mention.proposalKey !== undefined && mention.via === 'entity' ? mention.text.split(/[-–]/u) : [];
    const entries = parts.length >= 2 ? parts.map((part) => wholeMatch(part, index)) : [];
    if (entries.length === 0 || entries.some((entry) => entry === null)) {
      result.push(mention);
      continue;
    }
    const proposal = proposals.get(mention.proposalKey!);
    if (proposal) proposal.mentions--;
    let start = mention.start;
    parts.forEach((part, at) => {
      const entry = entries[at]!;
      result.push({
        start,
        end: start + part.length,
        text: text.slice(start, start + part.length),
        ...(entry.actorId !== undefined && { actorId: entry.actorId }),
        ...(entry.proposalKey !== undefined && { proposalKey: entry.proposalKey }),
        via: entry.via,
      });
      start += part.length + 1;
    });
  }
  return result;
}

const COMPOUND_TIE = /^(.+?)[-–](backed|sponsored|supported|funded|armed|led)\b/iu;

/**
 * A name that says who backs or leads what it names, "Iran-backed militias", "Saudi-led coalition": the actor of its
 * first part, and the tie (`supports` for backed/sponsored/supported/funded/armed, `leads` for led).
 */
export function compoundTie(
  mention: ActorMention,
  index: ActorIndex,
): { actorId?: string; proposalKey?: string; type: 'supports' | 'leads' } | null {
  const found = COMPOUND_TIE.exec(mention.text);
  if (!found) return null;
  const entry = wholeMatch(found[1]!, index);
  if (entry === null || (entry.actorId !== undefined && entry.actorId === mention.actorId)) return null;
  return {
    ...(entry.actorId !== undefined && { actorId: entry.actorId }),
    ...(entry.proposalKey !== undefined && { proposalKey: entry.proposalKey }),
    type: found[2]!.toLowerCase() === 'led' ? 'leads' : 'supports',
  };
}
