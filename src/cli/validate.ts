// `npm run validate [file ...]`: one line per problem, a summary; exit 0 clean, 1 on any error, 2 when a file cannot be read.
import { countBySeverity } from '../domain/problems';
import { readerFormatter } from '../i18n/readerFormatter';
import { findDatasets, validateDatasetFile } from './nodeDataset';
import { problemLine } from './problemLine';

async function main(argv: string[]): Promise<number> {
  const files = argv.length > 0 ? argv : await findDatasets('data');
  if (files.length === 0) {
    console.error('validate: no dataset found (looked for data/*/dataset.json)');
    return 2;
  }
  let errors = 0;
  let warnings = 0;
  let unreadable = 0;
  for (const file of files) {
    const outcome = await validateDatasetFile(file);
    if (!outcome.readable) {
      unreadable++;
      console.log(`${file}  cannot be read: ${outcome.reason}`);
      continue;
    }
    for (const problem of outcome.result.problems) console.log(problemLine(readerFormatter(), problem));
    const counts = countBySeverity(outcome.result.problems);
    errors += counts.errors;
    warnings += counts.warnings;
    if (outcome.result.ok) {
      const { dataset } = outcome.result.checked;
      const quotes = dataset.relations.reduce((sum, relation) => sum + relation.evidence.length, 0);
      console.log(
        `${file}: valid — ${dataset.actors.length} actors, ${dataset.relations.length} relations, ${quotes} quotes found in ${dataset.documents.length} documents`,
      );
    }
  }
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  console.log(
    `${plural(files.length, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${unreadable ? `, ${unreadable} unreadable` : ''}`,
  );
  return unreadable > 0 ? 2 : errors > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
