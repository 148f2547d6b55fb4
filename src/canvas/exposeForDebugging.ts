// Exposes window.__explorer = { cy, store } in development or with ?debug, for end-to-end tests and benchmarks.
import type { Core } from 'cytoscape';
import type { ExplorerStore } from '../store/store';

declare global {
  interface Window {
    __explorer?: { cy: Core; store: ExplorerStore };
  }
}

export function exposeForDebugging(cy: Core, store: ExplorerStore): () => void {
  const wanted = import.meta.env.DEV || new URLSearchParams(window.location.search).has('debug');
  if (!wanted) return () => {};
  window.__explorer = { cy, store };
  return () => {
    if (window.__explorer?.cy === cy) delete window.__explorer;
  };
}
