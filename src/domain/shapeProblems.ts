// Turns the schema's findings (missing, unknown or mistyped fields) into problems a curator understands.
import { z } from 'zod';
import { datasetSchema } from './schema';
import type { JsonPath } from './jsonPointer';
import { describeJsonType, valueAt, type ProblemCollector } from './validationContext';
import { didYouMean } from './suggest';

type ShapeIssue = z.core.$ZodIssue;

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
};

export function checkShape(value: unknown, report: ProblemCollector): z.infer<typeof datasetSchema> | undefined {
  const parsed = datasetSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) reportIssue(issue, value, report);
  return undefined;
}

function fieldName(path: JsonPath): string {
  const last = path[path.length - 1];
  return last === undefined ? 'the dataset' : typeof last === 'number' ? `item ${last}` : `"${last}"`;
}

function reportIssue(issue: ShapeIssue, root: unknown, report: ProblemCollector): void {
  const path = issue.path as JsonPath;
  const field = fieldName(path);
  const actual = valueAt(root, path);
  switch (issue.code) {
    case 'invalid_type': {
      if (actual === undefined && path.length > 0) {
        report.error('missing-field', path, `missing required field ${field}`);
      } else {
        const expected = EXPECTED[issue.expected] ?? issue.expected;
        report.error('wrong-type', path, `${field} must be ${expected}, not ${describeJsonType(actual)}`);
      }
      return;
    }
    case 'unrecognized_keys': {
      const known = knownKeysAt(path);
      for (const key of issue.keys) {
        const hint =
          didYouMean(key, known) ?? (known.length > 0 ? `fields allowed here: ${known.join(', ')}` : undefined);
        report.error('unknown-field', [...path, key], `unknown field "${key}"`, hint, { key: true });
      }
      return;
    }
    case 'invalid_value': {
      const options = issue.values.map((option) => JSON.stringify(option));
      if (options.length === 1) {
        report.error(
          'invalid-value',
          path,
          `${field} must be ${options[0]}, not ${JSON.stringify(actual)}`,
          path.join('/') === 'formatVersion' ? 'this program reads format version 1' : undefined,
        );
      } else {
        const hint = typeof actual === 'string' ? didYouMean(actual, issue.values.map(String)) : undefined;
        report.error(
          'invalid-value',
          path,
          `${field} ${JSON.stringify(actual)} is not one of ${options.join(', ')}`,
          hint,
        );
      }
      return;
    }
    case 'invalid_format':
      report.error('invalid-value', path, `${field} ${JSON.stringify(actual)} ${issue.message}`);
      return;
    case 'too_small':
      report.error(
        'invalid-value',
        path,
        issue.origin === 'array'
          ? `${field} needs at least ${String(issue.minimum)} item`
          : `${field} must not be empty`,
      );
      return;
    default:
      report.error('invalid-value', path, `${field}: ${issue.message}`);
  }
}

/** The field names the schema allows at a path, for "did you mean" hints. */
function knownKeysAt(path: JsonPath): string[] {
  let schema: z.ZodType | undefined = datasetSchema;
  for (const segment of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject && typeof segment === 'string')
      schema = (schema.shape as Record<string, z.ZodType>)[segment];
    else if (schema instanceof z.ZodArray && typeof segment === 'number') schema = schema.element as z.ZodType;
    else return [];
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  return schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
}
