// The actor kinds' words, beside the relation vocabulary: read by the legend, the filters, the panels and the exports.
import type { ActorKind } from './model';
import { ACTOR_KINDS } from './formatValues';

const ACTOR_KIND_LABELS: Readonly<Record<ActorKind, string>> = {
  person: 'person',
  state: 'state',
  organization: 'organization',
  'armed-group': 'armed group',
  place: 'place',
};

/** A kind's label; an unknown kind (from a newer format) shows as its id. */
export const actorKindLabel = (kind: string): string =>
  (ACTOR_KINDS as readonly string[]).includes(kind) ? ACTOR_KIND_LABELS[kind as ActorKind] : kind;
