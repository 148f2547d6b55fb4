// The words that make a quote a forecast (the future tense, "is expected to", "is set to", "is likely to"): one table,
// read by the forecast lint and by the bench that measures it.

export interface ForecastCue {
  /** The cue as the docs name it. */
  cue: string;
  /** Regular-expression source (no capturing groups), matched case-insensitively between word boundaries. */
  pattern: string;
  /** A verb must follow ("is set to strike", not "is set to music"; "is going to visit", not "is going to Moscow"). */
  verbAfter?: true;
  /** Attached to the word before it ("we'll"): no word boundary before the pattern. */
  attached?: true;
}

const BE = '(?:is|are|am|was|were|be|been|being)';
const ADVERB = '(?:(?:also|now|still|not|widely|generally|largely|very|highly|most|more|less|quite|increasingly)\\s+)?';

export const FORECAST_CUES: readonly ForecastCue[] = [
  { cue: 'will', pattern: 'will' },
  { cue: 'shall', pattern: 'shall' },
  { cue: "'ll", pattern: "(?<=[a-z])['\u2019]ll", attached: true },
  { cue: "won't", pattern: "won['\u2019]t|shan['\u2019]t" },
  { cue: 'is going to', pattern: `(?:${BE}|['\u2019](?:s|re|m))\\s+going\\s+to`, verbAfter: true },
  { cue: 'is expected to', pattern: `${BE}\\s+${ADVERB}expected\\s+to` },
  { cue: 'is set to', pattern: `${BE}\\s+${ADVERB}(?:set|poised|slated|due|bound|about)\\s+to`, verbAfter: true },
  {
    cue: 'is likely to',
    pattern: `(?:${BE}|seems?|seemed|appears?|appeared|looks?)\\s+${ADVERB}(?:un)?likely\\s+to`,
    verbAfter: true,
  },
];

export interface ForecastMatch {
  cue: ForecastCue;
  /** The cue and the verb it governs, as the quote has them ("will remain", "is expected to keep"). */
  text: string;
  start: number;
  end: number;
}

// "The will of the people", "political will", "at will": the noun, told by the word before it.
const NOUN_BEFORE_WILL = new Set(
  "the a an his her its their our my your whose own free good ill political popular national public collective sovereign strong iron general at of against with people’s people's nation’s nation's".split(
    ' ',
  ),
);
// After "to", a noun phrase says the words were not a forecast: "due to the war", "set to music" is caught by case.
const NOT_A_VERB = new Set(
  'the a an his her its their our my your this that these those some any no every each all both which whom whose what'.split(
    ' ',
  ),
);

const ALL_CUES = new RegExp(
  FORECAST_CUES.map(
    (cue) => `(${cue.attached ? '' : '(?<![\\p{L}\\p{N}\\p{M}])'}${cue.pattern})(?![\\p{L}\\p{N}\\p{M}])`,
  ).join('|'),
  'giu',
);
// Case-sensitive, with the capitals a cue can take: a case-insensitive scan of every quote costs several times more.
const QUICK_KEY =
  /[Ww]ill|WILL|[Ss]hall|SHALL|['\u2019]ll|[nN]['\u2019][tT]|[Gg]oing|GOING|[Ee]xpected|EXPECTED|(?:set|poised|slated|due|bound|about|likely)\s+to/;
const WORD_AFTER = /^\s+([\p{L}'’-]+)/u;
const WORD_BEFORE = /([\p{L}'’-]+)[\s\u00a0]*$/u;

function nextWord(text: string, at: number): string | undefined {
  return WORD_AFTER.exec(text.slice(at, at + 40))?.[1];
}

function previousWord(text: string, at: number): string | undefined {
  return WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
}

/** After "will" the noun takes a preposition or a verb: "their will upon the people", "the will is". */
const AFTER_NOUN_WILL = new Set(
  'of to and upon over for in on against with is was are were the a an that which'.split(' '),
);
/** A relative clause's "will" ("an order that will strengthen", "programs which will") forecasts beside the main claim. */
const RELATIVE = new Set(['that', 'which', 'who', 'as']);

/** The "will" at `start` is the modal verb, not the noun ("the will of") nor a name ("Will Smith" mid-sentence). */
function isModalWill(text: string, start: number, end: number): boolean {
  const before = previousWord(text, start);
  if (before !== undefined && NOUN_BEFORE_WILL.has(before.toLowerCase())) return false;
  const after = nextWord(text, end)?.toLowerCase();
  if (after !== undefined && AFTER_NOUN_WILL.has(after)) return false;
  const capital = text[start] === 'W';
  const midSentence = /[\p{L}\p{N},;]\s*$/u.test(text.slice(Math.max(0, start - 3), start));
  return !(capital && midSentence);
}

/** The future word opens a relative clause: "that will", "which will", "who will", "as will", mid-sentence. */
function inRelativeClause(text: string, start: number): boolean {
  const before = /([\p{L}]+)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, start - 20), start));
  if (!before || !RELATIVE.has(before[1]!.toLowerCase())) return false;
  const ahead = text.slice(Math.max(0, start - 60), start - before[0].length).trimEnd();
  return ahead !== '' && !/[.!?:;]$/u.test(ahead);
}

function governsVerb(text: string, end: number): boolean {
  const after = nextWord(text, end);
  return after !== undefined && after === after.toLowerCase() && !NOT_A_VERB.has(after);
}

/** Every forecast cue in a text, in order, with the verb it governs where one follows. */
export function findForecastCues(text: string): ForecastMatch[] {
  if (!QUICK_KEY.test(text)) return [];
  const found: ForecastMatch[] = [];
  ALL_CUES.lastIndex = 0;
  for (let match = ALL_CUES.exec(text); match !== null; match = ALL_CUES.exec(text)) {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const cue = FORECAST_CUES[group - 1] as ForecastCue;
    const start = match.index;
    const end = start + match[0].length;
    if (cue.cue === 'will' && !isModalWill(text, start, end)) continue;
    if ((cue.cue === 'will' || cue.cue === 'shall' || cue.cue === "won't") && inRelativeClause(text, start)) continue;
    if (cue.verbAfter && !governsVerb(text, end)) continue;
    const verb = nextWord(text, end);
    const withVerb = verb !== undefined && verb === verb.toLowerCase() && !NOT_A_VERB.has(verb);
    const shown = withVerb ? text.slice(start, end + (WORD_AFTER.exec(text.slice(end))?.[0].length ?? 0)) : match[0];
    found.push({ cue, text: shown.replace(/\s+/gu, ' '), start, end });
  }
  return found;
}
