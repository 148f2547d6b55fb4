// A popover opened by a button of the bar: a non-modal dialog that floats inside the window beside its button, or a sheet
// with its own title and close button on a narrow screen. Escape and a press outside it close it.
import { useCallback, useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Icon } from './icons';
import { takesEscape, useDismiss } from './useDismiss';
import type { FloatingPanel } from './useFloatingPanel';

interface PopoverProps {
  id: string;
  /** Its accessible name, and the sheet's title. */
  label: string;
  floating: FloatingPanel;
  /** The button that opens it: pressing it is not a press outside, and it takes the focus back on Escape. */
  anchor: RefObject<HTMLElement | null>;
  /** Closes it; `refocus` when the focus should return to the button (Escape, the close button). */
  onClose: (refocus: boolean) => void;
  className?: string;
  /** Whether its first control takes the focus when it opens (a short list of choices), or the panel itself does. */
  focusFirstControl?: boolean;
  children: ReactNode;
}

export function Popover({
  id,
  label,
  floating,
  anchor,
  onClose,
  className,
  focusFirstControl = false,
  children,
}: PopoverProps) {
  const { t } = useI18n();
  const panel = useRef<HTMLDivElement | null>(null);
  const { setPanel } = floating;
  const setRefs = useCallback(
    (element: HTMLDivElement | null) => {
      panel.current = element;
      setPanel(element);
    },
    [setPanel],
  );
  const inside = useMemo(() => [anchor, panel], [anchor]);
  const dismiss = useCallback(() => onClose(false), [onClose]);
  useDismiss(true, inside, dismiss);

  // The keyboard goes on from where the user asked: into the popover.
  useEffect(() => {
    const first = focusFirstControl ? panel.current?.querySelector<HTMLElement>('button,input,select') : null;
    (first ?? panel.current)?.focus({ preventScroll: true });
  }, [focusFirstControl]);

  const classes = ['floating-panel', floating.sheet && 'floating-panel--sheet', className].filter(Boolean).join(' ');
  return (
    <div
      ref={setRefs}
      id={id}
      className={classes}
      style={floating.panelStyle}
      role="dialog"
      aria-label={label}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (takesEscape(event)) onClose(true);
      }}
    >
      {floating.sheet && (
        <div className="floating-panel__sheet-header">
          <span>{label}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('ui.popover.close', { label })}
            onClick={() => onClose(true)}
          >
            <Icon name="close" />
          </button>
        </div>
      )}
      {children}
    </div>
  );
}
