// The dataset's types, inferred from the one schema definition, and the checked form the rest of the program trusts.
import type { z } from 'zod';
import type {
  actorSchema,
  datasetSchema,
  documentSchema,
  evidenceSchema,
  positionSchema,
  relationSchema,
} from './schema';
import type { RelationTypeInfo } from './relationTypes';

export type Dataset = z.infer<typeof datasetSchema>;
export type SourceDocument = z.infer<typeof documentSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type ActorKind = Actor['kind'];
export type Relation = z.infer<typeof relationSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Position = z.infer<typeof positionSchema>;

/** Where a quote sits in its document's archived text: UTF-16 offsets into the original, unnormalised text. */
export interface TextAnchor {
  start: number;
  end: number;
}

/**
 * A dataset that passed validation. Everything past the validator reads this and never re-checks:
 * every reference resolves, every quote has been found, and its place in the source is known.
 */
export interface CheckedDataset {
  dataset: Dataset;
  /** Full archived text per document id (inline text or the loaded textFile). */
  documentTexts: ReadonlyMap<string, string>;
  /** anchors[relationIndex][evidenceIndex]: where each quote was found. */
  anchors: ReadonlyArray<ReadonlyArray<TextAnchor>>;
  /** The built-in relation types plus the dataset's own, by id. */
  relationTypes: ReadonlyMap<string, RelationTypeInfo>;
  actorsById: ReadonlyMap<string, Actor>;
  /** Where each relation sits in dataset.relations (and so in anchors), by relation id. */
  relationIndexById: ReadonlyMap<string, number>;
  documentsById: ReadonlyMap<string, SourceDocument>;
}

/** The relation with this id, or undefined. */
export function relationById(checked: CheckedDataset, relationId: string): Relation | undefined {
  const index = checked.relationIndexById.get(relationId);
  return index === undefined ? undefined : checked.dataset.relations[index];
}
