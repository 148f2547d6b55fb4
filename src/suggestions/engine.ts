// The suggestion engine (issue 23, docs/suggestions.md): from an article's text and a dataset's actors, the actors'
// mentions, proposed new actors, and for each sentence with two actors and an event cue, a candidate relation with
// its quote, direction, certainty, negation, speaker and date. Pure and synchronous: the page runs it in a worker,
// `npm run suggest` in Node. Every step is linear in the text or bounded per sentence, so no input makes it hang.
import { francAll } from 'franc-min';
import { foldForMatching, type FoldedText } from '../domain/quotes';
import { findForecastCues } from '../domain/forecastCues';
import { findHedgeCues } from '../domain/hedges';
import { paragraphFrames, type ReportingFrame } from '../domain/reportingFrames';
import { relationVocabulary, type RelationTypeInfo } from '../domain/relationTypes';
import { paragraphsOf, sentencesIn, type TextRange } from '../domain/sentences';
import { selectorForPassage } from '../curation/passageSelector';
import { inflections } from './inflections';
import { bestPattern, eventOf, verbAt, type EventCode } from './lexicon';
import {
  ActorIndex,
  entityMentions,
  knownMentions,
  hasUnknownName,
  STATE_NAMES,
  compoundTie,
  splitCompounds,
  tokensOf,
  type EntityFinding,
  type Token,
  type WordClass,
} from './mentions';
import { sentenceDate } from './sentenceDate';
import { lightVerbOfNoun, nominalEvents } from './nominal';
import type { ActorKind } from '../domain/model';
import type {
  ActorMention,
  Certainty,
  ProposedActor,
  SuggestInput,
  Suggestion,
  SuggestionEnd,
  SuggestionRule,
  SuggestNotice,
  SuggestResult,
} from './types';

/** A sentence of more words is not read for relations (a notice says so); its actors are still marked. */
export const MAX_SENTENCE_WORDS = 150;
/** A line (paragraph) longer than this is reported; its sentences are still read, each within the bound above. */
export const MAX_LINE_CHARACTERS = 20_000;
/** The tagger that proposes new actors reads at most this many characters of the text (the start of the article). */
export const MAX_TAGGED_CHARACTERS = 60_000;
/** How far (in words) a cue looks for its actors on either side. */
const REACH = 12;
/** The longest cue phrase a dataset may give, in words. */
const MAX_CUE_WORDS = 5;
/** How many characters the language guess reads. */
const LANGUAGE_SAMPLE = 2_000;

interface Participant {
  key: string;
  mention: ActorMention;
  /** Token indices in the sentence. */
  first: number;
  last: number;
}

interface Cue {
  event: EventCode;
  /** Token indices of the verb. */
  first: number;
  last: number;
  cueTokens: number[];
  passive: boolean;
  rule: SuggestionRule;
  /** Its type reads the same both ways ("cooperates"). */
  undirected: boolean;
}

/** A relation a sentence states, before it becomes a suggestion. */
interface Candidate {
  type: string;
  plover: string;
  from: Participant;
  to: Participant;
  cueTokens: number[];
  rule: SuggestionRule;
  /** Where its cue starts in the text, for the reporting frame around it. */
  at: number;
  certainty: Certainty;
  negated: boolean;
}

/** A candidate before its certainty and negation are read from the sentence. */
type Unjudged = Omit<Candidate, 'certainty' | 'negated'>;

/** Titles of a head of state or government, and of those who serve a state ("Russian President Vladimir Putin"). */
const HEAD_TITLES =
  /^(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|supreme leader|leader|ruler|head of state)$/u;
const TITLE_WORDS =
  /^(?:former|then|acting|interim|deputy|vice|foreign|defen[cs]e|interior|finance|economy|military|national|security|top|senior|chief|of|staff|the|president|prime|minister|premier|chancellor|king|queen|emir|sultan|supreme|leader|ruler|general|major|lieutenant|colonel|admiral|commander|secretary|adviser|advisor|ambassador|envoy|spokesman|spokeswoman|spokesperson|official|head|director|ayatollah|state|mr|mrs|ms|dr|gen)$/u;

/**
 * Ties a title states: a state (by name, possessive or demonym) followed by title words and a person — "Israeli Prime
 * Minister Naftali Bennett" (leads), "Iran's military chief of staff General Mohammad Bagheri" (member-of). These
 * have no event code: PLOVER codes events, not ties.
 */
