// Pure edits of a dataset's actors, (args) => (dataset) => dataset: add, replace (renaming every reference), delete (with what depends on it), arrange.
import type { Actor, Dataset, Evidence, Position, Relation } from '../domain/model';

export type DatasetEdit = (dataset: Dataset) => Dataset;

/** Adds an actor, or replaces the one with `previousId`; a changed id is renamed in every reference to it. */
export const putActor =
  (actor: Actor, previousId?: string): DatasetEdit =>
  (dataset) => {
    if (previousId === undefined) return { ...dataset, actors: [...dataset.actors, actor] };
    const actors = dataset.actors.map((existing) => (existing.id === previousId ? actor : existing));
    if (actor.id === previousId) return { ...dataset, actors };
    return renameActorReferences(previousId, actor.id)({ ...dataset, actors });
  };

const renameActorReferences =
  (from: string, to: string): DatasetEdit =>
  (dataset) => {
    const rename = (id: string) => (id === from ? to : id);
    return {
      ...dataset,
      actors: dataset.actors.map((actor) => (actor.affiliation === from ? { ...actor, affiliation: to } : actor)),
      relations: dataset.relations.map((relation) => ({
        ...relation,
        source: rename(relation.source),
        target: rename(relation.target),
        evidence: relation.evidence.map((evidence) =>
          evidence.attributedTo === from ? { ...evidence, attributedTo: to } : evidence,
        ),
      })),
    };
  };

/** What deleting an actor takes with it: its relations, and the affiliation of actors that belong to it. */
export function actorDependents(
  dataset: Dataset,
  actorId: string,
): { relations: Relation[]; members: Actor[]; attributions: number } {
  const relations = dataset.relations.filter((relation) => relation.source === actorId || relation.target === actorId);
  const members = dataset.actors.filter((actor) => actor.affiliation === actorId);
  let attributions = 0;
  for (const relation of dataset.relations)
    for (const evidence of relation.evidence) if (evidence.attributedTo === actorId) attributions++;
  return { relations, members, attributions };
}

/** Deletes an actor with its relations; actors affiliated to it and quotes attributed to it lose that link. */
export const deleteActor =
  (actorId: string): DatasetEdit =>
  (dataset) => ({
    ...dataset,
    actors: dataset.actors
      .filter((actor) => actor.id !== actorId)
      .map((actor) => (actor.affiliation === actorId ? withoutKey(actor, 'affiliation') : actor)),
    relations: dataset.relations
      .filter((relation) => relation.source !== actorId && relation.target !== actorId)
      .map((relation) => ({
        ...relation,
        evidence: relation.evidence.map((evidence): Evidence =>
          evidence.attributedTo === actorId ? withoutKey(evidence, 'attributedTo') : evidence,
        ),
      })),
  });

export function withoutKey<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

/** Saved positions to write, by actor id: a position pins the actor where the curator put it, null unpins it. */
export type PositionChanges = ReadonlyMap<string, Position | null>;

/** A tenth of a graph unit is finer than the screen shows at the highest zoom; more digits only clutter the file. */
const roundCoordinate = (value: number) => Math.round(value * 10) / 10 + 0;

/** Saves where the curator put actors (rounded to a tenth of a unit), or forgets a saved position; other actors are untouched. */
export const moveActors =
  (changes: PositionChanges): DatasetEdit =>
  (dataset) => ({
    ...dataset,
    actors: dataset.actors.map((actor) => {
      const change = changes.get(actor.id);
      if (change === undefined) return actor;
      if (change === null) return actor.position ? withoutKey(actor, 'position') : actor;
      const position = { x: roundCoordinate(change.x), y: roundCoordinate(change.y) };
      // The same actor when nothing moves, so an edit that moves nothing is no change at all.
      if (actor.position?.x === position.x && actor.position.y === position.y) return actor;
      return { ...actor, position };
    }),
  });

/** The changes that unpin every actor with a saved position, so that the next layout places them all afresh. */
export function unpinEveryActor(dataset: Dataset): PositionChanges {
  return new Map(dataset.actors.filter((actor) => actor.position).map((actor) => [actor.id, null]));
}
