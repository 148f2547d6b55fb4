// Checks that need the whole dataset: unique ids, references that resolve, known relation types, possible dates.
import { checkPartialDate, type PartialDate } from './dates';
import { checkDateValue, possibleDays, RELATION_DATE_PATTERN, type DateField, type DateValue } from './relationDates';
import { itemsOf, stringField, type RawObject } from './rawAccess';
import { BUILT_IN_RELATION_TYPES, builtInRelationType } from './relationTypes';
import { PARTIAL_DATE_PATTERN } from './schema';
import { didYouMean } from './suggest';
import type { ProblemCollector } from './validationContext';

const DATE_SHAPE = new RegExp(PARTIAL_DATE_PATTERN);
const RELATION_DATE_SHAPE = new RegExp(RELATION_DATE_PATTERN);

export interface IdIndex {
  actorIds: ReadonlySet<string>;
  documentIds: ReadonlySet<string>;
  relationTypeIds: ReadonlySet<string>;
}

/** Reports duplicates within each collection and returns the ids that exist. */
export function checkIds(root: unknown, report: ProblemCollector): IdIndex {
  const collect = (collection: string, what: string): Set<string> => {
    const firstSeen = new Map<string, number>();
    for (const [index, item] of itemsOf(root, collection)) {
      const id = stringField(item, 'id');
      if (id === undefined) continue;
      const earlier = firstSeen.get(id);
      if (earlier === undefined) firstSeen.set(id, index);
      else
        report.error(
          'duplicate-id',
          [collection, index, 'id'],
          `duplicate ${what} id "${id}": already used by /${collection}/${earlier}`,
          'ids must be unique within their collection',
        );
    }
    return new Set(firstSeen.keys());
  };
  const relationTypeIds = collect('relationTypes', 'relation type');
  collect('relations', 'relation');
  for (const [index, item] of itemsOf(root, 'relationTypes')) {
    const id = stringField(item, 'id');
    if (id !== undefined && builtInRelationType(id)) {
      report.error(
        'built-in-type-redefined',
        ['relationTypes', index, 'id'],
        `relation type "${id}" is built in and cannot be redefined`,
        'choose another id for your own type',
      );
    }
  }
  return { actorIds: collect('actors', 'actor'), documentIds: collect('documents', 'document'), relationTypeIds };
}

export function checkActors(root: unknown, ids: IdIndex, report: ProblemCollector): void {
  const affiliationOf = new Map<string, string>();
  for (const [index, actor] of itemsOf(root, 'actors')) {
    const id = stringField(actor, 'id');
    const affiliation = stringField(actor, 'affiliation');
    if (affiliation === undefined) continue;
    if (affiliation === id) {
      report.error(
        'affiliation-cycle',
        ['actors', index, 'affiliation'],
        `actor "${id}" cannot be affiliated with itself`,
      );
    } else if (!ids.actorIds.has(affiliation)) {
      report.error(
        'unknown-reference',
        ['actors', index, 'affiliation'],
        `affiliation "${affiliation}" is not an actor id`,
        didYouMean(affiliation, [...ids.actorIds]),
      );
    } else if (id !== undefined) {
      affiliationOf.set(id, affiliation);
    }
  }
  // Affiliations nest people inside organisations: a loop would nest a group inside itself.
  for (const [index, actor] of itemsOf(root, 'actors')) {
    const id = stringField(actor, 'id');
    if (id === undefined || !affiliationOf.has(id)) continue;
    const chain = [id];
    for (let next = affiliationOf.get(id); next !== undefined; next = affiliationOf.get(next)) {
      if (next === id) {
        report.error(
          'affiliation-cycle',
          ['actors', index, 'affiliation'],
          `affiliations form a loop: ${[...chain, id].join(' → ')}`,
          'an actor cannot belong, directly or not, to itself',
        );
        break;
      }
      if (chain.includes(next)) break; // a loop further on, reported from its own members
      chain.push(next);
    }
  }
}

