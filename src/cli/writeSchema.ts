// `npm run schema`: regenerates schema/dataset.schema.json from src/domain/schema.ts (a test fails while it is stale).
import { writeFile } from 'node:fs/promises';
import { datasetJsonSchemaText } from '../domain/jsonSchema';
import { readerFormatter } from '../i18n/readerFormatter';

export const SCHEMA_PATH = 'schema/dataset.schema.json';

await writeFile(SCHEMA_PATH, datasetJsonSchemaText());
console.log(readerFormatter().t('cli.schema.wrote', { path: SCHEMA_PATH }));
