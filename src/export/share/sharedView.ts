// Pure: the data of a shared view: the shown subgraph as a dataset (documents inlined, each drawn actor at its place on
// screen), and the view block that stamps it with when it was made, from which dataset and its content hash.
import { contentHash, jsonForHtml, SHARED_VIEW_VERSION, type SharedViewMeta } from '../../domain/sharedView';
import type { Dataset } from '../../domain/model';
import type { ExportSnapshot } from '../exportSnapshot';
import { visibleSubgraph } from '../visibleSubgraph';

type Positions = ReadonlyMap<string, { x: number; y: number }>;

export interface SharedViewRequest {
  title: string;
  subtitle: string;
  asOf: string | null;
  edgeLabels: boolean;
  createdAt: Date;
}

/** Positions to a tenth of a graph unit: finer than any screen shows, and the file stays short. */
const round = (value: number) => Math.round(value * 10) / 10;

function withPositions(dataset: Dataset, positions: Positions): Dataset {
  return {
    ...dataset,
    actors: dataset.actors.map((actor) => {
      const at = positions.get(actor.id);
      return at && Number.isFinite(at.x) && Number.isFinite(at.y)
        ? { ...actor, position: { x: round(at.x), y: round(at.y) } }
        : actor;
    }),
  };
}

/** The dataset block's text and the view block, the one stamped with the other's hash. */
export function sharedViewData(
  snapshot: ExportSnapshot,
  positions: Positions,
  request: SharedViewRequest,
): { datasetText: string; meta: SharedViewMeta } {
  const { checked, visible } = snapshot;
  const datasetText = jsonForHtml(withPositions(visibleSubgraph(checked, visible), positions));
  const meta: SharedViewMeta = {
    version: SHARED_VIEW_VERSION,
    createdAt: request.createdAt.toISOString(),
    source: { datasetId: checked.dataset.id, datasetTitle: checked.dataset.title },
    contentHash: contentHash(datasetText),
    title: request.title,
    subtitle: request.subtitle,
    shownActors: checked.dataset.actors.filter((actor) => visible.actorIds.has(actor.id)).map((actor) => actor.id),
    asOf: request.asOf,
    edgeLabels: request.edgeLabels,
  };
  return { datasetText, meta };
}
