// The words that date a tie ("former", "ex-", "then-", "since 2019", "until 2021", "left office"): one table, read by
// the undated-tie lint and by the bench that measures it.

/** What the words say about the tie's dates, and so which field the relation needs. */
export type TieDating = 'ended' | 'began' | 'span' | 'held';

export interface TieDatingCue {
  cue: string;
  dating: TieDating;
  /**
   * The words date a post only when one is named by them: "former" qualifies a post noun before any preposition
   * ("former Secretary of War", not "former occasions during the Administration"); "since 2019" follows one closely
   * ("a party since 1948", not "Since 1943, following President …"); "ex-" and "retired" stand right beside one.
   */
  nearPost?: 'qualifies' | 'follows' | 'beside';
  /** Regular-expression source (no capturing groups), matched case-sensitively (months are capitalised). */
  pattern: string;
}

/** "former" → "[Ff]ormer": a word at the start of a sentence or in a title is capitalised. */
const word = (text: string) => `[${text[0]!.toUpperCase()}${text[0]}]${text.slice(1)}`;
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
/** A date a text gives in words: "2019", "June 2016", "October 22, 2021", "early 2020", "last year". */
const WHEN = `(?:(?:early|late|mid|the\\s+end\\s+of|the\\s+start\\s+of|the\\s+spring\\s+of|the\\s+summer\\s+of|the\\s+autumn\\s+of|the\\s+fall\\s+of|the\\s+winter\\s+of)[\\s-]+)?(?:${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?|(?:1[89]|20)\\d{2}|last\\s+(?:year|month|week)|this\\s+year)(?![\\p{L}\\p{N}])`;
const NUMBER = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\p{L}+(?:teen|ty))';

export const TIE_DATING_CUES: readonly TieDatingCue[] = [
  { cue: 'former', dating: 'ended', pattern: `${word('former')}(?:ly)?`, nearPost: 'qualifies' },
  { cue: 'ex-', dating: 'ended', pattern: `${word('ex')}-\\p{L}+`, nearPost: 'beside' },
  { cue: 'erstwhile', dating: 'ended', pattern: `${word('erstwhile')}|${word('one')}-?time` },
  // Not the army's "retired list".
  { cue: 'retired', dating: 'ended', pattern: `${word('retired')}(?!\\s+list)`, nearPost: 'beside' },
  {
    cue: 'left office',
    dating: 'ended',
    pattern:
      '(?:left|leaving)\\s+(?:office|power|the\\s+(?:post|job|government|cabinet))|stepped\\s+down|resigned|(?:was|were)\\s+(?:ousted|deposed|dismissed|removed\\s+from\\s+(?:office|power))',
  },
  {
    cue: 'served … for N years',
    dating: 'ended',
    pattern: `(?<!(?:has|have)\\s+)served\\b[^.;]{0,80}?\\bfor\\s+${NUMBER}\\s+(?:years?|months?|terms?|decades?)`,
  },
  { cue: 'until', dating: 'ended', pattern: `(?:${word('until')}|${word('till')})\\s+${WHEN}`, nearPost: 'follows' },
  {
    cue: 'from … to',
    dating: 'span',
    pattern: `(?:${word('from')}\\s+${WHEN}\\s+(?:to|until|till|through)|${word('between')}\\s+${WHEN}\\s+and)\\s+${WHEN}|(?:1[89]|20)\\d{2}\\s*[-\u2013]\\s*(?:1[89]|20)\\d{2}`,
    nearPost: 'follows',
  },
  { cue: 'since', dating: 'began', pattern: `${word('since')}\\s+${WHEN}`, nearPost: 'follows' },
  {
    cue: 'took office in',
    dating: 'began',
    pattern: `(?:(?:took|assumed|entered)\\s+office|(?:was|were)\\s+(?:appointed|elected|named|sworn\\s+in|installed|inaugurated)|became|joined)\\b[^.;]{0,60}?\\b(?:in|on)\\s+${WHEN}`,
  },
  { cue: 'then-', dating: 'held', pattern: `${word('then')}-\\p{L}+` },
  { cue: 'outgoing', dating: 'held', pattern: word('outgoing') },
];

