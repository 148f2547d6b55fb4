// In-page instrumentation, installed before any page script: first drawn frame, layouts, long tasks and interaction timings.
// Everything in installProbe is serialised into the page, so it must not reference anything outside itself.
import type { Core } from 'cytoscape';

export interface LongTask {
  start: number;
  duration: number;
}

export interface LayoutWindow {
  name: string;
  start: number;
  end: number | null;
}

export interface ProbeRecord {
  /** performance.now() when the page exposed its Cytoscape instance (the explorer: dataset validated, canvas created). */
  cyExposed: number | null;
  /** The page's own mark for "dataset in memory, about to be drawn": explorer:dataset-ready (validated) or bench:loaded (parsed). */
  dataReady: number | null;
  /** First Cytoscape 'render' event with nodes in the graph. */
  firstFrame: number | null;
  layouts: LayoutWindow[];
  longTasks: LongTask[];
  /** Steps of the harness (click, filter, …) and when each began, to tell which step a long task belongs to. */
  phases: { name: string; at: number }[];
}

/** `fromNow`: the change is made by script right after arming (a style bypass), so timing starts at arming, not at input. */
export type InteractionSpec =
  | { until: 'panel'; selector: string; text: string; nodeId: string }
  | { until: 'hidden'; edgeId: string; fromNow?: boolean }
  /** Until an element carries a class (the paths view's highlight); the change is made by script right after arming. */
  | { until: 'class'; elementId: string; className: string };

export interface InteractionResult {
  /** Input event timestamp (pointerdown). */
  input: number | null;
  /** After the frame that shows the change (DOM panel painted, or canvas redrawn without the edge). */
  shown: number | null;
  /** First canvas redraw that shows the change (the selection mark), when measured. */
  canvas: number | null;
  /** Filter only: the rAF after the painted frame, plus a task, so any work queued behind the paint (the explorer's deferred panels) is in. */
  settled: number | null;
}

export interface Probe {
  record: ProbeRecord;
  cy(): Core | null;
  phase(name: string): void;
  arm(spec: InteractionSpec): void;
  result(timeoutMs: number): Promise<InteractionResult>;
  startFrames(): void;
  stopFrames(): number[];
  layoutRunning(): boolean;
}

declare global {
  interface Window {
    __probe?: Probe;
  }
}

export function installProbe(): void {
  const record: ProbeRecord = {
    cyExposed: null,
    dataReady: null,
    firstFrame: null,
    layouts: [],
    longTasks: [],
    phases: [],
  };
  let cy: Core | null = null;
  const afterNextPaint = (done: (time: number) => void) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    });
  };

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        record.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'explorer:dataset-ready' || entry.name === 'bench:loaded')
          record.dataReady ??= entry.startTime;
        if (entry.name === 'explorer:layout-start')
          record.layouts.push({ name: 'explorer', start: entry.startTime, end: null });
        if (entry.name === 'explorer:layout-end') {
          const open = record.layouts.find((layout) => layout.name === 'explorer' && layout.end === null);
          if (open) open.end = entry.startTime;
        }
      }
    }).observe({ type: 'mark', buffered: true });
  } catch {
    // Observers unsupported: the record stays empty and the harness reports it.
  }

  const hook = (instance: Core) => {
    if (cy === instance) return;
    cy = instance;
    record.cyExposed = performance.now();
    instance.on('render', () => {
      if (record.firstFrame === null && instance.nodes().length > 0) record.firstFrame = performance.now();
    });
    // fcose does its work inside run() before it emits any event: time run() itself, and layoutstop for async layouts.
    const layoutOf = instance.layout.bind(instance);
    instance.layout = ((options: { name?: string }) => {
      const layout = layoutOf(options as never);
      const name = String(options.name ?? '?');
      if (name === 'preset' || name === 'null') return layout;
      const run = layout.run.bind(layout);
      layout.run = () => {
        const span: LayoutWindow = { name, start: performance.now(), end: null };
        record.layouts.push(span);
        layout.one('layoutstop', () => (span.end ??= performance.now()));
        return run();
      };
      return layout;
    }) as Core['layout'];
  };
  for (const key of ['__explorer', '__bare'] as const) {
    let value: { cy: Core } | undefined;
    Object.defineProperty(window, key, {
      configurable: true,
      get: () => value,
      set: (next: { cy: Core } | undefined) => {
        value = next;
        if (next?.cy) hook(next.cy);
      },
    });
  }

  let pending: Promise<InteractionResult> | null = null;
  let frames: number[] | null = null;

  const probe: Probe = {
    record,
    cy: () => cy,
    phase: (name) => record.phases.push({ name, at: performance.now() }),
    layoutRunning: () => record.layouts.some((layout) => layout.end === null),
    arm(spec) {
      const instance = cy;
      if (!instance) throw new Error('no Cytoscape instance exposed');
      const result: InteractionResult = { input: null, shown: null, canvas: null, settled: null };
      if ((spec.until === 'hidden' && spec.fromNow) || spec.until === 'class') result.input = performance.now();
      else
        window.addEventListener('pointerdown', (event) => (result.input = event.timeStamp), {
          capture: true,
          once: true,
        });
      pending = new Promise<InteractionResult>((resolve) => {
        if (spec.until === 'panel') {
          const node = instance.getElementById(spec.nodeId);
          const onRender = () => {
            if (result.input !== null && (node.selected() || node.hasClass('chosen'))) {
              result.canvas = performance.now();
              instance.off('render', onRender);
            }
          };
          instance.on('render', onRender);
          const shows = () => (document.querySelector(spec.selector)?.textContent ?? '').includes(spec.text);
          const observer = new MutationObserver(() => {
            if (!shows()) return;
            observer.disconnect();
            afterNextPaint((time) => {
              result.shown = time;
              resolve(result);
            });
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        } else {
          const element = instance.getElementById(spec.until === 'class' ? spec.elementId : spec.edgeId);
          const done = () => (spec.until === 'class' ? element.hasClass(spec.className) : !element.visible());
          const onRender = () => {
            if (result.input === null || !done()) return;
            instance.off('render', onRender);
            result.canvas = performance.now();
            // Cytoscape emits 'render' from its requestAnimationFrame callback, so this frame is painted once the
            // callback returns: a message posted now runs right after that paint. (Until 2026-12-01 this waited for
            // the next frame's rAF instead, one frame late, and behind whatever work was queued after the paint.)
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              result.shown = performance.now();
              afterNextPaint((time) => {
                result.settled = time;
                resolve(result);
              });
            };
            channel.port2.postMessage(null);
          };
          instance.on('render', onRender);
        }
      });
    },
    result(timeoutMs) {
      const waiting = pending;
      if (!waiting) throw new Error('arm() first');
      return Promise.race([
        waiting,
        new Promise<InteractionResult>((_, reject) =>
          setTimeout(() => reject(new Error(`no change within ${timeoutMs} ms`)), timeoutMs),
        ),
      ]);
    },
    startFrames() {
      const times: number[] = [];
      frames = times;
      const tick = (time: number) => {
        if (frames !== times) return;
        times.push(time);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      const times = frames ?? [];
      frames = null;
      return times.slice(1).map((time, index) => time - (times[index] ?? time));
    },
  };
  window.__probe = probe;
}
