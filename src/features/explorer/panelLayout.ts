// Pure: which panels show around the graph, from the user's choices, the screen's width and the selection.
import { PANEL_IDS, type PanelId, type Panels } from '../../store/viewSlice';

export interface PanelContext {
  wide: boolean;
  hasSelection: boolean;
}

/** What a panel left to itself ('auto') does: the filters and legend show on a wide screen, details for a selection. */
const AUTO_SHOWN: Readonly<Record<PanelId, (context: PanelContext) => boolean>> = {
  filters: ({ wide }) => wide,
  details: ({ hasSelection }) => hasSelection,
  table: () => false,
};

export type ShownPanels = Readonly<Record<PanelId, boolean>>;

export function shownPanels(panels: Panels, context: PanelContext): ShownPanels {
  const shown = {} as Record<PanelId, boolean>;
  for (const id of PANEL_IDS) shown[id] = panels[id] === 'auto' ? AUTO_SHOWN[id](context) : panels[id] === 'open';
  return shown;
}

/** The key that, with Alt and Shift, shows or hides each panel (T would clash with the browser's toolbar key). */
const PANEL_SHORTCUT_KEYS: Readonly<Record<PanelId, string>> = { filters: 'F', details: 'D', table: 'R' };

export const shortcutOf = (panel: PanelId) => `Alt+Shift+${PANEL_SHORTCUT_KEYS[panel]}`;

/** The panel whose shortcut a key press is, if any: Alt+Shift+letter, matched by key or (for macOS's Option) by code. */
export function panelOfShortcut(
  event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'key' | 'code'>,
): PanelId | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  for (const id of PANEL_IDS) {
    const letter = PANEL_SHORTCUT_KEYS[id];
    if (event.key.toUpperCase() === letter || event.code === `Key${letter}`) return id;
  }
  return null;
}
