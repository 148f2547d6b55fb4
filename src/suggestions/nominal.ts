// Events and ties a noun states rather than a verb (docs/suggestions.md, "Nominal events"): "Israeli airstrikes on
// Syria", "Washington's support to Israel", "tensions between Israel and Iran", "Washington's major regional ally".
// The doer is the state or actor that owns the noun (a possessive, a demonym, or the one a possessive pronoun points
// back to); the receiver follows the noun's preposition. Written for this project: CAMEO's dictionary codes verbs,
// and the nouns' codes below are those of the verbs they name.
import { inflections } from './inflections';
import type { Token, WordClass } from './mentions';

/** A mention in a sentence, by the token indices it spans. */
export interface Span {
  key: string;
  first: number;
  last: number;
}

export interface NominalFinding<P extends Span> {
  /** A CAMEO code, read through the lexicon's table like a verb's, or a relation type for ties PLOVER does not code. */
  code: { cameo: string } | { type: string };
  from: P;
  to: P;
  cueTokens: number[];
  /** The noun's token. */
  noun: number;
}

interface EventNoun {
  code: { cameo: string } | { type: string };
  /** The prepositions that bring the receiver: "attack on", "meeting with". */
  preps: readonly string[];
  /** Both ends act together ("talks between X and Y", "tensions between X and Y"): the receivers are paired. */
  mutual?: boolean;
  /** A tie one end holds to the other ("Washington's ally"), so the other end may be the clause's subject. */
  relational?: boolean;
  /** The owner is the receiver of the tie ("Assad's backers": the backers support Assad). */
  reversed?: boolean;
}

const nouns = (words: string, noun: EventNoun): [string, EventNoun][] =>
  words.split(' ').map((word): [string, EventNoun] => [word, noun]);

const ASSAULT = ['on', 'against', 'at'];
const WITH = ['with', 'between'];

/** The nouns read as events or ties, each with the code of the verb it names (CAMEO) or its tie's type. */
const EVENT_NOUNS = new Map<string, EventNoun>([
  ...nouns('attack attacks assault assaults raid raids offensive offensives', {
    code: { cameo: '190' },
    preps: ASSAULT,
  }),
  ...nouns('strike strikes airstrike airstrikes air-strikes bombing bombings bombardment shelling', {
    code: { cameo: '195' },
    preps: ASSAULT,
  }),
  ...nouns('invasion', { code: { cameo: '192' }, preps: ['of'] }),
  ...nouns('visit visits trip trips', { code: { cameo: '042' }, preps: ['to'] }),
  ...nouns('meeting meetings summit summits', { code: { cameo: '040' }, preps: WITH, mutual: true }),
  ...nouns('talks negotiations', { code: { cameo: '046' }, preps: WITH, mutual: true }),
  ...nouns('mediation', { code: { cameo: '045' }, preps: ['between'] }),
  ...nouns('agreement agreements deal deals accord treaty', { code: { cameo: '057' }, preps: WITH, mutual: true }),
  ...nouns('support backing assistance aid', { code: { cameo: '070' }, preps: ['for', 'to'] }),
  ...nouns('sanctions embargo', { code: { cameo: '163' }, preps: ['on', 'against'] }),
  ...nouns('threat threats', { code: { cameo: '130' }, preps: ['to', 'against'] }),
  ...nouns('condemnation criticism', { code: { cameo: '111' }, preps: ['of'] }),
  ...nouns('accusations accusation', { code: { cameo: '112' }, preps: ['against'] }),
  ...nouns('protest protests', { code: { cameo: '140' }, preps: ['against'] }),
  ...nouns('drills exercises manoeuvres maneuvers mobilization mobilisation', {
    code: { cameo: '152' },
    preps: ['near', 'against', 'along'],
  }),
  ...nouns('cooperation collaboration coordination', { code: { type: 'cooperates' }, preps: WITH, mutual: true }),
  ...nouns('alliance alliances', { code: { type: 'ally' }, preps: WITH, mutual: true }),
  ...nouns('partnership', { code: { type: 'partner' }, preps: WITH, mutual: true }),
  ...nouns('rivalry tensions tension hostility enmity', { code: { type: 'rival' }, preps: WITH, mutual: true }),
  ...nouns('ally allies', { code: { type: 'ally' }, preps: ['of'], relational: true }),
  ...nouns('partner partners', { code: { type: 'partner' }, preps: ['of'], relational: true }),
  ...nouns('rival rivals adversary adversaries enemy enemies foe foes arch-enemy', {
    code: { type: 'rival' },
    preps: ['of'],
    relational: true,
  }),
  ...nouns('backer backers patron patrons sponsor sponsors', {
    code: { cameo: '070' },
    preps: ['of'],
    relational: true,
    reversed: true,
  }),
]);