export function checkRelations(root: unknown, ids: IdIndex, report: ProblemCollector): void {
  const knownTypes = [...BUILT_IN_RELATION_TYPES.map((type) => type.id), ...ids.relationTypeIds];
  const actorIds = [...ids.actorIds];
  for (const [index, relation] of itemsOf(root, 'relations')) {
    const type = stringField(relation, 'type');
    if (type !== undefined && type !== '' && !builtInRelationType(type) && !ids.relationTypeIds.has(type)) {
      const suggestion = didYouMean(type, knownTypes);
      report.error(
        'unknown-relation-type',
        ['relations', index, 'type'],
        `unknown relation type "${type}"`,
        `${suggestion ? suggestion + ' ' : ''}known types: ${knownTypes.join(', ')}; a dataset can add its own in "relationTypes"`,
      );
    }
    const source = stringField(relation, 'source');
    const target = stringField(relation, 'target');
    for (const [end, actorId] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (actorId !== undefined && !ids.actorIds.has(actorId)) {
        report.error(
          'unknown-reference',
          ['relations', index, end],
          `${end} "${actorId}" is not an actor id`,
          didYouMean(actorId, actorIds) ?? 'add the actor to "actors" first',
        );
      }
    }
    if (source !== undefined && source === target) {
      report.error(
        'self-relation',
        ['relations', index, 'target'],
        `relation goes from actor "${source}" to itself`,
        'a relation links two different actors',
      );
    }
    checkRelationDates(relation, index, report);
  }
}

function checkRelationDates(relation: RawObject, index: number, report: ProblemCollector): void {
  checkedRelationDate(relation, index, 'date', report);
  const start = checkedRelationDate(relation, index, 'start', report);
  const end = checkedRelationDate(relation, index, 'end', report);
  if (
    stringField(relation, 'date') !== undefined &&
    (stringField(relation, 'start') !== undefined || stringField(relation, 'end') !== undefined)
  ) {
    report.error(
      'date-conflict',
      ['relations', index, 'date'],
      'a relation has either "date" or "start"/"end", not both',
      'use "date" for one moment and "start"/"end" for a span',
    );
  }
  const earliestStart = start && possibleDays(start).low;
  const latestEnd = end && possibleDays(end).high;
  if (earliestStart && latestEnd && earliestStart > latestEnd) {
    report.error(
      'date-order',
      ['relations', index, 'end'],
      `end ${stringField(relation, 'end')} is before start ${stringField(relation, 'start')}`,
    );
  }
}

/** Reports a relation date that cannot be (2021-02-30, "[2021..2019]", an open "date"); a malformed one is the shape check's. */
function checkedRelationDate(
  relation: RawObject,
  index: number,
  field: DateField,
  report: ProblemCollector,
): DateValue | undefined {
  const value = stringField(relation, field);
  if (value === undefined || !RELATION_DATE_SHAPE.test(value)) return undefined;
  const checked = checkDateValue(value, field);
  if (checked.ok) return checked.value;
  report.error('invalid-date', ['relations', index, field], checked.message);
  return undefined;
}

export function checkDocumentDates(root: unknown, report: ProblemCollector): void {
  for (const [index, document] of itemsOf(root, 'documents'))
    checkedDate(document, ['documents', index], 'published', report);
}

/** Reports an impossible date (2021-02-30); a malformed one is the shape check's to report. */
function checkedDate(
  item: RawObject,
  path: ReadonlyArray<string | number>,
  key: string,
  report: ProblemCollector,
): PartialDate | undefined {
  const value = stringField(item, key);
  if (value === undefined || !DATE_SHAPE.test(value)) return undefined;
  const checked = checkPartialDate(value);
  if (checked.ok) return checked.date;
  report.error('invalid-date', [...path, key], checked.message);
  return undefined;
}

export function checkUsage(root: unknown, report: ProblemCollector): void {
  const inRelation = new Set<string>();
  for (const [, relation] of itemsOf(root, 'relations')) {
    for (const key of ['source', 'target']) {
      const id = stringField(relation, key);
      if (id !== undefined) inRelation.add(id);
    }
  }
  const cited = new Set<string>();
  for (const [, relation] of itemsOf(root, 'relations')) {
    for (const [, evidence] of itemsOf(relation, 'evidence')) {
      const document = stringField(evidence, 'document');
      if (document !== undefined) cited.add(document);
    }
  }
  for (const [index, actor] of itemsOf(root, 'actors')) {
    const id = stringField(actor, 'id');
    if (id !== undefined && !inRelation.has(id))
      report.warning(
        'unused-actor',
        ['actors', index],
        `actor "${id}" is in no relation`,
        'it shows as a lone node; add a relation or remove it',
      );
  }
  for (const [index, document] of itemsOf(root, 'documents')) {
    const id = stringField(document, 'id');
    if (id !== undefined && !cited.has(id))
      report.warning('unused-document', ['documents', index], `document "${id}" is cited by no evidence`);
  }
}
