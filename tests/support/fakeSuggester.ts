// Test helper: a suggestion engine behind the reader's worker boundary that answers what the test says, when the test
// says (the shipped reader asks the real engine in its worker; these tests are about the page).
import type { Suggester } from '../../src/features/curation/suggest/suggester';
import type { SuggesterHost } from '../../src/features/curation/suggest/suggesterHost';
import type { SuggestInput, SuggestResult } from '../../src/suggestions/types';

export interface FakeSuggester {
  /** Every question asked, in order. */
  questions: SuggestInput[];
  /** What the context hands the reader: the fake, for as long as the reader holds it. */
  host: SuggesterHost;
  /** Answers the oldest question not answered yet (manual mode). */
  answerNext(result?: SuggestResult): void;
}

/** Answers each question at once with `answer(input)`, or, with `manual`, only when the test calls answerNext. */
export function fakeSuggester(
  answer: (input: SuggestInput) => SuggestResult,
  options: { manual?: boolean } = {},
): FakeSuggester {
  const questions: SuggestInput[] = [];
  const waiting: Array<{ input: SuggestInput; resolve(result: SuggestResult): void }> = [];
  const suggester: Suggester = {
    suggest(input) {
      questions.push(input);
      if (!options.manual) return Promise.resolve(answer(input));
      return new Promise((resolve) => waiting.push({ input, resolve }));
    },
  };
  return {
    questions,
    host: { acquire: () => ({ suggester, release() {} }) },
    answerNext(result) {
      const next = waiting.shift();
      if (!next) throw new Error('no question is waiting for an answer');
      next.resolve(result ?? answer(next.input));
    },
  };
}
