// Words the panels share: actor names, relation type labels, one-line relation descriptions, safe links.
import type { CheckedDataset, Relation } from '../domain/model';
import { ACTOR_KIND_STYLES } from '../graph/palette';

export const actorName = (checked: CheckedDataset, actorId: string) => checked.actorsById.get(actorId)?.name ?? actorId;

export const typeLabel = (checked: CheckedDataset, typeId: string) =>
  checked.relationTypes.get(typeId)?.label ?? typeId;

export const kindLabel = (kind: string) => ACTOR_KIND_STYLES[kind as keyof typeof ACTOR_KIND_STYLES]?.label ?? kind;

/** "Russia strikes Syria" */
export function relationSentence(checked: CheckedDataset, relation: Relation): string {
  return `${actorName(checked, relation.source)} ${typeLabel(checked, relation.type)} ${actorName(checked, relation.target)}`;
}

/** Only http(s) URLs become links; anything else (javascript:, data:) stays text. */
export function isHttpUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
