// Closes a popover or a folded group of controls when the user points anywhere outside it. (Escape is each one's own
// React key handler, so that the innermost open thing takes it first.)
import { useEffect, type RefObject } from 'react';

/** While `open`, a pointer pressed outside every element of `inside` calls `close`. */
export function useDismiss(
  open: boolean,
  inside: ReadonlyArray<RefObject<HTMLElement | null>>,
  close: () => void,
): void {
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target;
      if (!(target instanceof Node) || !inside.some((ref) => ref.current?.contains(target))) close();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, inside, close]);
}

/** Whether a key press is an Escape nothing inside took already; if so it is taken (default prevented) for closing. */
export function takesEscape(event: { key: string; defaultPrevented: boolean; preventDefault(): void }): boolean {
  if (event.key !== 'Escape' || event.defaultPrevented) return false;
  event.preventDefault();
  return true;
}
