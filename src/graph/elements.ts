// Pure: a checked dataset (and the grouping option) → Cytoscape element definitions.
import type { ElementDefinition } from 'cytoscape';
import { claimStatusesOf } from '../domain/claims';
import type { Actor, CheckedDataset } from '../domain/model';
import { supportOf } from '../domain/support';
import { CLAIM_MARKS } from './claimMarks';
import { captionOf } from './labels';
import { dashArray, dashLevelClass } from './dashes';
import { relationStyle } from './palette';
import { CLASSES } from './stylesheet';
import { supportMark } from './supportMarks';

/** Edge ids carry a prefix: actor ids are slugs without a colon, so nodes and edges never collide. */
const EDGE_PREFIX = 'rel:';
export const edgeIdOf = (relationId: string) => `${EDGE_PREFIX}${relationId}`;
export const relationIdOfEdge = (edgeId: string) =>
  edgeId.startsWith(EDGE_PREFIX) ? edgeId.slice(EDGE_PREFIX.length) : edgeId;

/** A stable 32-bit FNV-1a hash, for positions that are the same on every load. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A deterministic starting position from the id, spread over a disc that grows with the graph. */
export function seededPosition(id: string, actorCount: number): { x: number; y: number } {
  const hash = hashString(id);
  const radius = 60 * Math.sqrt(actorCount + 1) * Math.sqrt(((hash & 0xffff) + 1) / 0x10000);
  const angle = ((hash >>> 16) / 0x10000) * 2 * Math.PI;
  return { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) };
}

/**
 * Compound parents when grouping: people sit inside their affiliation. Only people are grouped and a parent is never
 * a person, so there are no cycles and parents are always states, organisations, armed groups or places.
 */
export function affiliationParents(
  actors: readonly Actor[],
  actorsById: ReadonlyMap<string, Actor>,
): Map<string, string> {
  const parents = new Map<string, string>();
  for (const actor of actors) {
    if (actor.kind !== 'person' || !actor.affiliation) continue;
    const parent = actorsById.get(actor.affiliation);
    if (parent && parent.kind !== 'person') parents.set(actor.id, parent.id);
  }
  return parents;
}

/**
 * `overview`: start every element in the overview style, without the `detailed` class (a large graph, first shown
 * fitted, hence from afar). `dashLevel`: the zoom level class dashed edges start with (graph/dashes.ts), the one the
 * graph already shows.
 */
export function datasetElements(
  checked: CheckedDataset,
  options: { groupByAffiliation: boolean; overview?: boolean; dashLevel?: number },
): ElementDefinition[] {
  const classes = options.overview ? undefined : CLASSES.detailed;
  const dashedClasses =
    [classes, options.dashLevel ? dashLevelClass(options.dashLevel) : undefined].filter(Boolean).join(' ') || undefined;
  const types = [...checked.relationTypes.values()];
  const dashedTypes = new Set(
    types.filter((type) => dashArray(relationStyle(type)) !== undefined).map((type) => type.id),
  );
  const arrowByType = new Map(
    types.map((type) => [type.id, relationStyle(type).arrow] as const).filter(([, arrow]) => arrow !== 'none'),
  );
  const widthByType = new Map(types.map((type) => [type.id, relationStyle(type).width]));
  const { actors, relations } = checked.dataset;
  const statuses = claimStatusesOf(checked);
  const support = supportOf(checked);
  const parents = options.groupByAffiliation
    ? affiliationParents(actors, checked.actorsById)
    : new Map<string, string>();
  const elements: ElementDefinition[] = [];
  for (const actor of actors) {
    const parent = parents.get(actor.id);
    elements.push({
      group: 'nodes',
      data: {
        id: actor.id,
        label: actor.name,
        caption: captionOf(actor.name),
        kind: actor.kind,
        ...(parent ? { parent } : {}),
      },
      position: actor.position ? { ...actor.position } : seededPosition(actor.id, actors.length),
      ...(classes ? { classes } : {}),
    });
  }
  relations.forEach((relation, index) => {
    const type = checked.relationTypes.get(relation.type);
    const status = statuses[index] ?? 'asserted';
    const documents = support[index]?.documents ?? 1;
    // Hedged relations are drawn thinner than their type (graph/claimMarks.ts), better sourced ones wider.
    const widthScale = CLAIM_MARKS[status].widthScale * supportMark(documents).widthScale;
    elements.push({
      group: 'edges',
      data: {
        id: edgeIdOf(relation.id),
        relationId: relation.id,
        source: relation.source,
        target: relation.target,
        type: relation.type,
        label: type?.label ?? relation.type,
        ...(arrowByType.has(relation.type) ? { arrow: arrowByType.get(relation.type) } : {}),
        ...(dashedTypes.has(relation.type) ? { dashed: true } : {}),
        status,
        documents,
        ...(widthScale !== 1 ? { width: (widthByType.get(relation.type) ?? 1) * widthScale } : {}),
      },
      ...(dashedTypes.has(relation.type)
        ? dashedClasses
          ? { classes: dashedClasses }
          : {}
        : classes
          ? { classes }
          : {}),
    });
  });
  return elements;
}
