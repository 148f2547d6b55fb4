// Keeps the URL in step with the store: pushState when the selection changes (so back/forward step through
// selections), replaceState for everything else, and popstate restores the state a history entry describes.
import type { ExplorerStore } from '../store/store';
import { sameSelection } from '../store/selectionSlice';
import type { ExplorerState } from '../store/types';
import { keepKnownIds } from '../store/knownIds';
import { decodeUrl, mergeIntoSearch, type UrlState } from './urlState';

/**
 * Restore what a URL describes (on load and on back/forward); the canvas follows the viewport it names. Ids the
 * dataset on screen lacks are left out here; before a dataset is open, when it arrives (store/datasetSlice.ts).
 */
export function applyUrlState(store: ExplorerStore, decoded: UrlState): void {
  const checked = store.getState().checked;
  const known = checked ? keepKnownIds(decoded, checked) : null;
  const url = known ? { ...decoded, ...known } : decoded;
  if (known) store.getState().linkPartsIgnored(known.ignored);
  store.setState({
    selection: url.selection,
    filters: url.filters,
    path: url.path,
    pathDirected: url.pathDirected,
    focusHops: url.focusHops,
    groupByAffiliation: url.groupByAffiliation,
    panels: url.panels,
    edgeLabels: url.edgeLabels,
    viewport: url.viewport,
  });
}

function urlStateOf(state: ExplorerState): UrlState {
  return {
    selection: state.selection,
    filters: state.filters,
    focusHops: state.focusHops,
    groupByAffiliation: state.groupByAffiliation,
    panels: state.panels,
    edgeLabels: state.edgeLabels,
    viewport: state.viewport,
    path: state.path,
    pathDirected: state.pathDirected,
  };
}

/** Put the URL right in place (replaceState): what the state says, without what it left out. */
function correctUrl(store: ExplorerStore, win: Window): void {
  const search = mergeIntoSearch(win.location.search, urlStateOf(store.getState()));
  if (search !== win.location.search)
    win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`);
}

/** Apply the current URL to the store, then follow the store. Returns a function that stops syncing. */
export function startUrlSync(store: ExplorerStore, win: Window = window): () => void {
  const opened = decodeUrl(win.location.search);
  store.getState().linkPartsIgnored(opened.ignored);
  applyUrlState(store, opened.state);
  if (opened.ignored.length > 0) correctUrl(store, win);
  let restoring = false;

  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring) return;
    const search = mergeIntoSearch(win.location.search, urlStateOf(state));
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    // Leaving out what a link named that the dataset lacks corrects the URL in place, as a new selection does not.
    const corrected = state.ignoredLinkParts !== previous.ignoredLinkParts;
    if (!corrected && !sameSelection(state.selection, previous.selection)) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  });

  const onPopState = () => {
    restoring = true;
    try {
      applyUrlState(store, decodeUrl(win.location.search).state);
    } finally {
      restoring = false;
    }
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
