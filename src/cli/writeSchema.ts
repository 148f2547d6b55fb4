// `npm run schema`: regenerates schema/dataset.schema.json from src/domain/schema.ts (a test fails while it is stale).
import { writeFile } from 'node:fs/promises';
import { datasetJsonSchemaText } from '../domain/jsonSchema';

export const SCHEMA_PATH = 'schema/dataset.schema.json';

await writeFile(SCHEMA_PATH, datasetJsonSchemaText());
console.log(`wrote ${SCHEMA_PATH}`);
