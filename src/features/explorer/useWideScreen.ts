// Whether the window is wide enough for the side panels to sit beside the graph, following the window as it is resized.
import { useSyncExternalStore } from 'react';
import { WIDE_SCREEN_MIN_PX } from './panelLayout';

const QUERY = `(min-width: ${WIDE_SCREEN_MIN_PX}px)`;

// Without matchMedia (jsdom), the wide layout.
const media = () => (typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null);

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

export function useWideScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => media()?.matches ?? true,
    () => true,
  );
}