function titleTies(
  tokens: readonly Token[],
  participants: readonly Participant[],
  kindOf: (mention: ActorMention) => ActorKind | undefined,
): Unjudged[] {
  const ties: Unjudged[] = [];
  for (const [index, state] of participants.entries()) {
    const person = participants[index + 1];
    if (person === undefined || kindOf(state.mention) !== 'state' || kindOf(person.mention) !== 'person') continue;
    const between = tokens.slice(state.last + 1, person.first);
    if (between.length === 0 || between.length > 6 || !between.every((token) => TITLE_WORDS.test(token.word))) continue;
    const title = between.map((token) => token.word).join(' ');
    const heads = between.some(
      (token, at) => HEAD_TITLES.test(token.word) || HEAD_TITLES.test(`${token.word} ${between[at + 1]?.word ?? ''}`),
    );
    const deputy = /\b(?:deputy|vice)\b/u.test(title);
    ties.push({
      type: heads && !deputy ? 'leads' : 'member-of',
      plover: '',
      from: person,
      to: state,
      cueTokens: range(state.last + 1, person.first),
      rule: 'title',
      at: tokens[state.first]!.start,
    });
  }
  return ties;
}

/**
 * Verbs that report or frame what someone says or thinks: the reporting frame gives the speaker (attributedTo), the
 * words reported give the relation. PETRARCH2's patterns code some of them ("said … understanding"); here they are no
 * cue. "according" is the lexicon's "accord".
 */
const REPORTING = new Set(
  'say tell write explain note add state claim believe think suggest predict conclude argue insist report accord describe see view consider regard go point emphasize emphasise stress observe remark reply respond recall estimate acknowledge admit maintain contend assert'.split(
    ' ',
  ),
);

/** Event types two joint subjects share with one another ("X and Y met", "X and Y agreed"). */
const MUTUAL = new Set(['CONSULT', 'AGREE']);

const FORCES =
  /^(?:troops|forces|soldiers|positions|bases?|military|militias?|fighters|personnel|presence|units|garrisons?|contingents?|advisers|advisors|targets|assets)$/u;

/**
 * A force's presence a phrase states: a state or armed group, words naming its forces, then "in" and a state or place
 * — "Russian troops in Syria", "Iranian positions in Syria" (deploys-in, which has no event code either).
 */
function presenceTies(
  tokens: readonly Token[],
  participants: readonly Participant[],
  kindOf: (mention: ActorMention) => ActorKind | undefined,
): Unjudged[] {
  const ties: Unjudged[] = [];
  for (const [index, force] of participants.entries()) {
    const place = participants[index + 1];
    const forceKind = kindOf(force.mention);
    const placeKind = kindOf(place?.mention ?? force.mention);
    // "its positions in Israel's neighbourhood": the place is what the possessive owns, not the state.
    if (place === undefined || (forceKind !== 'state' && forceKind !== 'armed-group') || tokens[place.last]?.possessive)
      continue;
    if (placeKind !== 'state' && placeKind !== 'place') continue;
    const between = tokens.slice(force.last + 1, place.first).map((token) => token.word);
    if (between.length < 2 || between.length > 6 || !/^(?:in|inside|into|across)$/u.test(between.at(-1)!)) continue;
    const noun = between.findIndex((word) => FORCES.test(word));
    if (noun < 0) continue;
    ties.push({
      type: 'deploys-in',
      plover: '',
      from: force,
      to: place,
      cueTokens: [force.last + 1 + noun, place.first - 1],
      rule: 'presence',
      at: tokens[force.last + 1]!.start,
    });
  }
  return ties;
}

/** "Iran-backed militias", "Saudi-led coalition": the name itself says who backs or leads what it names. */
function compoundTies(tokens: readonly Token[], participants: readonly Participant[], index: ActorIndex): Unjudged[] {
  const ties: Unjudged[] = [];
  for (const participant of participants) {
    const tie = compoundTie(participant.mention, index);
    if (tie === null) continue;
    const { mention } = participant;
    // "Iran" of "Iran-backed militias": the words before the first hyphen.
    const part = /^[^-–]+/u.exec(mention.text)?.[0] ?? mention.text;
    const backer: Participant = {
      ...participant,
      key: tie.actorId !== undefined ? `actor:${tie.actorId}` : `proposal:${tie.proposalKey}`,
      mention: {
        start: mention.start,
        end: mention.start + part.length,
        text: part,
        ...(tie.actorId !== undefined && { actorId: tie.actorId }),
        ...(tie.proposalKey !== undefined && { proposalKey: tie.proposalKey }),
        via: 'demonym',
      },
    };
    ties.push({
      type: tie.type,
      plover: tie.type === 'supports' ? 'AID' : '',
      from: backer,
      to: participant,
      cueTokens: [participant.first],
      rule: 'compound',
      at: tokens[participant.first]!.start,
    });
  }
  return ties;
}

/** Verbs after which a form in -ing is the event itself, whatever the tagger says: "keep striking", "began shelling". */
const ASPECTUAL =
  /^(?:keep|keeps|kept|keeping|continue|continues|continued|continuing|start|starts|started|begin|begins|began|stop|stops|stopped|resume|resumed)$/u;

const DETERMINERS = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|any|no|every|each)$/u;
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'got', 'get', 'gets']);
const NEGATION_WINDOW = 4;
const HEDGE_WINDOW = 6;

