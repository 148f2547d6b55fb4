// `npm run suggest -- --dataset <dataset.json|.zip> <article.txt|.md|.html>`: prints the relations the suggestion
// engine proposes for the article, as a JSON array on stdout; notices go to stderr. Exit 0 on success (an empty array
// included), 1 when the dataset is not valid, 2 when a file cannot be read or the command is misused.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '../domain/model';
import { readerFormatter } from '../i18n/readerFormatter';
import { sourceFaultMessage } from '../io/sourceFaultWords';
import { readSourceFile } from '../io/sourceFile';
import { suggestRelations } from '../suggestions/engine';
import type { Suggestion, SuggestNotice } from '../suggestions/types';
import { validateDatasetFile } from './nodeDataset';
import { problemLine } from './problemLine';

const i18n = readerFormatter();

class UsageError extends Error {}

interface Arguments {
  dataset: string;
  article: string;
}

function parseArguments(argv: readonly string[]): Arguments {
  let dataset: string | undefined;
  const articles: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--dataset') {
      dataset = argv[++index];
      if (dataset === undefined || dataset.startsWith('--'))
        throw new UsageError(i18n.t('suggestCommand.fault.no-dataset'));
    } else if (argument.startsWith('--dataset=')) dataset = argument.slice('--dataset='.length);
    else if (argument.startsWith('--'))
      throw new UsageError(i18n.t('suggestCommand.fault.unknown-option', { option: argument }));
    else articles.push(argument);
  }
  if (dataset === undefined || dataset === '') throw new UsageError(i18n.t('suggestCommand.fault.no-dataset'));
  if (articles.length === 0) throw new UsageError(i18n.t('suggestCommand.fault.no-article'));
  if (articles.length > 1)
    throw new UsageError(i18n.t('suggestCommand.fault.several-articles', { count: articles.length }));
  return { dataset, article: articles[0]! };
}

function noticeMessage(file: string, notice: SuggestNotice): string {
  switch (notice.code) {
    case 'empty-text':
      return i18n.t('sources.fault.empty', { name: file });
    case 'not-english':
      return i18n.t('suggestCommand.notice.not-english', { file, language: notice.language ?? '?' });
    case 'sentence-too-long':
      return i18n.t('suggestCommand.notice.sentence-too-long', { file, ...notice });
    case 'line-too-long':
      return i18n.t('suggestCommand.notice.line-too-long', { file, start: notice.start, end: notice.end });
  }
}

/** What the command prints per suggestion: the fields, in its order. */
function printed(suggestion: Suggestion) {
  const { type, plover, source, target, quote, prefix, suffix, certainty, negated, attributedTo, date, cues } =
    suggestion;
  return {
    type,
    plover,
    source,
    target,
    quote,
    ...(prefix !== undefined && { prefix }),
    ...(suffix !== undefined && { suffix }),
    certainty,
    negated,
    ...(attributedTo !== undefined && { attributedTo }),
    ...(date !== undefined && { date }),
    cues,
  };
}

async function main(argv: readonly string[]): Promise<number> {
  let args: Arguments;
  try {
    args = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(
      `${i18n.t('suggestCommand.fault.usage', { message: error.message })}\n${i18n.t('suggestCommand.usage')}`,
    );
    return 2;
  }

  const validation = await validateDatasetFile(args.dataset);
  if (!validation.readable) {
    console.error(i18n.t('suggestCommand.fault.unreadable', { file: args.dataset, reason: validation.reason }));
    return 2;
  }
  if (!validation.result.ok) {
    const errors = validation.result.problems.filter((problem) => problem.severity === 'error');
    console.error(i18n.t('suggestCommand.fault.invalid-dataset', { file: args.dataset, count: errors.length }));
    for (const problem of errors) console.error(problemLine(i18n, problem));
    return 1;
  }
  const dataset: Dataset = validation.result.checked.dataset;

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(args.article));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(i18n.t('suggestCommand.fault.unreadable', { file: args.article, reason }));
    return 2;
  }
  // A saved page is read as the reader reads it: Readability on an inert document (jsdom's DOMParser here).
  if (/\.(?:html?|xhtml)$/iu.test(args.article)) {
    const { JSDOM } = await import('jsdom');
    const { window } = new JSDOM('');
    Object.assign(globalThis, { DOMParser: window.DOMParser, Node: window.Node });
  }
  const name = path.basename(args.article);
  const outcome = await readSourceFile(new File([bytes as Uint8Array<ArrayBuffer>], name, { type: '' }));
  if (!outcome.ok) {
    console.error(sourceFaultMessage(i18n, args.article, outcome.fault));
    return 2;
  }

  const result = suggestRelations({ dataset, text: outcome.draft.text });
  for (const notice of result.notices) console.error(noticeMessage(args.article, notice));
  console.log(JSON.stringify(result.suggestions.map(printed), null, 2));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
