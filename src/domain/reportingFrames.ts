// Reporting frames in a paragraph ("Magen explained that …", "“…,” he wrote", "…, according to X"): who speaks, and
// which stretches of the text the frame puts in their words. Plain patterns of newswire English, no parser.
import { quotationsIn, sentencesIn, sharesWords, type TextRange } from './sentences';

export interface ReportingFrame {
  /** The words that name the speaker, as the text has them ("Zvi Magen", "he", "a former Israeli ambassador"). */
  speaker: string;
  /** The frame's words, for messages: "Magen explained", "according to reports". */
  words: string;
  /** Where the frame's words start in the text (frames sort by it). */
  at: number;
  /** The stretches of text in the speaker's words. */
  inside: TextRange[];
  /** "he" or "she": the speaker is named earlier in the text. */
  pronoun: boolean;
}

const SAY =
  'said|says|say|told|tells|tell|explained|explains|argued|argues|wrote|writes|noted|notes|added|adds|stated|insisted|insists|warned|warns|predicted|predicts|concluded|concludes|claimed|claims|believes|believed|thinks|thought|suggested|suggests|asserted|asserts|maintained|maintains|contended|contends|acknowledged|acknowledges|admitted|admits|announced|announces|declared|declares|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|observed|observes|remarked|remarks|replied|replies|responded|reported|reports|denied|denies|recalled|recalls|cautioned|cautions|conceded|concedes|alleged|alleges|estimated|estimates|point(?:s|ed)?\\s+out';
/** Verbs of perception frame a view only with "as": "a nation that Iran sees as a “cancerous tumor”". */
const PERCEIVE =
  '(?:sees|see|saw|views|viewed|regards|regarded|considers|considered|describes|described)(?=[^.;:]{0,60}?\\bas\\b)';
const PARTICLES =
  '(?:(?:also|further|later|then|once|repeatedly|reportedly|has|have|had|went\\s+on\\s+to|continued\\s+to)\\s+)*';
const FRAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${PARTICLES}(${SAY}|${PERCEIVE})|([Aa]ccording\\s+to))(?![\\p{L}\\p{N}])`,
  'gu',
);
/** Letters every frame holds, as a plain alternation that rules out most paragraphs at once (a few pass in vain). */
const QUICK =
  /sa[iy]|told|tell|expla|argu|wro?te?|note|add|state|insist|warn|predict|conclu|claim|believ|think|thought|suggest|assert|maintain|contend|acknowledg|admit|announc|declar|emphasi|stress|observ|remark|repl|respond|report|deni|recall|caution|conced|alleg|estimat|point|see|saw|view|regard|consider|describ|ccording/;
/** The verbs a postposed frame inverts: "…,” said Israeli Prime Minister." */
const INVERTED = /^(?:said|says|wrote|writes|added|adds|explained|noted|continued|told)$/;
const TELL = /^(?:told|tells|tell)$/;
/**
 * Verbs that also name an act ("announced its policy", "concluded two years of work", "added 2.3 million jobs",
 * "declared war", "wrote the act"): before the words they report only when "that", a colon, a comma or a quotation
 * mark soon follows them.
 */
const ALSO_AN_ACT =
  /^(?:added|adds|concluded|concludes|announced|announces|declared|declares|reported|reports|estimated|estimates|denied|denies|wrote|writes|stated|states|responded|responds|replied|replies|maintained|maintains|claimed|claims)$/;
/** A subordinate clause's frame ("When X told her …, she wept") reports up to the clause's comma. */
const SUBORDINATE = new Set([
  'when',
  'whenever',
  'although',
  'though',
  'if',
  'because',
  'after',
  'before',
  'once',
  'until',
  'unless',
  'since',
]);
const REPORTS_SOON = /^(?:\s+[^\s,;:“”"]+){0,6}?(?:\s+that\b|\s*[:,“”"])/u;
/** Words that open a clause: a subject is the words after the last of them. */
const BOUNDARY_WORDS = new Set(
  'that who which whom whose and but or nor while whereas although though because as if when whenever after before so since where once until unless yet what how why whether'.split(
    ' ',
  ),
);
const BOUNDARY_MARKS = /[,;:(“”"‘[]/u;
const LAST_TOKEN = /([\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*)\s*$/u;
/** After a postposed frame, only a time or place may follow: "…, he said on Tuesday." */
const TRAILING =
  /^(?:\s+(?:at|on|in|during|after|before|from|to|with|last|this|earlier|later|yesterday|today|recently)\b[^,;:“”"]*)?[\s.!?”’"')\]]*$/u;
const STARTS_WITH_CONTRAST = /^\s*(?:(?:But|And|Yet),?\s+)?(?:While|Whereas)\b/u;
const DASH = /[—–]/u;
/** After a noun that looks like a verb ("claims have", "estimates are") or a participle ("estimated at"). */
const NOT_REPORTED = new Set(
  'have has had is are was were will would can could should may might must do does did been at by of about war'.split(
    ' ',
  ),
);
const NOT_A_SUBJECT =
  /^(?:a|an|the|no|any|some|this|that|these|those|his|her|its|their|our|my|your|final|last|first|such|to|is|are|was|were|be|been|being)$/iu;

interface Subject {
  range: TextRange;
  /** What stands right before the subject: the sentence's start, a comma or other mark, or a clause-opening word. */
  before: 'start' | 'mark' | 'word';
  /** The word before the subject when it is one ("and" lets a second verb share the first one's subject). */
  word?: string;
}

function skipSpaceBack(text: string, floor: number, index: number): number {
  while (index > floor && /\s/u.test(text[index - 1] ?? '')) index--;
  return index;
}

/** The subject of a verb starting at `at`: the words back to the clause's start, across a dashed aside. */
function subjectBefore(text: string, sentenceStart: number, at: number): Subject {
  let end = skipSpaceBack(text, sentenceStart, at);
  if (DASH.test(text[end - 1] ?? '')) {
    const opening = text.slice(sentenceStart, end - 1).search(/[—–][^—–]*$/u);
    if (opening >= 0) end = skipSpaceBack(text, sentenceStart, sentenceStart + opening);
  }
  let start = end;
  for (let tokens = 0; ; tokens++) {
    const before = skipSpaceBack(text, sentenceStart, start);
    const range = { start, end };
    if (before === sentenceStart) return { range, before: 'start' };
    const mark = text[before - 1] ?? '';
    if (BOUNDARY_MARKS.test(mark) || DASH.test(mark)) return { range, before: 'mark' };
    const token = tokens < 8 ? LAST_TOKEN.exec(text.slice(Math.max(sentenceStart, before - 60), before)) : null;
    if (!token) return { range, before: 'word' };
    const word = token[1]!.toLowerCase();
    if (BOUNDARY_WORDS.has(word)) return { range, before: 'word', word };
    start = before - token[0].length;
  }
}

const trimmed = (text: string, range: TextRange) => text.slice(range.start, range.end).trim();

/** Where the reported words start after a "told": past "that", or past the one told ("told The Algemeiner"). */
function afterTold(text: string, from: number, sentenceEnd: number): number {
  const rest = text.slice(from, sentenceEnd);
  const that = /^(?:\s+[^\s,;:]+){0,6}?\s+that\b/u.exec(rest);
  if (that) return from + that[0].length;
  const told =
    /^\s+(?:(?:the|The)\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s*)+|^\s+(?:me|us|him|her|them|reporters|journalists|lawmakers|parliament|the\s+press|the\s+(?:newspaper|paper|agency|network|broadcaster|audience|committee))\b/u.exec(
      rest,
    );
  return told ? from + told[0].trimEnd().length : from;
}

function framesInSentence(text: string, sentence: TextRange): ReportingFrame[] {
  const frames: ReportingFrame[] = [];
  FRAME.lastIndex = sentence.start;
  for (let match = FRAME.exec(text); match !== null && match.index < sentence.end; match = FRAME.exec(text)) {
    const at = match.index;
    const end = at + match[0].length;
    const frame =
      match[2] !== undefined
        ? accordingTo(text, sentence, at, end)
        : verbFrame(text, sentence, at, end, match[0].replace(/\s+/gu, ' '), frames);
    if (frame) frames.push(frame);
  }
  return frames;
}

function accordingTo(text: string, sentence: TextRange, at: number, end: number): ReportingFrame | null {
  const rest = text.slice(end, sentence.end);
  const stop = rest.search(/[,;:.!?]|$/u);
  const speakerRange = { start: end, end: end + stop };
  const speaker = trimmed(text, speakerRange);
  if (speaker === '') return null;
  const words = `according to ${speaker}`;
  const pronoun = /^(?:he|she|him|her)$/iu.test(speaker);
  const before = text.slice(sentence.start, at);
  if (/^\s*(?:(?:But|And|Yet|However),?\s*)?$/u.test(before)) {
    return { speaker, words, at, pronoun, inside: [{ start: speakerRange.end, end: sentence.end }] };
  }
  const comma = before.search(/,\s*$/u);
  if (comma < 0) return null;
  const inside = [{ start: sentence.start, end: sentence.start + comma }];
  if (/^,\s*[\p{L}\p{N}“"]/u.test(text.slice(speakerRange.end, sentence.end)))
    inside.push({ start: speakerRange.end + 1, end: sentence.end });
  return { speaker, words, at, pronoun, inside };
}

function verbFrame(
  text: string,
  sentence: TextRange,
  at: number,
  end: number,
  verb: string,
  earlier: readonly ReportingFrame[],
): ReportingFrame | null {
  const verbWord = verb.split(' ').at(-1)!;
  // "a say", "the claims", "Iran's notes": a noun; "it is believed": a passive with no speaker.
  const wordBefore = LAST_TOKEN.exec(text.slice(Math.max(sentence.start, at - 40), at))?.[1];
  if (wordBefore !== undefined && (NOT_A_SUBJECT.test(wordBefore) || /['’]s$/u.test(wordBefore))) return null;
  // "claims have hit", "estimated at", "believes in": a noun, a participle, a faith, not a report.
  const wordAfter = /^\s+([\p{L}'’]+)/u.exec(text.slice(end, end + 30))?.[1]?.toLowerCase();
  if (wordAfter !== undefined && (NOT_REPORTED.has(wordAfter) || (wordAfter === 'in' && /^believ/u.test(verbWord))))
    return null;
  const subject = subjectBefore(text, sentence.start, at);
  // "What Truman said … is true": the sentence speaks of the saying, in its own voice.
  if (subject.word === 'what') return null;
  const speaker = trimmed(text, subject.range);
  if (speaker === '') {
    // "…,” said Israeli Prime Minister at the start of the meeting.
    const mark = /[,”"]\s*$/u.test(text.slice(sentence.start, at));
    if (mark && INVERTED.test(verbWord)) return invertedFrame(text, sentence, at, end, verb);
    // "Magen concluded that … and predicted that …": the second verb shares the first one's speaker.
    const shared = earlier.at(-1);
    if ((subject.word === 'and' || subject.word === 'but') && shared)
      return { ...shared, words: `${shared.speaker} ${verb}`, at, inside: [{ start: end, end: sentence.end }] };
    return null;
  }
  const pronoun = /^(?:he|she)$/iu.test(speaker);
  const words = `${speaker} ${verb}`;
  const from = TELL.test(verbWord) ? afterTold(text, end, sentence.end) : end;
  const rest = text.slice(from, sentence.end);
  if (subject.before === 'mark' && TRAILING.test(rest))
    return {
      speaker,
      words,
      at: subject.range.start,
      pronoun,
      inside: [{ start: sentence.start, end: subject.range.start }],
    };
  if (subject.before === 'mark' && /^\s*,/u.test(rest)) {
    const inside = [
      { start: sentence.start, end: subject.range.start },
      { start: from + rest.indexOf(',') + 1, end: sentence.end },
    ];
    return { speaker, words, at: subject.range.start, pronoun, inside };
  }
  if (subject.before === 'start' && TRAILING.test(rest)) return null;
  if (ALSO_AN_ACT.test(verbWord) && !REPORTS_SOON.test(rest)) return null;
  let content = from + (/^\s*(?:that\b|:)/u.exec(rest)?.[0].length ?? 0);
  // "As Lincoln said, …": the words reported come after the aside.
  if (subject.word === 'as') {
    const aside = /[,—–]/u.exec(text.slice(content, sentence.end));
    if (!aside) return null;
    content += aside.index + 1;
  }
  // What is reported ends with its clause: at a semicolon, and at the comma that closes a subordinate clause.
  let reportedEnd = sentence.end;
  const semicolon = text.slice(content, sentence.end).indexOf(';');
  if (semicolon >= 0) reportedEnd = content + semicolon;
  if (SUBORDINATE.has(subject.word ?? '')) {
    const comma = /,(?![^“”"]*[”"])/u.exec(text.slice(content, reportedEnd));
    if (comma) reportedEnd = content + comma.index;
  }
  // "it best", ".": too few words to be anything the speaker said.
  if ((text.slice(content, reportedEnd).match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) return null;
  const inside = [{ start: content, end: reportedEnd }];
  if (subject.before === 'mark' && STARTS_WITH_CONTRAST.test(text.slice(sentence.start, subject.range.start)))
    inside.unshift({ start: sentence.start, end: subject.range.start });
  return { speaker, words, at: subject.range.start, pronoun, inside };
}

function invertedFrame(
  text: string,
  sentence: TextRange,
  at: number,
  end: number,
  verb: string,
): ReportingFrame | null {
  const rest = text.slice(end, sentence.end);
  const speakerMatch =
    /^\s+([^,.;:!?”"]+?)(?=\s+(?:at|on|in|during|after|before|from|to|with)\b|\s*[,.;:!?”"]|\s*$)/u.exec(rest);
  if (!speakerMatch) return null;
  const speakerEnd = end + speakerMatch[0].length;
  if (!TRAILING.test(text.slice(speakerEnd, sentence.end))) return null;
  const speaker = speakerMatch[1]!.trim();
  const markAt = text.slice(sentence.start, at).search(/[,”"]\s*$/u);
  return {
    speaker,
    words: `${verb} ${speaker}`,
    at,
    pronoun: /^(?:he|she)$/iu.test(speaker),
    inside: [{ start: sentence.start, end: sentence.start + markAt }],
  };
}

/**
 * The frames of a paragraph, each with the stretches in its speaker's words. A quotation a frame reaches is the
 * speaker's whole; a quotation no frame reaches, in a paragraph where another quotation has a frame, continues that
 * speaker's words (“…,” he wrote. “…”).
 */
export function paragraphFrames(text: string, paragraph: TextRange): ReportingFrame[] {
  if (!QUICK.test(text.slice(paragraph.start, paragraph.end))) return [];
  const frames = sentencesIn(text, paragraph).flatMap((sentence) => framesInSentence(text, sentence));
  if (frames.length === 0) return frames;
  const quotations = quotationsIn(text, paragraph);
  if (quotations.length === 0) return frames;
  const framed = new Set<TextRange>();
  for (const frame of frames)
    for (const quotation of quotations)
      if (frame.inside.some((range) => sharesWords(text, range, quotation))) {
        frame.inside.push(quotation);
        framed.add(quotation);
      }
  for (const quotation of quotations) {
    if (framed.has(quotation)) continue;
    const speakerFrame =
      frames.filter((frame) => frame.at < quotation.start && frame.inside.some((range) => framed.has(range))).at(-1) ??
      frames.find((frame) => frame.inside.some((range) => framed.has(range)));
    speakerFrame?.inside.push(quotation);
  }
  return frames;
}
