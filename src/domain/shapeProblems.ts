// Turns the schema's findings (missing, unknown or mistyped fields) into problems a curator understands.
import { z } from 'zod';
import { datasetSchema, FORMAT_VERSION } from './schema';
import type { JsonPath } from './jsonPointer';
import { say, type FormatRule, type ProblemText } from './problemMessages';
import { jsonTypeOf, valueAt, type ProblemCollector } from './validationContext';
import { didYouMean } from './suggest';

type ShapeIssue = z.core.$ZodIssue;

/** A value as the messages quote it: written as JSON ("undefined" for none). */
const quoted = (value: unknown): string => String(JSON.stringify(value));

/** The schema gives zod the ids of its rules as error messages (schema.ts); anything else is zod's own. */
const isFormatRule = (message: string): message is FormatRule => message.startsWith('validation.rule.');

export function checkShape(value: unknown, report: ProblemCollector): z.infer<typeof datasetSchema> | undefined {
  const parsed = datasetSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) reportIssue(issue, value, report);
  return undefined;
}

function fieldName(path: JsonPath): ProblemText {
  const last = path[path.length - 1];
  if (last === undefined) return say('validation.field.root');
  return typeof last === 'number'
    ? say('validation.field.item', { index: last })
    : say('validation.field.key', { key: last });
}

function reportIssue(issue: ShapeIssue, root: unknown, report: ProblemCollector): void {
  const path = issue.path as JsonPath;
  const field = fieldName(path);
  const actual = valueAt(root, path);
  switch (issue.code) {
    case 'invalid_type': {
      if (actual === undefined && path.length > 0) {
        report.error('missing-field', path, say('validation.shape.missing', { field }));
      } else {
        const wrongType = { field, expected: issue.expected, actual: jsonTypeOf(actual) };
        report.error('wrong-type', path, say('validation.shape.wrongType', wrongType));
      }
      return;
    }
    case 'unrecognized_keys': {
      const known = knownKeysAt(path);
      for (const key of issue.keys) {
        const hint =
          didYouMean(key, known) ??
          (known.length > 0 ? say('validation.shape.allowedFields', { fields: known.join(', ') }) : undefined);
        report.error('unknown-field', [...path, key], say('validation.shape.unknownField', { key }), hint, {
          key: true,
        });
      }
      return;
    }
    case 'invalid_value': {
      const options = issue.values.map(quoted);
      if (options.length === 1) {
        report.error(
          'invalid-value',
          path,
          say('validation.shape.notValue', { field, expected: options[0] ?? '', actual: quoted(actual) }),
          path.join('/') === 'formatVersion'
            ? say('validation.shape.formatVersion.hint', { version: FORMAT_VERSION })
            : undefined,
        );
      } else {
        const hint = typeof actual === 'string' ? didYouMean(actual, issue.values.map(String)) : undefined;
        const notOneOf = { field, actual: quoted(actual), options: options.join(', ') };
        report.error('invalid-value', path, say('validation.shape.notOneOf', notOneOf), hint);
      }
      return;
    }
    case 'invalid_format':
      report.error('invalid-value', path, brokenRule(field, actual, issue.message));
      return;
    case 'too_small':
      report.error(
        'invalid-value',
        path,
        issue.origin === 'array'
          ? say('validation.shape.tooFewItems', { field, minimum: Number(issue.minimum) })
          : say('validation.shape.empty', { field }),
      );
      return;
    default:
      report.error(
        'invalid-value',
        path,
        isFormatRule(issue.message)
          ? brokenRule(field, actual, issue.message)
          : say('validation.shape.other', { field, detail: issue.message }),
      );
  }
}

/** `"/actors/1/id" "Putin" must be a slug…`: the value and the rule of its format it breaks. */
function brokenRule(field: ProblemText, actual: unknown, message: string): ProblemText {
  return isFormatRule(message)
    ? say('validation.shape.format', { field, actual: quoted(actual), rule: say(message) })
    : say('validation.shape.other', { field, detail: message });
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
