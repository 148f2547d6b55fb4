// Parses the catalogue's messages in the page's idle periods (Formatter.prepare), so no click pays for parsing them.
import type { Formatter } from './formatter';

/** Keeps a task this short while the page is idle, leaving the rest of the idle period to the browser. */
const PREPARE_SLICE_MS = 8;

/** Runs `formatter.prepare` in the page's idle periods until every message is parsed; returns what stops it. */
export function prepareWhenIdle(formatter: Formatter): () => void {
  if (typeof requestIdleCallback !== 'function') return () => {};
  let handle = 0;
  const step = (deadline: IdleDeadline) => {
    const until = performance.now() + Math.min(PREPARE_SLICE_MS, deadline.timeRemaining());
    if (!formatter.prepare(() => performance.now() < until)) handle = requestIdleCallback(step);
  };
  handle = requestIdleCallback(step);
  return () => cancelIdleCallback(handle);
}
