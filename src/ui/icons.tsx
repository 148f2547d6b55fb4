// Small line icons for the frame's buttons: drawn with SVG attributes only (the page's CSP forbids inline styles).
import type { PanelId } from '../store/viewSlice';

/** Path data, written with commas so that no one mistakes it for words. */
const PATHS: Readonly<Record<PanelId | 'tools' | 'close', string>> = {
  // A funnel.
  filters: 'M3,4h14l-5.5,6.5V16l-3-1.5v-4z',
  // A panel on the right.
  details: 'M3,4h14v12H3zM12,4v12',
  // Rows of a table.
  table: 'M3,4h14v12H3zM3,8h14M3,12h14M8,8v8',
  // Three sliders.
  tools: 'M3,5h14M3,10h14M3,15h14M7,3v4M13,8v4M9,13v4',
  close: 'M5,5l10,10M15,5L5,15',
};

export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg className="icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
    </svg>
  );
}