/** The language of the text when it is clearly not English (ISO 639-3, as franc gives it), else undefined. */
function notEnglish(text: string, declared: string | undefined): string | undefined {
  if (declared !== undefined && declared.trim() !== '')
    return /^en(?:-|$)/iu.test(declared.trim()) ? undefined : declared.trim();
  const sample = text.slice(0, LANGUAGE_SAMPLE);
  if (sample.replace(/[^\p{L}]/gu, '').length < 80) return undefined;
  const [best] = francAll(sample, { minLength: 80 });
  if (best === undefined || best[0] === 'und' || best[0] === 'eng') return undefined;
  // A close second English guess (names, short texts) is no reason to refuse.
  const english = francAll(sample, { minLength: 80 }).find(([code]) => code === 'eng')?.[1] ?? 0;
  return english > 0.9 ? undefined : best[0];
}

/** The dataset's own cue phrases ("trade with"), inflected on their first word: phrase → relation type. */
function customCues(types: readonly RelationTypeInfo[] | undefined): Map<string, RelationTypeInfo> {
  const cues = new Map<string, RelationTypeInfo>();
  for (const type of types ?? [])
    for (const cue of type.cues ?? []) {
      const words = tokensOf(cue).map((token) => token.word);
      const [head, ...rest] = words;
      if (head === undefined || words.length > MAX_CUE_WORDS) continue;
      // The first word is inflected as a verb ("balance between" → "balanced between"); a noun phrase's extra forms
      // ("tacits approval") match nothing.
      for (const form of inflections(head)) cues.set([form, ...rest].join(' '), type);
    }
  return cues;
}

