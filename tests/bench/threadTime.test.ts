// The trace reader of `npm run bench:cpu`: the page's main thread found by its input, its tasks summed by its own clock.
import { describe, expect, it } from 'vitest';
import { pageInput, threadTime, type TraceEvent } from '../../bench/harness/threadTime';

const PAGE = { pid: 7, tid: 1 };
const OTHER_TAB = { pid: 9, tid: 1 };
const names: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ...PAGE, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ...OTHER_TAB, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', pid: 7, tid: 2, ts: 0, args: { name: 'Compositor' } },
];
const task = (thread: { pid: number; tid: number }, ms: number, wallMs: number, cpuMs: number): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  ...thread,
  ts: ms * 1000,
  dur: wallMs * 1000,
  tdur: cpuMs * 1000,
});
const pointerdown = (thread: { pid: number; tid: number }, ms: number): TraceEvent => ({
  name: 'EventDispatch',
  ph: 'X',
  ...thread,
  ts: ms * 1000,
  dur: 1000,
  args: { data: { type: 'pointerdown' } },
});

describe('threadTime', () => {
  const events = [
    ...names,
    task(PAGE, 90, 5, 5),
    pointerdown(PAGE, 100),
    pointerdown(OTHER_TAB, 50),
    task(PAGE, 100, 40, 30),
    task(PAGE, 160, 20, 10),
    task({ pid: 7, tid: 2 }, 120, 50, 50),
    task(OTHER_TAB, 130, 50, 50),
    task(PAGE, 900, 10, 10),
  ];

  it('finds the renderer main thread that got the input, not another tab’s', () => {
    expect(pageInput(events, 'pointerdown')).toEqual({ ...PAGE, ts: 100_000 });
    expect(pageInput(events, 'keydown')).toBeNull();
  });

  it('sums that thread’s tasks that start inside the window, by its own clock and by the wall clock', () => {
    expect(threadTime(events, PAGE, 100_000, 100)).toEqual({ cpu: 40, wall: 60, tasks: 2 });
    expect(threadTime(events, PAGE, 100_000, 50)).toEqual({ cpu: 30, wall: 40, tasks: 1 });
    expect(threadTime(events, PAGE, 100_000, 1000)).toEqual({ cpu: 50, wall: 70, tasks: 3 });
  });
});