/**
 * Whether the word at `at` is a light verb whose object is an event noun within three words ("conduct air strikes",
 * "held talks"): the noun is the event, and the verb is no cue of its own.
 */
export function lightVerbOfNoun(words: readonly string[], at: number): boolean {
  if (!LIGHT_VERBS.has(words[at] ?? '')) return false;
  for (let next = at + 1; next <= at + 3 && next < words.length; next++) if (EVENT_NOUNS.has(words[next]!)) return true;
  return false;
}

/** Words that may stand between an owner and its noun: "Russia's tacit approval", "Washington's major regional ally". */
const MODIFIER_REACH = 3;
const NOT_MODIFIER =
  /^(?:of|on|in|with|to|for|by|and|or|but|from|at|as|than|that|which|who|is|are|was|were|be|been|has|have|had|will|would|not)$/u;
/** Words a noun phrase starts after: an owner of the noun stands after them, not before. */
const PHRASE_STARTS = /^(?:a|an|the|this|that|these|those|any|every|each|no|during|after|before|since|until)$/u;
const POSSESSIVE_PRONOUNS = /^(?:his|her|its|their)$/u;
const COPULAS =
  /^(?:is|are|was|were|be|been|remain|remains|remained|become|becomes|became|as|stays|stayed|considered|seen|called)$/u;
const RECEIVER_REACH = 4;
/**
 * Verbs that take an event noun as their object and add little of their own ("conduct air strikes", "hold talks",
 * "maintain good relations"): the noun's doer is the verb's subject, found within this many words before it.
 */
const LIGHT_VERBS = new Set(
  'conduct carry launch hold have make stage mount maintain preserve establish pursue resume deepen strengthen expand build sign reach conclude open begin start provide offer give lend extend impose announce'
    .split(' ')
    .flatMap((verb) => inflections(verb))
    .concat(['has', 'had', 'made', 'held', 'built', 'began', 'begun', 'gave', 'given', 'lent', 'carried']),
);
const LIGHT_VERB_REACH = 6;
const JOINS = /^(?:and|the|both)$/u;

/**
 * The events and ties the sentence's nouns state. `isPerson` tells a person from the rest, for "his" and "its";
 * `classes` is the tagger's word class by offset (a noun the tagger reads as a verb is the verb's, not ours).
 */
export function nominalEvents<P extends Span>(
  tokens: readonly Token[],
  participants: readonly P[],
  classes: ReadonlyMap<number, WordClass>,
  isPerson: (participant: P) => boolean,
): NominalFinding<P>[] {
  const findings: NominalFinding<P>[] = [];
  const words = tokens.map((token) => token.word);
  for (let at = 0; at < tokens.length; at++) {
    const noun = EVENT_NOUNS.get(words[at]!);
    if (noun === undefined || inMentionOf(participants, at) || classes.get(tokens[at]!.start) === 'verb') continue;
    const owners = ownersOf(at, tokens, participants, isPerson);
    const receivers = receiversOf(at, noun, words, participants, classes, tokens);
    const add = (from: P, to: P, extra: number[] = []) => {
      if (from.key === to.key) return;
      const [source, target] = noun.reversed ? [to, from] : [from, to];
      findings.push({
        code: noun.code,
        from: source,
        to: target,
        cueTokens: [...new Set([at, ...extra])].sort((a, b) => a - b),
        noun: at,
      });
    };
    const prep = receivers.prep;
    if (noun.mutual && (receivers.found.length >= 2 || owners.length >= 2)) {
      // "tensions between Israel and Iran", "the Russia-Iran alliance", "Russia and Iran's cooperation".
      const together = receivers.found.length >= 2 ? receivers.found : owners;
      for (let i = 0; i < together.length; i++)
        for (let j = i + 1; j < together.length; j++) add(together[i]!, together[j]!, prep === undefined ? [] : [prep]);
      continue;
    }
    const [owner] = owners;
    if (owner !== undefined && receivers.found.length > 0) {
      for (const receiver of receivers.found) add(owner, receiver, prep === undefined ? [] : [prep]);
      continue;
    }
    if (owner === undefined && (noun.relational || noun.mutual)) {
      // "Russia and Israel are neither allies nor partners", "Russia is the main ally of Assad": a copula's subjects.
      const copula = [at - 1, at - 2, at - 3].find((position) => position >= 0 && COPULAS.test(words[position]!));
      if (copula === undefined) continue;
      const subjects = ownersOf(copula, tokens, participants, isPerson);
      if (receivers.found.length > 0 && subjects.length > 0) {
        for (const subject of subjects)
          for (const receiver of receivers.found)
            add(subject, receiver, prep === undefined ? [copula] : [copula, prep]);
        continue;
      }
      for (let i = 0; i < subjects.length; i++)
        for (let j = i + 1; j < subjects.length; j++) add(subjects[j]!, subjects[i]!, [copula]);
      continue;
    }
    if (!noun.relational || owner === undefined) continue;
    // "Iran's ally Hezbollah": the one named right after the noun.
    const apposed = participants.find((p) => p.first === at + 1 || (p.first === at + 2 && words[at + 1] === 'the'));
    if (apposed !== undefined) {
      add(apposed, owner);
      continue;
    }
    // "Israel will remain Washington's major regional ally": the subject before a copula.
    const subject = copularSubject(owner, words, participants);
    if (subject !== undefined) add(subject.participant, owner, [subject.copula]);
  }
  return findings;
}

