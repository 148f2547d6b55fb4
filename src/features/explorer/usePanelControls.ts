// The panels around the graph as the frame drives them: which show, toggling them by button or shortcut, and where the
// keyboard focus goes when one opens or closes.
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { sameSelection } from '../../store/selectionSlice';
import { useExplorer } from '../../store/StoreProvider';
import type { PanelId } from '../../store/viewSlice';
import { panelOfShortcut, shownPanels, type ShownPanels } from './panelLayout';
import { useWideScreen } from '../../ui/useWideScreen';

export interface PanelControls {
  shown: ShownPanels;
  /** A narrow window: the panels are sheets (the filters over the graph, the details under it) rather than columns. */
  narrow: boolean;
  /** The user shows or hides a panel; a panel shown this way takes the keyboard focus. */
  toggle(panel: PanelId): void;
  /** The user hides a panel from inside it: the focus goes back to its toggle. */
  close(panel: PanelId): void;
  toggles: Readonly<Record<PanelId, RefObject<HTMLButtonElement | null>>>;
  frames: Readonly<Record<PanelId, RefObject<HTMLElement | null>>>;
}

/** Inputs that take no typed text: a shortcut pressed on them is a shortcut. */
const KEYLESS_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Typing into a field must never toggle a panel, whatever keys it takes (Option+Shift+F types a letter on macOS). */
const isTextEntry = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.tagName === 'TEXTAREA' ||
    (target instanceof HTMLInputElement && !KEYLESS_INPUTS.has(target.type)));

export function usePanelControls(): PanelControls {
  const { panels, selection, hasPath, setPanel } = useExplorer(
    useShallow((state) => ({
      panels: state.panels,
      selection: state.selection,
      hasPath: state.path !== null,
      setPanel: state.setPanel,
    })),
  );
  const wide = useWideScreen();
  const shown = useMemo(
    // The paths view lives in the details panel: asking for paths shows it as a selection does.
    () => shownPanels(panels, { wide, hasSelection: selection !== null || hasPath }),
    [panels, wide, selection, hasPath],
  );
  const filtersToggle = useRef<HTMLButtonElement>(null);
  const detailsToggle = useRef<HTMLButtonElement>(null);
  const tableToggle = useRef<HTMLButtonElement>(null);
  const filtersFrame = useRef<HTMLElement>(null);
  const detailsFrame = useRef<HTMLElement>(null);
  const tableFrame = useRef<HTMLElement>(null);
  const toggles = useMemo(() => ({ filters: filtersToggle, details: detailsToggle, table: tableToggle }), []);
  const frames = useMemo(() => ({ filters: filtersFrame, details: detailsFrame, table: tableFrame }), []);
  const focusWhenShown = useRef<PanelId | null>(null);

  const controls = useMemo(() => {
    const close = (panel: PanelId) => {
      setPanel(panel, 'closed');
      toggles[panel].current?.focus();
    };
    const toggle = (panel: PanelId) => {
      if (!shown[panel]) {
        focusWhenShown.current = panel;
        setPanel(panel, 'open');
      } else if (frames[panel].current?.contains(document.activeElement)) close(panel);
      else setPanel(panel, 'closed');
    };
    return { shown, narrow: !wide, toggle, close, toggles, frames };
  }, [shown, wide, setPanel, toggles, frames]);

  // A panel the user opened takes the focus once it is on screen, so the keyboard carries on inside it.
  useEffect(() => {
    const panel = focusWhenShown.current;
    if (panel === null || !shown[panel]) return;
    focusWhenShown.current = null;
    frames[panel].current?.focus();
  }, [shown, frames]);

  // Details the user closed stay closed for that selection only: choosing something else shows them again.
  const lastSelection = useRef(selection);
  useEffect(() => {
    if (sameSelection(lastSelection.current, selection)) return;
    lastSelection.current = selection;
    if (selection !== null && panels.details === 'closed') setPanel('details', 'auto');
  }, [selection, panels.details, setPanel]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const panel = panelOfShortcut(event);
      if (panel === null || event.defaultPrevented || isTextEntry(event.target)) return;
      event.preventDefault();
      controls.toggle(panel);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [controls]);

  return controls;
}
