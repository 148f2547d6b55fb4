// Generates the published JSON Schema from the one zod definition, adding what zod cannot say (exactly one of text/textFile).
import { z } from 'zod';
import { datasetSchema } from './schema';

export function datasetJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', unrepresentable: 'throw' }) as Record<
    string,
    unknown
  >;
  const properties = generated.properties as Record<string, { items?: Record<string, unknown> }>;
  const documentItems = properties.documents?.items;
  if (!documentItems) throw new Error('dataset schema has no documents.items');
  // The validator enforces this in evidenceChecks.ts; the schema says it for editors.
  documentItems.oneOf = [{ required: ['text'] }, { required: ['textFile'] }];
  return generated;
}

export function datasetJsonSchemaText(): string {
  return JSON.stringify(datasetJsonSchema(), null, 2) + '\n';
}
