// Position-only edits, applied without re-validating the whole dataset: a saved position matters to the schema alone.
import { fromPointer } from '../domain/jsonPointer';
import type { CheckedDataset } from '../domain/model';
import type { Problem } from '../domain/problems';
import type { ValidationResult } from '../domain/validate';
import { moveActors, type PositionChanges } from './actorTransitions';
import { datasetJsonLocator } from './datasetJsonLocation';

/**
 * Moves, pins or unpins actors of a checked dataset; null when the changes are not for this shortcut (an unknown actor,
 * a coordinate that is not a finite number), which the full validator must then judge.
 *
 * Why what this returns is valid, and is what re-validating would give: the validator reads an actor's `position` in
 * its schema only (an optional strict object of two numbers, which zod takes only when finite); no reference, date,
 * quote, usage or hedge check reads it. Changing the positions of existing actors to finite numbers, or removing them,
 * leaves every other check's input as it was: the dataset stays valid, with the same problems at the same JSON
 * pointers. Only their line:column move, because the text gains or loses lines, so they are located again in the text
 * datasetFileText writes, which is the text a re-validation reads. tests/curation/positionEdit.test.ts holds both ways to
 * the same result on random changes.
 */
export function applyPositionChanges(
  checked: CheckedDataset,
  warnings: readonly Problem[],
  changes: PositionChanges,
): Extract<ValidationResult, { ok: true }> | null {
  for (const id of changes.keys()) if (!checked.actorsById.has(id)) return null;
  const dataset = moveActors(changes)(checked.dataset);
  let changed = false;
  for (const [index, actor] of dataset.actors.entries()) {
    if (actor === checked.dataset.actors[index]) continue;
    changed = true;
    // Rounding can overflow a huge coordinate into Infinity, which JSON cannot hold.
    if (actor.position && !(Number.isFinite(actor.position.x) && Number.isFinite(actor.position.y))) return null;
  }
  if (!changed) return { ok: true, checked, problems: [...warnings] };
  return {
    ok: true,
    checked: { ...checked, dataset, actorsById: new Map(dataset.actors.map((actor) => [actor.id, actor])) },
    problems: relocatedProblems(warnings, dataset),
  };
}

/** The problems located again in the text datasetFileText writes for `dataset`, in the validator's order (by line:column). */
function relocatedProblems(problems: readonly Problem[], dataset: CheckedDataset['dataset']): Problem[] {
  if (problems.length === 0) return [];
  const locate = datasetJsonLocator(dataset);
  return problems
    .map((problem) => ({ ...problem, ...locate(fromPointer(problem.pointer)) }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
