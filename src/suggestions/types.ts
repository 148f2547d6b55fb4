// The public face of the suggestion engine (issue 23): what it reads and what it proposes. Shared with the reader's
// worker and the `npm run suggest` command; fields may be added (optional), never renamed or removed.
import type { ActorKind, Dataset } from '../domain/model';
import type { CERTAINTIES } from '../domain/formatValues';

/** How firmly a suggestion's sentence states it: the format's own evidence certainty. */
export type Certainty = (typeof CERTAINTIES)[number];

export interface SuggestInput {
  /** Actors, relations and custom relationTypes are read; nothing is written. */
  dataset: Pick<Dataset, 'actors' | 'relations'> & Partial<Pick<Dataset, 'relationTypes'>>;
  /** The archived text, exactly as stored (the engine NFC-normalises its own working copy, offsets refer to the text given). */
  text: string;
  documentId?: string;
  /** BCP 47 language of the document when known. */
  language?: string;
}

export interface ActorMention {
  /** UTF-16 offsets into SuggestInput.text. */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  /** A dataset actor. */
  actorId?: string;
  /** Or a ProposedActor. */
  proposalKey?: string;
  via: 'name' | 'alias' | 'possessive' | 'demonym' | 'entity';
}

export interface ProposedActor {
  key: string;
  name: string;
  kind: ActorKind;
  mentions: number;
}

export interface SuggestionEnd {
  id?: string;
  name: string;
  mention: string;
}

/** The rules `Suggestion.rule` names (docs/suggestions.md, "How a suggestion is made"); the reader words each one. */
export type SuggestionRule =
  | 'active-verb'
  | 'passive-by'
  | 'verb-pattern'
  | 'shared-subject'
  | 'joint-subject'
  | 'joint-object'
  | 'noun'
  | 'compound'
  | 'dataset-cue'
  | 'title'
  | 'presence';

export interface Suggestion {
  /** Stable for the same text and dataset actors: the UI remembers rejections by it. */
  key: string;
  /** Relation type id (built-in or the dataset's own). */
  type: string;
  /** PLOVER event code, e.g. 'ASSAULT'. */
  plover: string;
  source: SuggestionEnd;
  target: SuggestionEnd;
  /** As the format's quote selector wants (prefix/suffix only when the quote recurs). */
  quote: string;
  prefix?: string;
  suffix?: string;
  /** Offsets of the sentence in SuggestInput.text. */
  sentence: { start: number; end: number };
  certainty: Certainty;
  negated: boolean;
  /** Actor id. */
  attributedTo?: string;
  /** The format's date forms. */
  date?: string;
  /** The words that triggered it, as written. */
  cues: string[];
  /** Id of the rule, one of SuggestionRule (kept a string by the contract); the UI words it through the catalogue. */
  rule: string;
  /** Id of an existing relation with the same type and actors. */
  addsEvidenceTo?: string;
}

export type SuggestNotice =
  | { code: 'empty-text' }
  /** Mentions of known actors are still returned. */
  | { code: 'not-english'; language?: string }
  | { code: 'sentence-too-long'; start: number; end: number; words: number }
  | { code: 'line-too-long'; start: number; end: number };

export interface SuggestResult {
  mentions: ActorMention[];
  proposedActors: ProposedActor[];
  suggestions: Suggestion[];
  notices: SuggestNotice[];
}