/** Nouns of a post, an office or a membership: what "former" must qualify, and "since 2019" be near, to date a tie. */
const POST_NOUN =
  /^(?:presidents?|presidency|prime|premier|ministers?|ministry|secretary|secretaries|senators?|congress(?:wo)?m[ae]n|representatives?|governors?|mayors?|ambassadors?|envoys?|diplomats?|consuls?|generals?|admirals?|colonels?|commanders?|chiefs?|heads?|leaders?|leadership|chairm[ae]n|chairwom[ae]n|chairs?|directors?|members?|membership|party|parties|officials?|officers?|advis[eo]rs?|aides?|deputy|deputies|spokes(?:m[ae]n|wom[ae]n|persons?)|judges?|justices?|speakers?|kings?|queens?|emperors?|monarchs?|chancellors?|commissioners?|fellows?|colleagues?|employees?|staff|agents?|editors?|negotiators?|cabinet|government|administration|post|office|term|seat|rulers?|regime|dictators?|ally|allies|head|chief|delegates?|attach[eé]s?|operatives?|militants?|fighters?|soldiers?|troops|officers?|mp|mps)$/iu;
const WORDS = /[\p{L}\p{N}'’]+/gu;

/** Words that end a noun phrase: a post named after them is another phrase's. */
const PHRASE_END =
  /^(?:of|to|in|at|on|for|from|by|with|during|under|over|and|or|but|who|which|that|is|was|are|were|has|had|have|will|would)$/iu;
const isPost = (word: string) => word.split('-').some((part) => POST_NOUN.test(part));

function postNear(text: string, start: number, end: number, where: NonNullable<TieDatingCue['nearPost']>): boolean {
  const own = text.slice(start, end).match(WORDS) ?? [];
  if (own.some(isPost)) return true;
  const after = text.slice(end, end + 80).match(WORDS) ?? [];
  const before = text.slice(Math.max(0, start - 80), start).match(WORDS) ?? [];
  switch (where) {
    case 'qualifies': {
      const phrase = after.slice(0, 4);
      const stop = phrase.findIndex((word) => PHRASE_END.test(word));
      return (stop === -1 ? phrase : phrase.slice(0, stop)).some(isPost);
    }
    case 'follows':
      return before.slice(-5).some(isPost);
    case 'beside':
      return [...before.slice(-3), ...after.slice(0, 3)].some(isPost);
  }
}

export interface TieDatingMatch {
  cue: TieDatingCue;
  /** The words as the quote has them. */
  text: string;
  start: number;
  end: number;
}

const ALL_CUES = new RegExp(
  TIE_DATING_CUES.map((cue) => `(?<![\\p{L}\\p{N}\\p{M}])(${cue.pattern})(?![\\p{L}\\p{N}\\p{M}]|-\\p{L})`).join('|'),
  'gu',
);
// Cheap words every match contains: most quotes have none of them.
const QUICK_KEY =
  /ormer|ex-|rstwhile|ne-?time|etired|left|leaving|stepped|resigned|ousted|deposed|dismissed|removed|served|ntil|till|rom|etween|\d{4}\s*[-\u2013]|ince|office|appointed|elected|named|sworn|installed|inaugurated|became|joined|hen-|utgoing/i;

// "the former" as a pronoun ("the former said", "the former, …") dates nothing.
const PRONOUN_FORMER = /^[Tt]he\s+$/;
const AFTER_PRONOUN =
  /^\s*(?:[,.;:)]|(?:is|was|has|had|and|or|said|says|will|would|can|could|of|in|to|every|each|all|any|one|case)(?![\p{L}]))/u;

/** Every dating cue in a text, in order. */
export function findTieDatingCues(text: string): TieDatingMatch[] {
  if (!QUICK_KEY.test(text)) return [];
  const found: TieDatingMatch[] = [];
  ALL_CUES.lastIndex = 0;
  for (let match = ALL_CUES.exec(text); match !== null; match = ALL_CUES.exec(text)) {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const cue = TIE_DATING_CUES[group - 1] as TieDatingCue;
    const start = match.index;
    const end = start + match[0].length;
    if (
      cue.cue === 'former' &&
      PRONOUN_FORMER.test(text.slice(Math.max(0, start - 4), start)) &&
      AFTER_PRONOUN.test(text.slice(end, end + 12))
    )
      continue;
    if (cue.nearPost && !postNear(text, start, end, cue.nearPost)) continue;
    found.push({ cue, text: match[0].replace(/\s+/gu, ' '), start, end });
  }
  return found;
}
