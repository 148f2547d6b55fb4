// Pure edits of a dataset's relations, (args) => (dataset) => dataset: add, replace, delete, and add a quote as evidence.
import type { Evidence, Relation } from '../domain/model';
import type { DatasetEdit } from './actorTransitions';

/** Adds a relation, or replaces the one with `previousId` in place (keeping its position in the file). */
export const putRelation =
  (relation: Relation, previousId?: string): DatasetEdit =>
  (dataset) => ({
    ...dataset,
    relations:
      previousId === undefined
        ? [...dataset.relations, relation]
        : dataset.relations.map((existing) => (existing.id === previousId ? relation : existing)),
  });

export const deleteRelation =
  (relationId: string): DatasetEdit =>
  (dataset) => ({
    ...dataset,
    relations: dataset.relations.filter((relation) => relation.id !== relationId),
  });

/** Cites one more quote for an existing relation. */
export const addEvidence =
  (relationId: string, evidence: Evidence): DatasetEdit =>
  (dataset) => ({
    ...dataset,
    relations: dataset.relations.map((relation) =>
      relation.id === relationId ? { ...relation, evidence: [...relation.evidence, evidence] } : relation,
    ),
  });