export function suggestRelations(input: SuggestInput): SuggestResult {
  const { text } = input;
  const notices: SuggestNotice[] = [];
  if (text.trim() === '')
    return { mentions: [], proposedActors: [], suggestions: [], notices: [{ code: 'empty-text' }] };

  const language = notEnglish(text, input.language);
  const english = language === undefined;
  if (!english) notices.push({ code: 'not-english', language });

  const index = new ActorIndex(input.dataset.actors);
  const vocabulary = relationVocabulary(input.dataset.relationTypes as readonly RelationTypeInfo[] | undefined);
  const ownCues = customCues(input.dataset.relationTypes as readonly RelationTypeInfo[] | undefined);
  const actorNames = new Map(input.dataset.actors.map((actor) => [actor.id, actor.name]));
  const actorKinds = new Map(input.dataset.actors.map((actor) => [actor.id, actor.kind]));
  const kindOf = (mention: ActorMention): ActorKind | undefined =>
    mention.actorId !== undefined ? actorKinds.get(mention.actorId) : proposals.get(mention.proposalKey ?? '')?.kind;
  const existing = new Map<string, string>();
  for (const relation of input.dataset.relations) {
    const type = vocabulary.get(relation.type);
    existing.set(`${relation.type}|${relation.source}|${relation.target}`, relation.id);
    if (type && !type.directed) existing.set(`${relation.type}|${relation.target}|${relation.source}`, relation.id);
  }

  const mentions: ActorMention[] = [];
  const proposals = new Map<string, ProposedActor>();
  const suggestions: Suggestion[] = [];
  const seen = new Set<string>();
  let folded: FoldedText | null = null;
  let tagged = 0;
  const wordClasses = new Map<number, WordClass>();

  const lines: TextRange[] = [];
  const lineOf = paragraphsOf(text);
  for (let start = 0; start <= text.length;) {
    const line = lineOf(start);
    lines.push(line);
    start = line.end + 1;
  }

  for (const line of lines) {
    if (line.end - line.start > MAX_LINE_CHARACTERS)
      notices.push({ code: 'line-too-long', start: line.start, end: line.end });
    if (text.slice(line.start, line.end).trim() === '') continue;
    const lineTokens = tokensOf(text, line.start, line.end);
    const known = knownMentions(text, lineTokens, index);
    // Proposed actors: only in English, within the tagger's budget and in lines of sensible length.
    const finding: EntityFinding = { mentions: [], proposals, classes: wordClasses };
    if (english && line.end - line.start <= MAX_LINE_CHARACTERS && tagged < MAX_TAGGED_CHARACTERS) {
      tagged += line.end - line.start;
      const covered = (start: number, end: number) =>
        known.some((mention) => mention.start < end && start < mention.end);
      // The tagger also tells a verb from a noun ("forces", "targets", "deal"), so a line with two actors is read by
      // it even when every name in it is known.
      if (known.length >= 2 || hasUnknownName(lineTokens, covered)) entityMentions(text, line, covered, finding);
    }
    const lineMentions = splitCompounds(
      text,
      [...known, ...(english ? finding.mentions : [])].sort((a, b) => a.start - b.start),
      index,
      proposals,
    );
    // The demonym table's states a line names are proposals too when the dataset lacks them.
    for (const mention of known) {
      if (mention.proposalKey === undefined) continue;
      const proposal = proposals.get(mention.proposalKey);
      if (proposal) proposal.mentions++;
      else {
        const name = STATE_NAMES.get(mention.proposalKey);
        if (name !== undefined)
          proposals.set(mention.proposalKey, { key: mention.proposalKey, name, kind: 'state', mentions: 1 });
      }
    }
    mentions.push(...(english ? lineMentions : known.filter((mention) => mention.actorId !== undefined)));
    if (!english || (lineMentions.length < 2 && !lineMentions.some((mention) => compoundTie(mention, index)))) continue;

    let frames: ReportingFrame[] | null = null;
    for (const sentence of sentencesIn(text, line)) {
      const tokens = lineTokens.filter((token) => token.start >= sentence.start && token.end <= sentence.end);
      if (tokens.length > MAX_SENTENCE_WORDS) {
        notices.push({ code: 'sentence-too-long', start: sentence.start, end: sentence.end, words: tokens.length });
        continue;
      }
      const participants = participantsOf(tokens, lineMentions, sentence);
      const compounds = compoundTies(tokens, participants, index);
      if (new Set(participants.map((participant) => participant.key)).size < 2 && compounds.length === 0) continue;
      const titles = titleTies(tokens, participants, kindOf);
      const ties = [...titles, ...presenceTies(tokens, participants, kindOf), ...compounds];
      // "Russian President Vladimir Putin", "Iranian Ayatollah Ali Khamenei": the state is the title's or the
      // person's, not an actor of the sentence's events.
      const actors = participants.filter(
        (participant, at) =>
          !titles.some((tie) => tie.to === participant) &&
          !(
            participant.mention.via === 'demonym' &&
            participants[at + 1]?.first === participant.last + 1 &&
            kindOf(participants[at + 1]!.mention) === 'person'
          ),
      );
      const cues =
        new Set(actors.map((participant) => participant.key)).size < 2
          ? []
          : cuesOf(tokens, actors, vocabulary, ownCues, wordClasses);
      const nouns = nominalCandidates(tokens, actors, wordClasses, vocabulary, kindOf);
      if (cues.length === 0 && ties.length === 0 && nouns.length === 0) continue;
      frames ??= paragraphFrames(text, line);
      folded ??= foldForMatching(text);
      const quoteRange = trimmed(text, sentence);
      const selector = selectorForPassage(text, quoteRange.start, quoteRange.end, folded);
      const sentenceText = text.slice(quoteRange.start, quoteRange.end);
      const judgement = judgementCues(sentenceText, quoteRange.start);
      const date = sentenceDate(sentenceText);
      const candidates: Candidate[] = ties.map((tie) => ({ ...tie, certainty: 'certain', negated: false }));
      for (const { noun, ...candidate } of nouns)
        candidates.push({ ...candidate, ...judge(judgement, tokens, { first: noun, last: noun }, candidate.from) });
      let previousSource: Participant | undefined;
      for (const [cueIndex, cue] of cues.entries()) {
        const pairs = endsOf(cue, cues[cueIndex - 1], previousSource, actors, tokens, (at) =>
          isVerbAt(wordClasses, tokens, at),
        );
        previousSource = pairs[0]?.[0];
        for (const [source, target, rule] of pairs) {
          const [from, to] = cue.event.reversed ? [target, source] : [source, target];
          candidates.push({
            type: cue.event.type,
            plover: cue.event.plover,
            from,
            to,
            cueTokens: cue.cueTokens,
            rule: cue.passive ? 'passive-by' : rule,
            at: tokens[cue.first]!.start,
            ...judge(judgement, tokens, cue, from),
          });
        }
      }
      for (const candidate of candidates) {
        const { from, to } = candidate;
        if (from.key === to.key) continue;
        const key = `${quoteRange.start}:${candidate.type}:${from.key}>${to.key}`;
        // An undirected type says the same read either way: one suggestion.
        const undirected = vocabulary.get(candidate.type)?.directed === false;
        if (seen.has(key) || (undirected && seen.has(`${quoteRange.start}:${candidate.type}:${to.key}>${from.key}`)))
          continue;
        seen.add(key);
        const { certainty, negated } = candidate;
        const speaker = speakerOf(frames, candidate.at, index);
        const fromId = from.mention.actorId;
        const toId = to.mention.actorId;
        const evidenceOf =
          fromId !== undefined && toId !== undefined ? existing.get(`${candidate.type}|${fromId}|${toId}`) : undefined;
        suggestions.push({
          key,
          type: candidate.type,
          plover: candidate.plover,
          source: end(from, actorNames, proposals),
          target: end(to, actorNames, proposals),
          quote: selector.kind === 'empty' ? sentenceText : selector.selector.quote,
          ...(selector.kind !== 'empty' &&
            selector.selector.prefix !== undefined && { prefix: selector.selector.prefix }),
          ...(selector.kind !== 'empty' &&
            selector.selector.suffix !== undefined && { suffix: selector.selector.suffix }),
          sentence: quoteRange,
          certainty,
          negated,
          ...(speaker !== undefined && speaker !== fromId && { attributedTo: speaker }),
          ...(date !== undefined && { date }),
          cues: candidate.cueTokens.map((at) => tokens[at]!.raw),
          rule: candidate.rule,
          ...(evidenceOf !== undefined && { addsEvidenceTo: evidenceOf }),
        });
      }
    }
  }

  return {
    mentions,
    proposedActors: [...proposals.values()].filter((proposal) => proposal.mentions > 0),
    suggestions,
    notices,
  };
}

