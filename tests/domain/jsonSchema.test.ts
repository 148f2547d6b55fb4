// The published JSON Schema is generated from the zod definition: a stale committed copy fails here.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { datasetJsonSchema, datasetJsonSchemaText } from '../../src/domain/jsonSchema';
import { BUILT_IN_RELATION_TYPES } from '../../src/domain/relationTypes';

const committed = path.join(import.meta.dirname, '../../schema/dataset.schema.json');

describe('schema/dataset.schema.json', () => {
  it('is current: run `npm run schema` after changing src/domain/schema.ts', () => {
    expect(readFileSync(committed, 'utf8')).toBe(datasetJsonSchemaText());
  });

  it('says what editors need: required fields, no unknown fields, one of text/textFile, the built-in types', () => {
    const schema = datasetJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { items: Record<string, unknown> }>;
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['formatVersion', 'id', 'title', 'documents', 'actors', 'relations']),
    );
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.documents?.items.oneOf).toEqual([{ required: ['text'] }, { required: ['textFile'] }]);
    const relationType = (schema.properties.relations?.items.properties as Record<string, { examples?: string[] }>)
      .type;
    expect(relationType?.examples).toEqual(BUILT_IN_RELATION_TYPES.map((type) => type.id));
  });
});
