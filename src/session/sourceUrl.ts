// Keeps the page's address naming the dataset on screen where an address can: ?draft=<key> for a dataset started in
// this browser (a reload opens its autosaved draft), no ?data= for the bundled example.
import { sourceKey, type DatasetSource } from '../io/datasetSource';
import type { ExplorerStore } from '../store/store';

/** The parameter naming a draft kept in this browser. */
export const DRAFT_PARAM = 'draft';

export function searchFor(search: string, source: DatasetSource, defaultUrl: string): string {
  const params = new URLSearchParams(search);
  params.delete(DRAFT_PARAM);
  if (source.kind === 'new') {
    params.delete('data');
    params.set(DRAFT_PARAM, sourceKey(source));
  } else if (source.kind === 'url' && source.url === defaultUrl) params.delete('data');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Follows the store's source into the address (replaceState: the back button does not step through datasets). */
export function followSourceInUrl(store: ExplorerStore, defaultUrl: string, win: Window = window): () => void {
  return store.subscribe((state, previous) => {
    if (state.source === previous.source || state.source === null) return;
    const search = searchFor(win.location.search, state.source, defaultUrl);
    if (search !== win.location.search)
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`);
  });
}