/** The sentence's nominal events as candidates ("Israeli airstrikes on Syria"), their codes read as a verb's are. */
function nominalCandidates(
  tokens: readonly Token[],
  actors: readonly Participant[],
  classes: ReadonlyMap<number, WordClass>,
  vocabulary: ReadonlyMap<string, RelationTypeInfo>,
  kindOf: (mention: ActorMention) => ActorKind | undefined,
): (Unjudged & { noun: number })[] {
  const candidates: (Unjudged & { noun: number })[] = [];
  for (const finding of nominalEvents(tokens, actors, classes, (p) => kindOf(p.mention) === 'person')) {
    const event =
      'cameo' in finding.code
        ? eventOf(finding.code.cameo, vocabulary)
        : vocabulary.has(finding.code.type)
          ? { type: finding.code.type, plover: vocabulary.get(finding.code.type)?.plover ?? '', reversed: false }
          : null;
    if (!event) continue;
    const [from, to] = event.reversed ? [finding.to, finding.from] : [finding.from, finding.to];
    candidates.push({
      type: event.type,
      plover: event.plover,
      from,
      to,
      cueTokens: finding.cueTokens,
      rule: 'noun',
      at: tokens[finding.noun]!.start,
      noun: finding.noun,
    });
  }
  return candidates;
}

function trimmed(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

function end(
  participant: Participant,
  names: ReadonlyMap<string, string>,
  proposals: ReadonlyMap<string, ProposedActor>,
): SuggestionEnd {
  const { mention } = participant;
  if (mention.actorId !== undefined)
    return { id: mention.actorId, name: names.get(mention.actorId) ?? mention.text, mention: mention.text };
  return { name: proposals.get(mention.proposalKey ?? '')?.name ?? mention.text, mention: mention.text };
}

/** The sentence's mentions with the token indices they span. */
function participantsOf(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  sentence: TextRange,
): Participant[] {
  const participants: Participant[] = [];
  for (const mention of mentions) {
    if (mention.start < sentence.start || mention.end > sentence.end) continue;
    const first = tokens.findIndex((token) => token.end > mention.start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < mention.end) last++;
    if (first < 0) continue;
    const key = mention.actorId !== undefined ? `actor:${mention.actorId}` : `proposal:${mention.proposalKey}`;
    participants.push({ key, mention, first, last });
  }
  return participants;
}

/** The sentence's event cues, left to right: verbs of the lexicon (refined by their patterns) or the dataset's own. */
function cuesOf(
  tokens: readonly Token[],
  participants: readonly Participant[],
  vocabulary: ReadonlyMap<string, RelationTypeInfo>,
  ownCues: ReadonlyMap<string, RelationTypeInfo>,
  classes: ReadonlyMap<number, WordClass>,
): Cue[] {
  const words = tokens.map((token) => token.word);
  const inMention = new Set<number>();
  for (const participant of participants)
    for (let at = participant.first; at <= participant.last; at++) inMention.add(at);
  const cues: Cue[] = [];
  for (let at = 0; at < tokens.length; at++) {
    if (inMention.has(at)) continue;
    const passive = isPassive(words, at);
    // The dataset's own cue phrases come first, longest first.
    let own: { type: RelationTypeInfo; length: number } | null = null;
    for (let length = MAX_CUE_WORDS; length >= 1 && own === null; length--) {
      const type = ownCues.get(words.slice(at, at + length).join(' '));
      if (type) own = { type, length };
    }
    if (own) {
      cues.push({
        event: { cameo: '', plover: own.type.plover ?? '', type: own.type.id, reversed: false },
        first: at,
        last: at + own.length - 1,
        cueTokens: range(at, at + own.length),
        passive,
        rule: 'dataset-cue',
        undirected: !own.type.directed,
      });
      at += own.length - 1;
      continue;
    }
    const verb = verbAt(words, at);
    if (!verb || REPORTING.has(verb.lemma)) continue;
    const before = words[at - 1];
    // "conduct air strikes", "held talks with": the event is the noun's (nominal.ts).
    if (lightVerbOfNoun(words, at)) continue;
    // "keep striking", "began shelling": the event is the second verb's.
    if (ASPECTUAL.test(words[at]!) && words[at + 1]?.endsWith('ing')) continue;
    // The tagger read the word as something other than a verb: "Russian forces", "Iranian influence", "a deal".
    const wordClass = classes.get(tokens[at]!.start);
    if (
      wordClass !== undefined &&
      wordClass !== 'verb' &&
      !(words[at]!.endsWith('ing') && ASPECTUAL.test(before ?? ''))
    )
      continue;
    // Untagged, a noun after an article or a possessive ("the attack", "its strikes") is not the verb the lexicon
    // lists; tagged, the tagger has read "the countries that negotiated" as the verb it is.
    if (wordClass === undefined && (tokens[at - 1]?.possessive || (before !== undefined && DETERMINERS.test(before))))
      continue;
    const lastVerb = at + verb.length - 1;
    const pattern = bestPattern(words, verb.lemma, at, lastVerb + 1);
    const event = eventOf(pattern?.code || verb.code, vocabulary);
    if (!event) {
      at = lastVerb;
      continue;
    }
    cues.push({
      event,
      first: at,
      last: lastVerb,
      cueTokens: [...new Set([...range(at, lastVerb + 1), ...(pattern?.tokens ?? [])])].sort((a, b) => a - b),
      passive,
      rule: pattern ? 'verb-pattern' : 'active-verb',
      undirected: vocabulary.get(event.type)?.directed === false,
    });
    at = lastVerb;
  }
  return cues;
}

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, offset) => from + offset);

