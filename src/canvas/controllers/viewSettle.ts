// Calls back when the view has settled: at once after a programmatic change (a fit, centring, a restored link), after a
// pause while the user wheels, pinches or drags, so that restyling never stalls a gesture. Shared by the zoom-level
// controllers (dashes, labels).
import type { Core } from 'cytoscape';

/** While the user wheels, pinches or drags, restyling at every step would stall the gesture: wait until it pauses. */
const GESTURE_PAUSE_MS = 200;

/** `events`: the Cytoscape events that change what the callback depends on ('zoom', or 'viewport' for pans too). */
export function onViewSettled(cy: Core, events: string, settled: () => void): () => void {
  let lastInput = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    if (!cy.destroyed()) settled();
  };
  const onChange = () => {
    clearTimeout(timer);
    if (performance.now() - lastInput > GESTURE_PAUSE_MS) run();
    else timer = setTimeout(run, GESTURE_PAUSE_MS);
  };
  const onInput = () => {
    lastInput = performance.now();
  };
  const container = cy.container();
  const inputs = ['wheel', 'touchmove', 'pointerdown', 'pointermove'] as const;
  for (const type of inputs) container?.addEventListener(type, onInput, { capture: true, passive: true });
  cy.on(events, onChange);
  return () => {
    clearTimeout(timer);
    cy.off(events, onChange);
    for (const type of inputs) container?.removeEventListener(type, onInput, { capture: true });
  };
}
