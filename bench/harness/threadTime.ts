// Pure: how long a page's main thread worked in a window of a Chrome trace, by the thread's own clock (the CPU time of
// its tasks) and by the wall clock: on a shared machine the thread's own clock does not count the time other processes
// hold the cores.

/** The trace events this reads (Chrome's JSON trace format: complete events carry `dur` and, by thread, `tdur`). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

export interface ThreadTime {
  /** Milliseconds of the thread's tasks by its own clock. */
  cpu: number;
  /** Milliseconds of the same tasks by the wall clock. */
  wall: number;
  tasks: number;
}

/**
 * The first input event of this type on a renderer main thread (the page's, not another tab's or a worker's): that
 * thread, and when the input started, in trace microseconds.
 */
export function pageInput(
  events: readonly TraceEvent[],
  inputType: string,
): { pid: number; tid: number; ts: number } | null {
  const mains = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const input = events.find(
    (event) =>
      event.name === 'EventDispatch' && event.args?.data?.type === inputType && mains.has(`${event.pid}:${event.tid}`),
  );
  return input ? { pid: input.pid, tid: input.tid, ts: input.ts } : null;
}

/**
 * The thread's top-level tasks that start within [from, from + windowMs], summed. A task is counted whole even when it
 * ends after the window: the work it does was asked for inside it.
 */
export function threadTime(
  events: readonly TraceEvent[],
  thread: { pid: number; tid: number },
  from: number,
  windowMs: number,
): ThreadTime {
  const until = from + windowMs * 1000;
  let cpu = 0;
  let wall = 0;
  let tasks = 0;
  for (const event of events) {
    if (event.name !== 'RunTask' || event.ph !== 'X' || event.pid !== thread.pid || event.tid !== thread.tid) continue;
    if (event.ts < from || event.ts > until) continue;
    cpu += (event.tdur ?? event.dur ?? 0) / 1000;
    wall += (event.dur ?? 0) / 1000;
    tasks++;
  }
  return { cpu, wall, tasks };
}
