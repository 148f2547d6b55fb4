// Keeps a menu's, popover's or list's panel wholly inside the window: placed against its anchor, flipped to the other
// side or shifted along the edge when there is no room, its height capped to the room left so that it scrolls inside
// itself; on a narrow screen a menu opens instead as a sheet along the window's bottom edge (floatingPanel.css).
import { autoUpdate, flip, offset, shift, size, useFloating, type Placement } from '@floating-ui/react-dom';
import type { CSSProperties } from 'react';
import { useWideScreen } from './useWideScreen';
import './floatingPanel.css';

/** The gap kept between a panel and the window's edges, and between a panel and its anchor, in CSS pixels. */
const WINDOW_MARGIN_PX = 8;
const ANCHOR_GAP_PX = 4;

interface FloatingPanelOptions {
  /** Where the panel goes when there is room: under the anchor, starting at its start edge or ending at its end edge. */
  placement?: Placement;
  /** A list that belongs to a text field stays attached to it on a narrow screen too; a menu becomes a sheet there. */
  sheetWhenNarrow?: boolean;
}

export interface FloatingPanel {
  /** Ref callback for the element the panel belongs to (the button or the field). */
  setAnchor: (element: HTMLElement | null) => void;
  /** Ref callback for the panel. */
  setPanel: (element: HTMLElement | null) => void;
  /** The panel's position and size while it floats; undefined while it is a sheet (the stylesheet places it). */
  panelStyle: CSSProperties | undefined;
  /** Whether the panel opens as a sheet (class `floating-panel--sheet`). */
  sheet: boolean;
}

const fitInWindow = size({
  padding: WINDOW_MARGIN_PX,
  apply({ availableWidth, availableHeight, elements }) {
    // Set here, not through React: they follow every scroll and resize, between React's renders. As properties the
    // stylesheet reads, so that a panel turned into a sheet drops them.
    elements.floating.style.setProperty('--floating-max-width', `${Math.max(0, availableWidth)}px`);
    elements.floating.style.setProperty('--floating-max-height', `${Math.max(0, availableHeight)}px`);
  },
});

const MIDDLEWARE = [
  offset(ANCHOR_GAP_PX),
  flip({ padding: WINDOW_MARGIN_PX }),
  shift({ padding: WINDOW_MARGIN_PX }),
  fitInWindow,
];

export function useFloatingPanel(
  open: boolean,
  { placement = 'bottom-start', sheetWhenNarrow = true }: FloatingPanelOptions = {},
): FloatingPanel {
  const sheet = !useWideScreen() && sheetWhenNarrow;
  const { refs, floatingStyles } = useFloating({
    open: open && !sheet,
    placement,
    // Fixed, so that no scrolling or clipping container between the anchor and the window can cut the panel off.
    strategy: 'fixed',
    middleware: MIDDLEWARE,
    whileElementsMounted: sheet ? undefined : autoUpdate,
  });
  return {
    setAnchor: refs.setReference,
    setPanel: refs.setFloating,
    panelStyle: sheet ? undefined : floatingStyles,
    sheet,
  };
}
