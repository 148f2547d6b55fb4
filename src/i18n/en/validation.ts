// Messages of the catalogue: what the validator finds wrong with a dataset (ICU MessageFormat; see ../en.ts). The ids
// and their values are the domain's (src/domain/problemMessages.ts): a message missing here, or one the domain does
// not know, fails typecheck. Positions and offsets are plain `{n}` (a byte offset is no quantity to group in
// thousands); counts are plurals.
import type { ValidatorMessageId } from '../../domain/problemMessages';

export const validationMessages = {
  // Reading the file: its encoding and its JSON.
  'validation.utf8.invalid': 'not valid UTF-8: byte {offset} ({byte}) does not start a UTF-8 character',
  'validation.utf8.invalid.hint': 'save the dataset as UTF-8',
  'validation.json.tooDeep': 'JSON nested more than {limit} levels deep',
  'validation.json.tooDeep.hint': 'a dataset is at most six levels deep; this file is not a dataset',
  'validation.json.syntax':
    'not valid JSON: {error, select, InvalidSymbol {unexpected character} InvalidNumberFormat {malformed number} PropertyNameExpected {expected a property name in double quotes} ValueExpected {expected a value} ColonExpected {expected ":" after the property name} CommaExpected {expected "," between items} CloseBraceExpected {expected "\'}\'" to close the object} CloseBracketExpected {expected "]" to close the array} EndOfFileExpected {unexpected text after the end of the JSON value} InvalidCommentToken {comments are not allowed in JSON} UnexpectedEndOfComment {comments are not allowed in JSON} UnexpectedEndOfString {unterminated string} UnexpectedEndOfNumber {malformed number} InvalidUnicode {invalid \\u escape} InvalidEscapeCharacter {invalid escape sequence in a string} InvalidCharacter {control character inside a string (escape it, e.g. \\n)} other {syntax error}}',
  // The JavaScript engine's own words, when it refuses what the JSON scanner let through.
  'validation.json.engine': 'not valid JSON: {detail}',
  'validation.json.duplicateKey': 'duplicate key "{key}": JSON keeps only the last one',
  'validation.json.duplicateKey.hint': 'remove or rename one of them',
  // A field, named inside the schema's messages.
  'validation.field.root': 'the dataset',
  'validation.field.item': 'item {index}',
  'validation.field.key': '"{key}"',
  // The schema's findings: a field missing, unknown, of the wrong type or with a value it does not take.
  'validation.shape.missing': 'missing required field {field}',
  'validation.shape.wrongType':
    '{field} must be {expected, select, string {a string} number {a number} boolean {true or false} array {an array} object {an object} other {{expected}}}, not {actual, select, null {null} array {an array} object {an object} string {a string} number {a number} boolean {true/false} other {{actual}}}',
  'validation.shape.unknownField': 'unknown field "{key}"',
  'validation.shape.allowedFields': 'fields allowed here: {fields}',
  'validation.shape.notValue': '{field} must be {expected}, not {actual}',
  'validation.shape.formatVersion.hint': 'this program reads format version {version}',
  'validation.shape.notOneOf': '{field} {actual} is not one of {options}',
  'validation.shape.format': '{field} {actual} {rule}',
  'validation.shape.tooFewItems': '{field} needs at least {minimum, plural, one {# item} other {# items}}',
  'validation.shape.empty': '{field} must not be empty',
  'validation.shape.other': '{field}: {detail}',
  // What a format asks of a value, said after it ("/actors/1/id" "Putin" must be a slug…).
  'validation.rule.slug': 'must be a slug: lowercase letters, digits and single hyphens, e.g. "vladimir-putin"',
  'validation.rule.date': 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
  'validation.rule.relationDate':
    'must be a date written YYYY, YYYY-MM or YYYY-MM-DD (with ?, ~ or % for uncertain, approximate or both), [..D], [D..] or [D1..D2] (on or before, on or after, between), or ".." (open)',
  'validation.rule.url': 'must be a web address starting with http:// or https://',
  'validation.rule.colour': 'must be a colour written #rrggbb',
  'validation.rule.cueWords': 'must be a phrase of one to five words',
  'validation.rule.judgement': 'a judgement says in words why the warning does not apply',
  'validation.rule.languageTag': 'must be a BCP 47 language tag such as "en", "ar", "he" or "fa-IR"',
  // Ids and references.
  'validation.didYouMean': 'did you mean "{suggestion}"?',
  'validation.id.duplicate':
    'duplicate {collection, select, actors {actor} relations {relation} documents {document} relationTypes {relation type} other {{collection}}} id "{id}": already used by {earlier}',
  'validation.id.duplicate.hint': 'ids must be unique within their collection',
  'validation.relationType.builtIn': 'relation type "{id}" is built in and cannot be redefined',
  'validation.relationType.builtIn.hint': 'choose another id for your own type',
  'validation.relationType.unknown': 'unknown relation type "{type}"',
  'validation.relationType.unknown.hint': 'known types: {types}; a dataset can add its own in "relationTypes"',
  'validation.relationType.unknown.hintSuggesting':
    '{suggestion} known types: {types}; a dataset can add its own in "relationTypes"',
  'validation.affiliation.self': 'actor "{id}" cannot be affiliated with itself',
  'validation.affiliation.unknown': 'affiliation "{affiliation}" is not an actor id',
  'validation.affiliation.loop': 'affiliations form a loop: {chain}',
  'validation.affiliation.loop.hint': 'an actor cannot belong, directly or not, to itself',
  'validation.relation.unknownActor': '{end} "{id}" is not an actor id',
  'validation.relation.unknownActor.hint': 'add the actor to "actors" first',
  'validation.relation.self': 'relation goes from actor "{id}" to itself',
  'validation.relation.self.hint': 'a relation links two different actors',
  'validation.actor.unused': 'actor "{id}" is in no relation',
  'validation.actor.unused.hint': 'it shows as a lone node; add a relation or remove it',
  'validation.document.unused': 'document "{id}" is cited by no evidence',
  // Dates: the forms are docs/dataset-format.md's ("Dates").
  'validation.date.conflict': 'a relation has either "date" or "start"/"end", not both',
  'validation.date.conflict.hint': 'use "date" for one moment and "start"/"end" for a span',
  'validation.date.order': 'end {end} is before start {start}',
  'validation.date.notDate': '"{value}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD',
  'validation.date.noMonth': '"{value}" has no month {month}: months run from 01 to 12',
  'validation.date.noDay':
    '"{value}" does not exist: {month, select, 1 {January} 2 {February} 3 {March} 4 {April} 5 {May} 6 {June} 7 {July} 8 {August} 9 {September} 10 {October} 11 {November} 12 {December} other {{month}}} {year} has {days} days',
  'validation.date.notRelationDate':
    '"{value}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD; add ? (uncertain), ~ (approximate) or % (both); [..D] for on or before D, [D..] for on or after, [D1..D2] for between; ".." for an open start or end',
  'validation.date.openDate': '".." is an open start or end: a single date cannot be open',
  'validation.date.boundsNothing': '"{value}" bounds nothing: write [..D], [D..] or [D1..D2]',
  'validation.date.backwards': '"{value}" runs backwards: {from} is after {to}',
  // Archived texts and the quotes checked against them.
  'validation.text.both': 'a document has either "text" or "textFile", not both',
  'validation.text.both.hint': 'keep the archived text in one place',
  'validation.text.none': 'document has no archived text: add "text" or "textFile"',
  'validation.text.none.hint': 'quotes are checked against this text',
  'validation.textFile.unsafe': 'textFile "{path}" must be a relative path inside the dataset\'s folder',
  'validation.textFile.unsafe.hint': 'no absolute paths, URLs or ".." segments',
  'validation.textFile.missing': 'textFile "{path}" cannot be read',
  'validation.textFile.missing.hint':
    'the path is relative to the dataset file; when opening a single file, inline the text with "text" instead',
  'validation.textFile.notUtf8': 'textFile "{path}" is not valid UTF-8 (first bad byte at offset {offset})',
  'validation.textFile.notUtf8.hint': 'save the archived text as UTF-8',
  'validation.evidence.unknownSpeaker': 'attributedTo "{id}" is not an actor id',
  'validation.evidence.unknownDocument': 'document "{id}" is not a document id',
  'validation.quote.empty': 'quote is empty',
  'validation.quote.empty.hint': 'copy the sentence that states the relation',
  'validation.quote.notFound': 'quote not found in document "{document}"',
  'validation.quote.closest':
    'closest passage ({differences, plural, one {# character differs} other {# characters differ}}): "{passage}"',
  'validation.quote.nothingClose': 'nothing in the document comes close; check the document id',
  'validation.quote.ambiguous':
    'quote occurs {count, plural, one {# time} other {# times}} in document "{document}": add a prefix or suffix to pick one',
  'validation.quote.ambiguous.hint': 'the text before the occurrences: {before}',
  'validation.quote.contextMismatch':
    '{which, select, prefix {prefix} suffix {suffix} other {prefix and suffix}} does not match the text around the quote in document "{document}"',
  'validation.quote.textBefore': 'the text before the quote reads "{text}"',
  'validation.quote.textAfter': 'the text after the quote reads "{text}"',
  // The evidence lints: warnings, each answered by a fix or a written judgement.
  'validation.hedge.unmarked':
    'quote {kind, select, negation {negates} belief {reports a belief} other {hedges}} ("{cue}") but the evidence sets neither "certainty" nor "negated"',
  'validation.hedge.fix.modal':
    'set "certainty": "probable" for a forecast, "possible" for what only could be, or "certain" if the quote states the relation all the same; or cite another sentence that states it',
  'validation.hedge.fix.belief':
    'set "certainty": "probable" for a reported belief or expectation, or "certain" if the quote states the relation all the same; or cite another sentence that states it',
  'validation.hedge.fix.negation':
    'set "negated": true if the quote says the relation does not hold, or "negated": false if the negation bears on something else; or cite another sentence that states it',
  'validation.forecast.markedCertain': 'quote forecasts ("{cue}") but the evidence is marked "certainty": "certain"',
  'validation.forecast.countsCertain':
    'quote forecasts ("{cue}") but the evidence counts as certain (it sets no "certainty")',
  'validation.forecast.hint':
    'a forecast is not a fact: set "certainty": "probable" (or "possible" for what only could be), or cite a sentence that states the relation as it is; {judgement}',
  'validation.tie.undated':
    'the quote dates this tie ("{cue}") but the relation has {missing, select, ended {no "end"} began {no "start"} span {no "start" and "end"} other {no date}}',
  'validation.tie.fix.endedBy':
    'the words say the tie had ended by the time the text was written: set "end": "[..{date}]" (ended by {date}), or the end the text gives; {judgement}',
  'validation.tie.fix.ended':
    'the words say the tie had ended by the time the text was written: set "end": "[..D]" (ended by the publication date D), or the end the text gives; {judgement}',
  'validation.tie.fix.began': 'the words say when the tie began: set "start" to that date; {judgement}',
  'validation.tie.fix.span': 'the words give the span: set "start" and "end"; {judgement}',
  'validation.tie.fix.held':
    'the words say the tie held at the time of the events told: set "start": "[..D]" and "end": "[D..]" for their date D; {judgement}',
  'validation.publication.end':
    '"end" {value} is the publication date of "{document}": when the article was written, not when the tie ended',
  'validation.publication.end.hint':
    'if the text says only that the tie had ended by then ("former"), write "end": "[..{value}]"; if it still held then ("presently"), "end": "[{value}..]"; {judgement}',
  'validation.publication.date':
    '"date" {value} is the publication date of "{document}": when the article was written, not when the relation happened or held',
  'validation.publication.date.hint':
    'if the text says a tie held then ("presently"), write "end": "[{value}..]" instead; if it had ended by then ("former"), "end": "[..{value}]"; {judgement}',
  'validation.attribution.unattributed':
    'quote is inside {name}\'s words ("{words}") but the evidence has no "attributedTo"',
  'validation.attribution.unattributed.hint': 'set "attributedTo": "{actor}" if the claim is theirs; {judgement}',
  'validation.attribution.otherSpeaker': 'quote is attributed to {name} but stands in {other}\'s words ("{words}")',
  'validation.attribution.noFrame':
    'quote is attributed to {name} but stands outside any reporting frame in the text ("… said", "according to …")',
  'validation.attribution.outside.hint':
    'attribute it to whoever the text says speaks, or remove "attributedTo" if the outlet states it in its own voice; {judgement}',
  // The last resort of a lint's hint: the judgement that answers it, and what it says (`<why …>`).
  'validation.judgement': 'or, if it is right as it is, write "judgements": \'{\' "{lint}": "<{why}>" \'}\'',
  'validation.judgement.why.forecast': 'why the quote states the relation as a fact',
  'validation.judgement.why.undatedTie': 'why the words do not date this tie',
  'validation.judgement.why.endedThatDay': 'where the text says it ended that day',
  'validation.judgement.why.happenedThatDay': 'where the text says it happened that day',
  'validation.judgement.why.ownVoice': 'why the outlet states it in its own voice',
  'validation.judgement.why.theirClaim': 'where the text gives the claim to them',
} satisfies Record<ValidatorMessageId, string>;
