// The words of a problem, as the catalogue's message ids with their values: the domain says what is wrong in data, and
// the catalogue (src/i18n/en/validation.ts) says it in the reader's language. Values are plain data (strings, numbers
// and nested texts), so a problem crosses a worker's postMessage as it is.

type None = Record<never, never>;

/**
 * Each message a problem can carry and the values it takes. A value that is itself a ProblemText is said first and put
 * in its place (a field's name, a "did you mean" in a hint, where to write a judgement).
 */
export interface ProblemMessages {
  'validation.utf8.invalid': { offset: number; byte: string };
  'validation.utf8.invalid.hint': None;
  'validation.json.tooDeep': { limit: number };
  'validation.json.tooDeep.hint': None;
  'validation.json.syntax': { error: string };
  'validation.json.engine': { detail: string };
  'validation.json.duplicateKey': { key: string };
  'validation.json.duplicateKey.hint': None;
}

export type ProblemMessageId = keyof ProblemMessages;
export type ProblemValue = string | number | ProblemText;

type TextOf<Id extends ProblemMessageId> = keyof ProblemMessages[Id] extends never
  ? { id: Id; values?: undefined }
  : { id: Id; values: ProblemMessages[Id] };

/** One message of the catalogue with its values: what a problem says, before it is said in a language. */
export type ProblemText = { [Id in ProblemMessageId]: TextOf<Id> }[ProblemMessageId];

type ValuesOf<Id extends ProblemMessageId> = keyof ProblemMessages[Id] extends never ? [] : [ProblemMessages[Id]];

/** `say('validation.json.duplicateKey', { key })`: a message and its values, checked against the list above. */
export function say<Id extends ProblemMessageId>(id: Id, ...values: ValuesOf<Id>): ProblemText {
  return (values.length === 0 ? { id } : { id, values: values[0] }) as ProblemText;
}