/** The noun's owners: the mention just before it (with modifiers between), or the ones it lists ("Russia and Iran's"). */
function ownersOf<P extends Span>(
  at: number,
  tokens: readonly Token[],
  participants: readonly P[],
  isPerson: (participant: P) => boolean,
): P[] {
  for (let back = 1; back <= MODIFIER_REACH + 1 && at - back >= 0; back++) {
    const position = at - back;
    const owner = participants.find((p) => p.last === position);
    if (owner !== undefined) {
      const owners = [owner];
      // "Russia and Iran's", "the Russia-Iran alliance" (two mentions in one word).
      for (const other of [...participants].reverse()) {
        const nearest = owners.at(-1)!;
        if (other.last >= nearest.first && other !== nearest && other.first === nearest.first) owners.push(other);
        else if (
          other.last < nearest.first &&
          tokens.slice(other.last + 1, nearest.first).every((token) => JOINS.test(token.word))
        )
          owners.push(other);
      }
      return owners;
    }
    const word = tokens[position]!.word;
    if (POSSESSIVE_PRONOUNS.test(word)) {
      // "his fourth meeting with Putin": the nearest person before it for his/her, the nearest other for its/their.
      const person = word === 'his' || word === 'her';
      const before = participants.filter((p) => p.last < position && isPerson(p) === person);
      return before.length > 0 ? [before.at(-1)!] : [];
    }
    if (LIGHT_VERBS.has(word)) {
      // "Israel would conduct air strikes on", "Iran held talks with": the doer is the light verb's subject.
      const subject = participants.filter((p) => p.last < position && position - p.last <= LIGHT_VERB_REACH).at(-1);
      return subject === undefined ? [] : [subject];
    }
    // An owner stands after the noun phrase's article, not before it: "during a 2007 visit" has none.
    if (NOT_MODIFIER.test(word) || PHRASE_STARTS.test(word)) return [];
  }
  return [];
}

/** The receivers after the noun's preposition: one, or the list after "between". */
function receiversOf<P extends Span>(
  at: number,
  noun: EventNoun,
  words: readonly string[],
  participants: readonly P[],
  classes: ReadonlyMap<number, WordClass>,
  tokens: readonly Token[],
): { prep?: number; found: P[] } {
  const prep = at + 1;
  if (!noun.preps.includes(words[prep] ?? '')) return { found: [] };
  const first = participants.find((p) => p.first > prep && p.first <= prep + RECEIVER_REACH);
  if (first === undefined) return { prep, found: [] };
  // No verb between the preposition and the receiver: "support to Israeli airstrikes" but not "support to stop Israel".
  for (let between = prep + 1; between < first.first; between++)
    if (classes.get(tokens[between]!.start) === 'verb' || inMentionOf(participants, between))
      return { prep, found: [] };
  const found = [first];
  if (words[prep] === 'between' || noun.mutual) {
    for (const next of participants) {
      const last = found.at(-1)!;
      if (next.first <= last.last) continue;
      if (!words.slice(last.last + 1, next.first).every((word) => JOINS.test(word))) break;
      found.push(next);
    }
  }
  return { prep, found };
}

const inMentionOf = (participants: readonly Span[], at: number) =>
  participants.some((p) => p.first <= at && at <= p.last);

/** The participant before a copula that stands right before the owner's noun phrase, within reach. */
function copularSubject<P extends Span>(
  owner: P,
  words: readonly string[],
  participants: readonly P[],
): { participant: P; copula: number } | undefined {
  for (let at = owner.first - 1; at >= Math.max(0, owner.first - 4); at--) {
    if (!COPULAS.test(words[at]!)) continue;
    const subject = participants.filter((p) => p.last < at && at - p.last <= 4).at(-1);
    return subject === undefined ? undefined : { participant: subject, copula: at };
  }
  return undefined;
}