/** "was attacked", "were being shelled", "has been struck": a form of "be" within two words before a past form. */
function isPassive(words: readonly string[], at: number): boolean {
  const word = words[at] ?? '';
  if (word.endsWith('ing') || word.endsWith('s')) return false;
  for (let back = 1; back <= 3; back++) {
    const before = words[at - back];
    if (before === undefined) return false;
    if (BE.has(before)) return back === 1 || !/^(?:to|that|and|but)$/u.test(words[at - 1] ?? '');
    if (!/ly$|^(?:not|never|also|reportedly|allegedly|being|been)$/u.test(before)) return false;
  }
  return false;
}

/** Words that may join the members of a list of actors: "X, Y and Z", "X and the government of Y". */
const LIST_JOINS = /^(?:and|or|the|as well as|and the|, and|and also|both)?$/u;

/**
 * The run of participants that form a list with the first (direction 1, reading on) or the last (direction -1,
 * reading back) of `candidates`: each joined to the next only by "and", "the" or a comma.
 */
function chain(
  candidates: readonly Participant[],
  words: readonly string[],
  direction: 1 | -1,
  isVerb?: (at: number) => boolean,
): Participant[] {
  const ordered = direction === 1 ? candidates : [...candidates].reverse();
  const run: Participant[] = [];
  for (const participant of ordered) {
    const last = run.at(-1);
    if (last !== undefined) {
      const [left, right] = direction === 1 ? [last, participant] : [participant, last];
      const between = words.slice(left.last + 1, right.first);
      // With the tagger's word classes, objects with their own words join too: "Iranian positions in Syria, as well
      // as Hamas sites" — when no verb stands between and the words end in a conjunction.
      const loose =
        isVerb !== undefined &&
        between.length <= LOOSE_JOIN_WORDS &&
        OBJECT_JOIN.test(between.join(' ')) &&
        !between.some((_, offset) => isVerb(left.last + 1 + offset));
      if (!LIST_JOINS.test(between.join(' ')) && !loose) break;
    }
    run.push(participant);
  }
  return run;
}

const LOOSE_JOIN_WORDS = 8;
const OBJECT_JOIN = /(?:^|\s)(?:and|or|as well as|and also)(?: the)?$/u;

/** Whether the tagger read token `at` as a verb. */
const isVerbAt = (classes: ReadonlyMap<number, WordClass>, tokens: readonly Token[], at: number) =>
  classes.get(tokens[at]?.start ?? -1) === 'verb';

const PRONOUN_SUBJECT = /^(?:he|she|they|it|we)$/u;
const AUXILIARIES =
  /^(?:has|have|had|will|would|did|does|do|was|were|is|are|can|could|also|then|later|not|never|reportedly)$/u;

/** The word before a verb, past its auxiliaries and adverbs ("he has also met" → "he"). */
function subjectWords(words: readonly string[], at: number): string {
  let back = at - 1;
  while (back >= 0 && (AUXILIARIES.test(words[back]!) || words[back]!.endsWith('ly'))) back--;
  return words[back] ?? '';
}

const LOCATIVE = /^(?:in|at|near|inside|within|over|across|throughout)$/u;

/** "in Syria", "in the Syrian Arab Republic": the participant follows a preposition of place (and an article). */
function afterPlacePreposition(words: readonly string[], participant: Participant): boolean {
  const before = words[participant.first - 1] ?? '';
  return LOCATIVE.test(before) || (/^(?:the|a|an)$/u.test(before) && LOCATIVE.test(words[participant.first - 2] ?? ''));
}
const CLAUSE_JOIN = /^(?:and|but|while|whereas|as|when|after|before|because|since|although|though)$/u;
const DISCUSS = /^(?:discuss|discusses|discussed|discussing|debate|debated|debates|debating)$/u;

