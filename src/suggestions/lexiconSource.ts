// The cue lexicon built from its sources' text (src/suggestions/sources/): PETRARCH2's CAMEO verb dictionary and the
// PLOVER project's CAMEO → PLOVER table. Pure: `npm run suggest:lexicon` (src/cli/buildCueLexicon.ts) reads the files
// and writes cueLexicon.json with it, and a test checks that the committed JSON is what it builds.
import { inflections } from './inflections';

/** One pattern item: alternatives, each a run of lower-case words; a trailing "_" (exact form) is kept. */
type Item = string[];

interface Pattern {
  /** CAMEO code. */
  code: string;
  /** Items that come before the verb, in order. */
  before: Item[];
  /** Items that come after the verb, in order. */
  after: Item[];
}

export interface Lexicon {
  provenance: string[];
  /** CAMEO code (2 to 4 digits) → PLOVER event type, as the PLOVER table gives it. */
  cameoToPlover: Record<string, string>;
  /** Synonym sets the patterns name (`&MILITARY`): alternatives, each a run of lower-case words. */
  synonyms: Record<string, string[]>;
  /** Verb form (lower case; a phrasal verb's words joined by a space) → [lemma, CAMEO code or "" when none]. */
  verbs: Record<string, [string, string]>;
  /** Lemma of the block's first verb → the block's patterns; every verb of a block points to it. */
  patterns: Record<string, Pattern[]>;
  /** Verb lemma → the block it belongs to (its first verb's lemma). */
  blocks: Record<string, string>;
}

const lower = (word: string) => word.toLowerCase().replace(/_+$/u, '_');
const words = (entry: string) =>
  entry
    .replace(/^\+/u, '')
    .split(/_(?!$)/u)
    .map(lower)
    .filter((word) => word !== '');

/** A phrasal verb's forms inflect its first word: "call off" → "calls off", "called off". */
function formsOf(verb: string[], irregular: string[][] | null): string[] {
  const [head, ...rest] = verb;
  if (head === undefined) return [];
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const inflected = irregular ? [head, ...irregular.map((form) => form[0] ?? head)] : inflections(head);
  return [...new Set(inflected.map((form) => `${form.replace(/_$/u, '')}${tail}`))];
}

function parseCode(text: string | undefined): string {
  const code = (text ?? '').split(':')[0]?.trim() ?? '';
  return /^\d{2,4}$/u.test(code) ? code : '';
}

/** `- PRE * POST [code] # note` → the items around the verb; markers ($ + % ^) and brackets of phrases dropped. */
function parsePattern(body: string): { before: Item[]; after: Item[] } | null {
  const star = body.indexOf('*');
  if (star < 0) return null;
  const items = (side: string): Item[] => {
    const result: Item[] = [];
    // {A B} is a noun phrase: one item of several words.
    const tokens = side.replace(/[()]/gu, ' ').match(/\{[^}]*\}|[^\s{}]+/gu) ?? [];
    for (const token of tokens) {
      if (/^[$+%^]+$/u.test(token)) continue;
      if (token.startsWith('{')) {
        const phrase = token
          .slice(1, -1)
          .split(/\s+/u)
          .filter((word) => word !== '' && !/^[$+%^]+$/u.test(word));
        // A set inside a phrase stays a reference the matcher expands.
        if (phrase.length > 0)
          result.push([phrase.map((word) => (word.startsWith('&') ? word : words(word).join(' '))).join(' ')]);
        continue;
      }
      const clean = token.replace(/[$+%^]/gu, '');
      if (clean === '') continue;
      result.push([clean.startsWith('&') ? clean : words(clean).join(' ')]);
    }
    return result;
  };
  return { before: items(body.slice(0, star)), after: items(body.slice(star + 1)) };
}

