// `npm run validate [file ...]`: one line per problem, a summary; exit 0 clean, 1 on any error, 2 when a file cannot be read.
import { countBySeverity } from '../domain/problems';
import { readerFormatter } from '../i18n/readerFormatter';
import { findDatasets, validateDatasetFile } from './nodeDataset';
import { problemLine } from './problemLine';

async function main(argv: string[]): Promise<number> {
  const format = readerFormatter();
  const files = argv.length > 0 ? argv : await findDatasets('data');
  if (files.length === 0) {
    console.error(format.t('cli.validate.noDataset'));
    return 2;
  }
  let errors = 0;
  let warnings = 0;
  let unreadable = 0;
  for (const file of files) {
    const outcome = await validateDatasetFile(file);
    if (!outcome.readable) {
      unreadable++;
      console.log(format.t('cli.validate.unreadable', { file, reason: outcome.reason }));
      continue;
    }
    for (const problem of outcome.result.problems) console.log(problemLine(format, problem));
    const counts = countBySeverity(outcome.result.problems);
    errors += counts.errors;
    warnings += counts.warnings;
    if (outcome.result.ok) {
      const { dataset } = outcome.result.checked;
      const quotes = dataset.relations.reduce((sum, relation) => sum + relation.evidence.length, 0);
      const { actors, relations, documents } = dataset;
      console.log(
        format.t('cli.validate.valid', {
          file,
          actors: actors.length,
          relations: relations.length,
          quotes,
          documents: documents.length,
        }),
      );
    }
  }
  console.log(format.t('cli.validate.summary', { files: files.length, errors, warnings, unreadable }));
  return unreadable > 0 ? 2 : errors > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