/** "Russian, Israeli and American experts will discuss": every pair of joint subjects, both ways. */
function amongThemselves(joint: readonly Participant[]): [Participant, Participant, SuggestionRule][] {
  const pairs: [Participant, Participant, SuggestionRule][] = [];
  for (const one of joint) for (const other of joint) if (one !== other) pairs.push([other, one, 'joint-subject']);
  return pairs;
}

/** The last run of two or more participants joined as a list before token `at`, nearest first; else none. */
function lastGroup(participants: readonly Participant[], at: number, words: readonly string[]): Participant[] {
  const before = participants.filter((p) => p.last < at);
  for (let end = before.length; end >= 2; end--) {
    const run = chain(before.slice(0, end), words, -1);
    if (new Set(run.map((p) => p.key)).size >= 2) return run;
  }
  return [];
}

/** The pairs a cue relates: [source, target, rule]. */
function endsOf(
  cue: Cue,
  previous: Cue | undefined,
  previousSource: Participant | undefined,
  participants: readonly Participant[],
  tokens: readonly Token[],
  isVerb: (at: number) => boolean,
): [Participant, Participant, SuggestionRule][] {
  const words = tokens.map((token) => token.word);
  // Before: after the previous cue (its clause ends there), within reach. After: up to the next words of reach.
  // A previous cue that found no subject ("is expected to keep striking") does not end the clause.
  const floor = Math.max(previous && previousSource ? previous.last + 1 : 0, cue.first - REACH);
  const ceiling = cue.last + REACH;
  const before = participants.filter((p) => p.last < cue.first && p.first >= floor);
  const after = participants.filter((p) => p.first > cue.last && p.first <= ceiling);
  if (cue.passive) {
    const by = words.findIndex((word, at) => at > cue.last && at <= ceiling && word === 'by');
    const agent = by < 0 ? undefined : after.find((p) => p.first > by);
    const patient = before.at(-1) ?? (by < 0 ? after[0] : after.find((p) => p.first < by));
    return agent && patient ? [[agent, patient, 'passive-by']] : [];
  }
  // A clause that shares the previous cue's subject: "X attacked Y and shelled Z", "X visited Y and met Z": what
  // stands between the two cues is the previous one's object, and "and" joins the verbs.
  const joined =
    previous !== undefined &&
    /(?:^|\s)(?:and|but|then)(?: also| later| then)?(?: does| did| do| will| would| has| have| had| can| could)?(?: not| never)?$/u.test(
      words.slice((before.at(-1)?.last ?? previous.last) + 1, cue.first).join(' '),
    );
  // "Bagheri visited Moscow where he met …": a pronoun just before the verb is the previous cue's subject.
  const pronoun = previousSource !== undefined && PRONOUN_SUBJECT.test(subjectWords(words, cue.first));
  // "the Russia-Iran alliance in Syria — where they are supporting …": "they" is the last group named before.
  const they = subjectWords(words, cue.first) === 'they' ? lastGroup(participants, cue.first, words) : [];
  // A place after "in" ("chooses its targets in the Syrian Arab Republic, and has established …") is no subject.
  const subjects = before.filter((p) => !afterPlacePreposition(words, p));
  const subject = they[0] ?? ((joined || pronoun) && previousSource !== undefined ? undefined : subjects.at(-1));
  const inherited = subject === undefined ? previousSource : undefined;
  const source = subject ?? inherited;
  // "met in Geneva", "fought at Kursk": a place after a preposition of place is where, not whom; and what is
  // discussed ("discussed Iran's nuclear programme") is the subject matter, not someone met.
  const objects = after.filter(
    (p) =>
      p.key !== source?.key &&
      !afterPlacePreposition(words, p) &&
      !(DISCUSS.test(words[cue.first] ?? '') && tokens[p.last]?.possessive === true) &&
      // "increased its positions in Syria, and Putin had …": an actor right before a verb begins a clause of its own.
      !(CLAUSE_JOIN.test(words[p.first - 1] ?? '') && isVerb(p.last + 1)),
  );
  const pairs: [Participant, Participant, SuggestionRule][] = [];
  if (source === undefined) return pairs;
  // Joint subjects: "Bosnia and Slovenia agreed", "Mordor, Rohan, Fornost and Bree welcomed …".
  const partners =
    they.length > 0
      ? they.slice(1)
      : chain(
          before.filter((p) => p.last <= source.last),
          words,
          -1,
        ).filter((p) => p.key !== source.key && !afterPlacePreposition(words, p));
  const target = objects[0];
  if (target) {
    pairs.push([source, target, subject ? 'active-verb' : 'shared-subject']);
    // Joint objects: "condemned Israel and the US", "ties with Mordor, Rohan and Bree".
    const targets = [target, ...chain(objects, words, 1, isVerb).filter((p) => p !== target && p.key !== target.key)];
    for (const other of targets.slice(1)) pairs.push([source, other, 'joint-object']);
    for (const partner of partners) for (const each of targets) pairs.push([partner, each, 'joint-subject']);
    // "Putin and Bennett discussed Iran's programme": those who meet or agree together do so with one another.
    if (MUTUAL.has(cue.event.plover)) pairs.push(...amongThemselves([source, ...partners]));
  } else if (MUTUAL.has(cue.event.plover) || cue.undirected)
    // "Putin and Bennett met", "Russia and Iran cooperate": with no receiver, joint subjects act with one another;
    // "Syria, and Israel condemned the strike" says nothing between them.
    pairs.push(...amongThemselves([source, ...partners]));
  return pairs.map(([from, to, rule]) => [
    from,
    to,
    cue.rule === 'verb-pattern' || cue.rule === 'dataset-cue' || cue.rule === 'noun' ? cue.rule : rule,
  ]);
}