export function parseVerbDictionary(source: string): Pick<Lexicon, 'synonyms' | 'verbs' | 'patterns' | 'blocks'> {
  const synonyms: Record<string, string[]> = {};
  const verbs: Record<string, [string, string]> = {};
  const patterns: Record<string, Pattern[]> = {};
  const blocks: Record<string, string> = {};
  let synonymSet: string | null = null;
  let block: { lemma: string | null; code: string } | null = null;
  for (const raw of source.split('\n')) {
    const line = raw.replace(/#.*$/u, '').trimEnd();
    if (/^#{5,}|^\s*$/u.test(raw) || line.trim() === '') {
      if (line.trim() === '') synonymSet = null;
      continue;
    }
    if (line.startsWith('&')) {
      synonymSet = line.trim();
      synonyms[synonymSet] = [];
      continue;
    }
    if (synonymSet !== null && line.startsWith('+')) {
      synonyms[synonymSet]!.push(words(line.trim()).join(' '));
      continue;
    }
    const header = /^---\s+(\S+)\s+\[([^\]]*)\]\s+---/u.exec(line);
    if (header) {
      block = { lemma: null, code: parseCode(header[2]) };
      continue;
    }
    if (block === null) continue;
    if (line.startsWith('-')) {
      const codeMatch = /\[([^\]]*)\]/u.exec(line);
      const parsed = parsePattern(line.slice(1, codeMatch ? codeMatch.index : undefined));
      const code = parseCode(codeMatch?.[1]);
      if (!parsed || block.lemma === null) continue;
      (patterns[block.lemma] ??= []).push({ code, ...parsed });
      continue;
    }
    // A verb line: WORD [code] {FORMS}, or +PHRASAL_VERB [code] {+FORMS}.
    const verbMatch = /^\s*(\+?[A-Z][A-Z'\-_]*)\s*(?:\[([^\]]*)\])?\s*(?:\{([^}]*)\})?/u.exec(line);
    if (!verbMatch) continue;
    const verb = words(verbMatch[1]!);
    const lemma = verb.join(' ').replace(/_/gu, '');
    const code = verbMatch[2] !== undefined ? parseCode(verbMatch[2]) : block.code;
    const irregular = verbMatch[3]
      ? verbMatch[3]
          .trim()
          .split(/\s+/u)
          .filter((form) => form !== '')
          .map((form) => words(form))
      : null;
    block.lemma ??= lemma;
    blocks[lemma] = block.lemma;
    for (const form of formsOf(verb, irregular)) {
      const key = form.replace(/_/gu, '');
      // The first block to claim a form keeps it, as PETRARCH2's dictionary tree does.
      if (!(key in verbs)) verbs[key] = [lemma, code];
    }
  }
  return { synonyms, verbs, patterns, blocks };
}

export function parseCameoToPlover(source: string): Record<string, string> {
  const table: Record<string, string> = {};
  for (const line of source.split('\n')) {
    const match = /^(\d{2,4}):\s*([A-Z]+)/u.exec(line);
    // Two-digit rows name a root's PLOVER type; where a root splits (08: CONCEDE and RETREAT) the rows below decide.
    if (match && !(match[1]! in table)) table[match[1]!] = match[2]!;
  }
  return table;
}

/** The provenance the lexicon carries. */
export const LEXICON_PROVENANCE = [
  'Generated by src/cli/buildCueLexicon.ts (npm run suggest:lexicon); do not edit by hand.',
  'Verbs and patterns: CAMEO.2.0.txt, the CAMEO verb dictionary of PETRARCH2, github.com/openeventdata/petrarch2 at 676801cd9cb2924bbbad09f86d15c9323e7097bf, MIT licence, (c) 2015 Open Event Data Alliance (src/suggestions/sources/LICENSE-petrarch2.txt).',
  'CAMEO to PLOVER: CAMEO2PLOVER-2021.txt, github.com/openeventdata/PLOVER at 5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f, CC BY-SA 4.0, Open Event Data Alliance.',
];

/** The lexicon from the two sources' text. */
export function buildLexicon(verbDictionary: string, cameoToPlover: string): Lexicon {
  return {
    provenance: LEXICON_PROVENANCE,
    cameoToPlover: parseCameoToPlover(cameoToPlover),
    ...parseVerbDictionary(verbDictionary),
  };
}
