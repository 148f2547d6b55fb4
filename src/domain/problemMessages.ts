// The words of a problem, as the catalogue's message ids with their values: the domain says what is wrong in data, and
// the catalogue (src/i18n/en/validation.ts) says it in the reader's language. Values are plain data (strings, numbers
// and nested texts), so a problem crosses a worker's postMessage as it is.

type None = Record<never, never>;

/** The validator's messages: their words are en/validation.ts, which must hold exactly these ids. */
export interface ValidatorMessages {
  // Reading the file: its encoding and its JSON.
  'validation.utf8.invalid': { offset: number; byte: string };
  'validation.utf8.invalid.hint': None;
  'validation.json.tooDeep': { limit: number };
  'validation.json.tooDeep.hint': None;
  /** `error`: jsonc-parser's name for it (printParseErrorCode), "CommaExpected". */
  'validation.json.syntax': { error: string };
  /** `detail`: what JSON.parse said, in the JavaScript engine's words. */
  'validation.json.engine': { detail: string };
  'validation.json.duplicateKey': { key: string };
  'validation.json.duplicateKey.hint': None;
  // A field, named inside the schema's messages.
  'validation.field.root': None;
  'validation.field.item': { index: number };
  'validation.field.key': { key: string };
  // The schema's findings. `actual` and `expected` values are written as JSON; types are JSON's names ("array").
  'validation.shape.missing': { field: ProblemText };
  'validation.shape.wrongType': { field: ProblemText; expected: string; actual: string };
  'validation.shape.unknownField': { key: string };
  'validation.shape.allowedFields': { fields: string };
  'validation.shape.notValue': { field: ProblemText; expected: string; actual: string };
  'validation.shape.formatVersion.hint': { version: number };
  'validation.shape.notOneOf': { field: ProblemText; actual: string; options: string };
  'validation.shape.format': { field: ProblemText; actual: string; rule: ProblemText };
  'validation.shape.tooFewItems': { field: ProblemText; minimum: number };
  'validation.shape.empty': { field: ProblemText };
  /** `detail`: zod's own words, for a finding the schema gives no message of ours. */
  'validation.shape.other': { field: ProblemText; detail: string };
  // What a format asks of a value (schema.ts gives these ids to zod as its error messages).
  'validation.rule.slug': None;
  'validation.rule.date': None;
  'validation.rule.relationDate': None;
  'validation.rule.url': None;
  'validation.rule.colour': None;
  'validation.rule.cueWords': None;
  'validation.rule.judgement': None;
  'validation.rule.languageTag': None;
  // Ids and references.
  'validation.didYouMean': { suggestion: string };
  'validation.id.duplicate': { collection: string; id: string; earlier: string };
  'validation.id.duplicate.hint': None;
  'validation.relationType.builtIn': { id: string };
  'validation.relationType.builtIn.hint': None;
  'validation.relationType.unknown': { type: string };
  'validation.relationType.unknown.hint': { types: string };
  'validation.relationType.unknown.hintSuggesting': { suggestion: ProblemText; types: string };
  'validation.affiliation.self': { id: string };
  'validation.affiliation.unknown': { affiliation: string };
  'validation.affiliation.loop': { chain: string };
  'validation.affiliation.loop.hint': None;
  /** `end`: "source" or "target", the field's name. */
  'validation.relation.unknownActor': { end: string; id: string };
  'validation.relation.unknownActor.hint': None;
  'validation.relation.self': { id: string };
  'validation.relation.self.hint': None;
  'validation.actor.unused': { id: string };
  'validation.actor.unused.hint': None;
  'validation.document.unused': { id: string };
  // Dates.
  'validation.date.conflict': None;
  'validation.date.conflict.hint': None;
  'validation.date.order': { end: string; start: string };
  'validation.date.notDate': { value: string };
  'validation.date.noMonth': { value: string; month: number };
  'validation.date.noDay': { value: string; year: number; month: number; days: number };
  'validation.date.notRelationDate': { value: string };
  'validation.date.openDate': None;
  'validation.date.boundsNothing': { value: string };
  'validation.date.backwards': { value: string; from: string; to: string };
  // Archived texts and the quotes checked against them.
  'validation.text.both': None;
  'validation.text.both.hint': None;
  'validation.text.none': None;
  'validation.text.none.hint': None;
  'validation.textFile.unsafe': { path: string };
  'validation.textFile.unsafe.hint': None;
  'validation.textFile.missing': { path: string };
  'validation.textFile.missing.hint': None;
  'validation.textFile.notUtf8': { path: string; offset: number };
  'validation.textFile.notUtf8.hint': None;
  'validation.evidence.unknownSpeaker': { id: string };
  'validation.evidence.unknownDocument': { id: string };
  'validation.quote.empty': None;
  'validation.quote.empty.hint': None;
  'validation.quote.notFound': { document: string };
  'validation.quote.closest': { differences: number; passage: string };
  'validation.quote.nothingClose': None;
  'validation.quote.ambiguous': { count: number; document: string };
  /** `before`: the text before each occurrence, quoted and joined. */
  'validation.quote.ambiguous.hint': { before: string };
  /** `which`: "prefix", "suffix" or "both". */
  'validation.quote.contextMismatch': { which: string; document: string };
  'validation.quote.textBefore': { text: string };
  'validation.quote.textAfter': { text: string };
  // The evidence lints: warnings a written judgement answers.
  /** `kind`: the cue's kind, "modal", "belief" or "negation". */
  'validation.hedge.unmarked': { kind: string; cue: string };
  'validation.hedge.fix.modal': None;
  'validation.hedge.fix.belief': None;
  'validation.hedge.fix.negation': None;
  'validation.forecast.markedCertain': { cue: string };
  'validation.forecast.countsCertain': { cue: string };
  'validation.forecast.hint': { judgement: ProblemText };
  /** `missing`: what the words date, "ended", "began", "span" or "held". */
  'validation.tie.undated': { cue: string; missing: string };
  'validation.tie.fix.endedBy': { date: string; judgement: ProblemText };
  'validation.tie.fix.ended': { judgement: ProblemText };
  'validation.tie.fix.began': { judgement: ProblemText };
  'validation.tie.fix.span': { judgement: ProblemText };
  'validation.tie.fix.held': { judgement: ProblemText };
  'validation.publication.end': { value: string; document: string };
  'validation.publication.end.hint': { value: string; judgement: ProblemText };
  'validation.publication.date': { value: string; document: string };
  'validation.publication.date.hint': { value: string; judgement: ProblemText };
  'validation.attribution.unattributed': { name: string; words: string };
  'validation.attribution.unattributed.hint': { actor: string; judgement: ProblemText };
  'validation.attribution.otherSpeaker': { name: string; other: string; words: string };
  'validation.attribution.noFrame': { name: string };
  'validation.attribution.outside.hint': { judgement: ProblemText };
  /** Where to write the judgement that answers a warning, under the warning's code. */
  'validation.judgement': { lint: string; why: ProblemText };
  'validation.judgement.why.forecast': None;
  'validation.judgement.why.undatedTie': None;
  'validation.judgement.why.endedThatDay': None;
  'validation.judgement.why.happenedThatDay': None;
  'validation.judgement.why.ownVoice': None;
  'validation.judgement.why.theirClaim': None;
}

