// Messages of the catalogue: what the validator finds wrong with a dataset (ICU MessageFormat; see ../en.ts). The ids
// and their values are the domain's (src/domain/problemMessages.ts): a message missing here, or one the domain does
// not know, fails typecheck. Positions and offsets are plain `{n}` (a byte offset is no quantity to group in
// thousands); counts are plurals.
import type { ProblemMessageId } from '../../domain/problemMessages';

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
} satisfies Record<ProblemMessageId, string>;