interface JudgementCue {
  start: number;
  kind: 'negation' | 'probable' | 'possible';
}

/** The sentence's hedge, negation and forecast cues, with offsets in the text. */
function judgementCues(sentence: string, offset: number): JudgementCue[] {
  const cues: JudgementCue[] = findHedgeCues(sentence).map((match) => ({
    start: offset + match.start,
    kind: match.cue.suggests === 'negated' ? 'negation' : match.cue.suggests,
  }));
  for (const match of findForecastCues(sentence)) cues.push({ start: offset + match.start, kind: 'probable' });
  return cues;
}

/** Negated when a negation cue stands within four words before the cue; hedged by a modal or forecast within six. */
function judge(
  cues: readonly JudgementCue[],
  tokens: readonly Token[],
  cue: Pick<Cue, 'first' | 'last'>,
  source: Participant,
): { certainty: Certainty; negated: boolean } {
  const cueStart = tokens[cue.first]!.start;
  const window = (words: number) => tokens[Math.max(source.last + 1, cue.first - words)]?.start ?? cueStart;
  const negationFrom = window(NEGATION_WINDOW);
  const hedgeFrom = window(HEDGE_WINDOW);
  // A negation attached to the verb: "didn't", "won't".
  const cueEnd = tokens[cue.last]!.end;
  let negated = false;
  let certainty: Certainty = 'certain';
  for (const found of cues) {
    if (found.kind === 'negation' && found.start >= negationFrom && found.start <= cueEnd) negated = true;
    if (found.kind !== 'negation' && found.start >= hedgeFrom && found.start < cueStart)
      certainty = found.kind === 'possible' || certainty === 'certain' ? found.kind : certainty;
  }
  const infinitive = infinitiveOf(tokens, cue.first);
  if (infinitive === 'refused') negated = true;
  else if (infinitive === 'unrealised') certainty = 'possible';
  return { certainty, negated };
}

/** Verbs whose "to" infinitive names what did happen ("managed to strike", "continued to strike"). */
const REALISED =
  /^(?:managed|manages|continued|continues|continue|began|begins|begin|started|starts|start|went|kept|resumed|used|proceeded|came|moved)$/u;

const REFUSED = /^(?:refuse|refuses|refused|refusing|decline|declines|declined|declining)$/u;

/**
 * What a verb after "to" (an adverb may stand between: "to directly negotiate") says of its event. "Russia asked
 * Israel to encourage the US", "went to Syria to attack": asked, wanted, planned or meant, not what happened —
 * `unrealised`, unless the verb before says it happened ("continued to strike": `undefined`); "refuses to negotiate":
 * `refused`, the event denied.
 */
function infinitiveOf(tokens: readonly Token[], at: number): 'unrealised' | 'refused' | undefined {
  const to =
    tokens[at - 1]?.word === 'to'
      ? at - 1
      : /ly$/u.test(tokens[at - 1]?.word ?? '') && tokens[at - 2]?.word === 'to'
        ? at - 2
        : -1;
  if (to < 0) return undefined;
  const governing = [tokens[to - 1]?.word ?? '', tokens[to - 2]?.word ?? ''];
  if (governing.some((word) => REFUSED.test(word))) return 'refused';
  return governing.some((word) => REALISED.test(word)) ? undefined : 'unrealised';
}

/** The dataset actor a reporting frame around `at` names as its speaker, if any. */
function speakerOf(frames: readonly ReportingFrame[], at: number, index: ActorIndex): string | undefined {
  for (const frame of frames) {
    if (frame.pronoun || !frame.inside.some((range) => range.start <= at && at < range.end)) continue;
    const tokens = tokensOf(frame.speaker);
    for (let position = 0; position < tokens.length; position++) {
      const match = index.matchAt(tokens, position);
      if (match?.entry.actorId !== undefined) return match.entry.actorId;
    }
  }
  return undefined;
}
