// The one legend model: what the Legend panel and an exported figure's legend show (actor kinds, relation types and
// claim marks, with how many of each are visible), read from the palette and the claim marks tables.
import { actorKindLabel } from '../domain/actorKinds';
import type { ClaimStatus } from '../domain/claims';
import type { ActorKind, CheckedDataset } from '../domain/model';
import { perDataset } from '../domain/perDataset';
import { countByDocument, countByKind, countByStatus, countByType, type Visibility } from '../domain/query';
import { CLAIM_MARKS, MARKED_STATUSES, type ClaimMark } from './claimMarks';
import { ACTOR_KIND_STYLES, relationStyle, type ActorKindStyle, type RelationStyle } from './palette';

interface Counted {
  /** Shown now: visible actors of the kind, visible relations of the type or status. */
  visible: number;
  /** In the whole dataset. */
  total: number;
}

export interface KindEntry extends Counted {
  kind: ActorKind;
  label: string;
  style: ActorKindStyle;
}

export interface RelationEntry extends Counted {
  id: string;
  label: string;
  description: string;
  directed: boolean;
  style: RelationStyle;
}

/** A claim status drawn differently from an asserted relation; its words come from the message catalogue. */
export interface MarkEntry extends Counted {
  status: ClaimStatus;
  mark: ClaimMark;
}

export interface LegendModel {
  /** Kinds the dataset's actors have, in palette order. */
  kinds: KindEntry[];
  /** Types the dataset's relations use, in vocabulary order. */
  relations: RelationEntry[];
  /** Marked statuses the dataset's relations have, in the order of CLAIM_STATUSES. */
  marks: MarkEntry[];
}

const allIndices = (checked: CheckedDataset) => checked.dataset.relations.map((_, index) => index);

/** Actors per kind, relations per type, per claim status and per cited document, in the whole dataset: counted once. */
export const datasetTotals = perDataset((checked) => ({
  kinds: countByKind(
    checked,
    checked.dataset.actors.map((actor) => actor.id),
  ),
  documents: countByDocument(checked, allIndices(checked)),
  types: countByType(checked, allIndices(checked)),
  statuses: countByStatus(checked, allIndices(checked)),
}));

/** Every entry the dataset calls for, each with its visible and total count. */
export function legendModel(checked: CheckedDataset, visible: Visibility): LegendModel {
  const totals = datasetTotals(checked);
  const kindsShown = countByKind(checked, visible.actorIds);
  const typesShown = countByType(checked, visible.relationIndices);
  const statusesShown = countByStatus(checked, visible.relationIndices);
  const kinds = (Object.entries(ACTOR_KIND_STYLES) as [ActorKind, ActorKindStyle][])
    .filter(([kind]) => totals.kinds.has(kind))
    .map(([kind, style]) => ({
      kind,
      label: actorKindLabel(kind),
      style,
      visible: kindsShown.get(kind) ?? 0,
      total: totals.kinds.get(kind) ?? 0,
    }));
  const relations = [...checked.relationTypes.values()]
    .filter((type) => totals.types.has(type.id))
    .map((type) => ({
      id: type.id,
      label: type.label,
      description: type.description,
      directed: type.directed,
      style: relationStyle(type),
      visible: typesShown.get(type.id) ?? 0,
      total: totals.types.get(type.id) ?? 0,
    }));
  const marks = MARKED_STATUSES.filter((status) => (totals.statuses.get(status) ?? 0) > 0).map((status) => ({
    status,
    mark: CLAIM_MARKS[status],
    visible: statusesShown.get(status) ?? 0,
    total: totals.statuses.get(status) ?? 0,
  }));
  return { kinds, relations, marks };
}

/** Only what is visible: a figure's legend explains what the figure shows, nothing more. */
export function visibleLegend(model: LegendModel): LegendModel {
  const shown = <T extends Counted>(entries: T[]) => entries.filter((entry) => entry.visible > 0);
  return { kinds: shown(model.kinds), relations: shown(model.relations), marks: shown(model.marks) };
}
