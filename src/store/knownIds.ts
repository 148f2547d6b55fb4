// Pure: what of the view state names things a dataset has — the selection, the path's two ends, the speakers — and
// what it names that the dataset lacks, said as the link parts it leaves out.
import type { CheckedDataset } from '../domain/model';
import type { Filters } from '../domain/query';
import { OUTLET_VOICE } from '../domain/speakers';
import type { IgnoredPart } from './linkNoticeSlice';
import type { PathEnds } from './pathSlice';
import type { Selection } from '../domain/selection';

export interface IdState {
  selection: Selection;
  path: PathEnds | null;
  filters: Filters;
}

/** The state with every unknown id left out (unchanged parts keep their identity), and what was left out. */
export function keepKnownIds(state: IdState, checked: CheckedDataset): IdState & { ignored: IgnoredPart[] } {
  const ignored: IgnoredPart[] = [];
  const hasActor = (id: string) => checked.actorsById.has(id);
  let selection = state.selection;
  if (selection !== null) {
    const exists = selection.kind === 'actor' ? hasActor(selection.id) : checked.relationIndexById.has(selection.id);
    if (!exists) {
      ignored.push({
        key: selection.kind,
        value: selection.id,
        reason: selection.kind === 'actor' ? 'unknown-actor' : 'unknown-relation',
      });
      selection = null;
    }
  }
  let path = state.path;
  if (path !== null) {
    const unknown = [path.from, path.to].find((id) => !hasActor(id));
    if (unknown !== undefined) {
      ignored.push({ key: 'path', value: unknown, reason: 'unknown-actor' });
      path = null;
    }
  }
  let filters = state.filters;
  const speakers = filters.speakers.filter((id) => id === OUTLET_VOICE || hasActor(id));
  if (speakers.length !== filters.speakers.length) {
    for (const id of filters.speakers)
      if (!speakers.includes(id)) ignored.push({ key: 'speaker', value: id, reason: 'unknown-actor' });
    filters = { ...filters, speakers };
  }
  return { selection, path, filters, ignored };
}
