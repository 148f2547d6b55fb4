// Whether the window is wide enough for the side panels to sit beside the graph, following the window as it is resized.
import { useSyncExternalStore } from 'react';

/**
 * From this width the side panels sit beside the graph and menus float beside their buttons; below it the panels open
 * over the graph and menus open as sheets (the stylesheets' `width < 900px` queries say the same).
 */
export const WIDE_SCREEN_MIN_PX = 900;

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