/**
 * The opener's refusals (src/io/, src/session/), said as problems of the whole file: their words are import.refusal.*
 * in en/import.ts, archive.fault.* in en/archive.ts and workbench.draftMissing in en/workbench.ts.
 */
export interface RefusalMessages {
  'import.refusal.notValid': None;
  'import.refusal.noJson': None;
  'import.refusal.severalJson': { count: number };
  'import.refusal.chooseOne': None;
  /** `status`: the HTTP status and its text, "404 Not Found". */
  'import.refusal.httpStatus': { url: string; status: string };
  /** `reason`: the browser's words. */
  'import.refusal.unreachable': { url: string; reason: string };
  'import.refusal.unreachableHint': None;
  /** Sizes in megabytes, already written in the reader's locale. */
  'import.refusal.tooLarge': { size: string; limit: string };
  'import.refusal.tooLargeHint': None;
  'import.refusal.cancelled': None;
  'import.refusal.crashed': { reason: string };
  'import.refusal.validatorStopped': None;
  // An HTML file that is not a shared view, and a shared view whose data no longer matches its stamp (io/validateRequest.ts).
  'import.refusal.otherHtml': None;
  'import.refusal.otherHtmlHint': None;
  'import.sharedView.changed': None;
  'import.sharedView.changedHint': None;
  // A dataset archive refused (io/archiveRefusal.ts): their words are archive.fault.* in en/archive.ts.
  'archive.fault.not-zip': None;
  'archive.fault.not-zip.hint': None;
  'archive.fault.unsafe-path': { entry: string };
  'archive.fault.unsafe-path.hint': None;
  'archive.fault.too-many-entries': { limit: number };
  'archive.fault.too-many-entries.hint': None;
  /** Sizes with their unit, already written in the reader's locale. */
  'archive.fault.too-large': { size: string; limit: string };
  'archive.fault.too-large.hint': None;
  'archive.fault.duplicate-entry': { entry: string };
  'archive.fault.duplicate-entry.hint': None;
  'archive.fault.unsupported-compression': { entry: string; method: number };
  'archive.fault.unsupported-compression.hint': None;
  'archive.fault.no-dataset': None;
  'archive.fault.no-dataset.hint': None;
  /** `entries`: the dataset files found, already joined as a list in the reader's language. */
  'archive.fault.several-datasets': { entries: string };
  'archive.fault.several-datasets.hint': None;
  /** `detail`: the zip reader's words. */
  'archive.fault.damaged': { detail: string };
  'archive.fault.damaged.hint': None;
  /** A link to a draft this browser does not hold (session/useExplorerSession.ts). */
  'workbench.draftMissing': None;
}

/**
 * Each message a problem can carry and the values it takes. A value that is itself a ProblemText is said first and put
 * in its place (a field's name, a "did you mean" in a hint, where to write a judgement).
 */
export interface ProblemMessages extends ValidatorMessages, RefusalMessages {}

export type ProblemMessageId = keyof ProblemMessages;
export type ValidatorMessageId = keyof ValidatorMessages;
/** What a format asks of a value: schema.ts gives these to zod as its error messages, and the validator says them. */
export type FormatRule = Extract<ValidatorMessageId, `validation.rule.${string}`>;
export type ProblemValue = string | number | ProblemText;

type TextOf<Id extends ProblemMessageId> = keyof ProblemMessages[Id] extends never
  ? { id: Id; values?: undefined }
  : { id: Id; values: ProblemMessages[Id] };

/** One message of the catalogue with its values: what a problem says, before it is said in a language. */
export type ProblemText = { [Id in ProblemMessageId]: TextOf<Id> }[ProblemMessageId];

type ValuesOf<Id extends ProblemMessageId> = keyof ProblemMessages[Id] extends never ? [] : [ProblemMessages[Id]];

/** `say('validation.json.duplicateKey', { key })`: a message and its values, checked against the lists above. */
export function say<Id extends ProblemMessageId>(id: Id, ...values: ValuesOf<Id>): ProblemText {
  return (values.length === 0 ? { id } : { id, values: values[0] }) as ProblemText;
}
