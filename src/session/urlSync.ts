// Keeps the URL in step with the store: pushState when the selection changes (so back/forward step through
// selections), replaceState for everything else, and popstate restores the state a history entry describes.
import type { ExplorerStore } from '../store/store';
import { sameSelection } from '../store/selectionSlice';
import type { ExplorerState } from '../store/types';
import { decodeUrlState, mergeIntoSearch, type UrlState } from './urlState';

/** Restore what a URL describes (on load and on back/forward); the canvas follows the viewport it names. */
export function applyUrlState(store: ExplorerStore, url: UrlState): void {
  store.setState({
    selection: url.selection,
    filters: url.filters,
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
  };
}

/** Apply the current URL to the store, then follow the store. Returns a function that stops syncing. */
export function startUrlSync(store: ExplorerStore, win: Window = window): () => void {
  applyUrlState(store, decodeUrlState(win.location.search));
  let restoring = false;

  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring) return;
    const search = mergeIntoSearch(win.location.search, urlStateOf(state));
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (!sameSelection(state.selection, previous.selection)) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  });

  const onPopState = () => {
    restoring = true;
    try {
      applyUrlState(store, decodeUrlState(win.location.search));
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
