// Drives one page (the explorer or a bare Cytoscape baseline) through the benchmark's steps and returns its raw timings.
import type { Browser, Page } from 'playwright-core';
import { measureAsOf, measurePaths } from './analyst';
import { installProbe, type InteractionResult } from './probe';
import { percentile } from './stats';

/** The explorer; bare Cytoscape with the explorer's elements and stylesheet (`styled`); bare Cytoscape's default style. */
export type PageKind = 'explorer' | 'styled' | 'bare';

export interface RunResult {
  page: PageKind;
  /** Explorer: dataset fetched and validated; bare: fetched, parsed and elements built (ms from navigation). */
  load: number | null;
  /** From the dataset in memory to the first frame with the graph drawn: the part the explorer and bare Cytoscape share. */
  firstFrame: number | null;
  /** From navigation to the first drawn frame. */
  firstFrameTotal: number | null;
  /** Wall time of the layout (main thread or worker), when one ran. */
  layout: number | null;
  click: number | null;
  clickCanvas: number | null;
  /** Filter toggle → the frame in which the canvas is painted without the filtered edges. */
  filter: number | null;
  /** Filter toggle → the frame after that one: includes work queued behind the paint (the explorer's deferred panels). */
  filterSettled: number | null;
  /** Explorer only: the "as reported by" marker put down on the timeline → the frame painted without a later relation. */
  asOf: number | null;
  /** Explorer only: the paths between two actors asked for → the frame that stands them out. */
  paths: number | null;
  /** The same edges hidden the cheapest way Cytoscape can (a `display: none` style bypass) → the frame painted without them. */
  bypass: number | null;
  frameP50: number | null;
  frameP95: number | null;
  frameMax: number | null;
  frames: number;
  png: number | null;
  pngBytes: number | null;
  heapMB: number | null;
  /** Longest main-thread task after the first frame, outside layouts and before the export. */
  longestTask: number | null;
  tasksOver200: number;
  /** Longest task (ms) by harness step, after the first frame, outside layouts. */
  longestByStep: Record<string, number>;
  /** Bare only, on datasets without saved positions: fcose on the main thread with the explorer's options. */
  mainThreadLayout: number | null;
  canvas: { width: number; height: number } | null;
  /** Wall-clock seconds of the harness's own steps: where the bench's time budget goes. */
  stepSeconds: Record<string, number>;
  positions?: Record<string, { x: number; y: number }>;
}

export interface RunOptions {
  url: string;
  kind: PageKind;
  /** Wait for a layout to finish before measuring (datasets without saved positions). */
  expectLayout: boolean;
  capturePositions: boolean;
  measureBareLayout: boolean;
  /** Click, filter, pan/zoom and export; off for the runs that only time loading and layout. */
  interactions: boolean;
  /** Time the style-bypass hiding of the filtered edges before the filter itself. */
  bypass: boolean;
  /** Time a PNG export of the whole graph. */
  png: boolean;
  /** Read the heap after a forced garbage collection (seconds apiece on large graphs). */
  heap: boolean;
  /** Mouse moves in each half of the pan drag (each waits for a frame: seconds apiece on the largest graphs); 0: no pan and zoom. */
  panSteps: number;
  log: (line: string) => void;
}

const PANEL_SELECTOR: Record<PageKind, string> = {
  explorer: '[data-testid="details-panel"] h2',
  styled: '#panel',
  bare: '#panel',
};
const FILTERS: Record<PageKind, string> = {
  explorer: 'section[aria-label="Filters"]',
  styled: '#filters',
  bare: '#filters',
};
const FILTERED_TYPE = 'strikes';

export const settle = (page: Page, ms = 250) =>
  page.evaluate(
    (wait) =>
      new Promise<void>((done) =>
        setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => done())), wait),
      ),
    ms,
  );

const elapsed = (result: InteractionResult, end: number | null) =>
  result.input === null || end === null ? null : end - result.input;

export async function openPage(
  browser: Browser,
  options: Pick<RunOptions, 'url' | 'kind' | 'expectLayout' | 'log'>,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => options.log(`  page error (${options.kind}): ${error.message}`));
  // tsx keeps function names with a __name helper; functions serialised into the page need it defined there.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.addInitScript(installProbe);
  await page.goto(options.url);
  await page.waitForFunction(
    (expectLayout) => {
      const probe = window.__probe;
      if (!probe || probe.record.firstFrame === null || probe.layoutRunning()) return false;
      return !expectLayout || probe.record.layouts.some((layout) => layout.end !== null);
    },
    options.expectLayout,
    { timeout: 300_000, polling: 100 },
  );
  await settle(page, 300);
  return page;
}

/** Nodes of a large fitted graph are a pixel or two wide: zoom in (as a user would) until a node can be clicked. */
async function zoomToClickable(page: Page): Promise<void> {
  const zoomed = await page.evaluate(() => {
    const cy = window.__probe?.cy();
    const node = cy?.nodes(':visible').first();
    if (!cy || !node || node.length === 0 || node.renderedOuterWidth() >= 12) return false;
    cy.zoom({
      level: cy.zoom() * (12 / Math.max(0.5, node.renderedOuterWidth())),
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    });
    return true;
  });
  if (zoomed) await settle(page, 800);
}

export async function measureClick(
  page: Page,
  kind: PageKind,
): Promise<{ click: number | null; clickCanvas: number | null }> {
  await zoomToClickable(page);
  const target = await page.evaluate(() => {
    const cy = window.__probe?.cy();
    if (!cy) throw new Error('no cy');
    const box = cy.container()?.getBoundingClientRect();
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    // The node nearest the centre that no other node overlaps, so the click can only mean that node.
    const nodes = cy.nodes(':visible').map((node) => {
      const point = node.renderedPosition();
      return {
        id: node.id(),
        label: String(node.data('label')),
        x: point.x,
        y: point.y,
        radius: node.renderedOuterWidth() / 2,
        distance: Math.hypot(point.x - centre.x, point.y - centre.y),
      };
    });
    const candidates = [...nodes].sort((a, b) => a.distance - b.distance).slice(0, 200);
    const chosen =
      candidates.find((candidate) =>
        nodes.every(
          (other) =>
            other.id === candidate.id ||
            Math.hypot(other.x - candidate.x, other.y - candidate.y) > other.radius + candidate.radius + 2,
        ),
      ) ?? candidates[0];
    if (!chosen) throw new Error('no visible node');
    return { ...chosen, pageX: (box?.left ?? 0) + chosen.x, pageY: (box?.top ?? 0) + chosen.y };
  });
  await page.evaluate(({ selector, text, nodeId }) => window.__probe?.arm({ until: 'panel', selector, text, nodeId }), {
    selector: PANEL_SELECTOR[kind],
    text: target.label,
    nodeId: target.id,
  });
  await page.mouse.click(target.pageX, target.pageY);
  const result = await page.evaluate(() => window.__probe!.result(30_000));
  return { click: elapsed(result, result.shown), clickCanvas: elapsed(result, result.canvas) };
}

/** A visible edge of the filtered type: the one whose disappearance ends the filter and the bypass timings. */
function visibleFilteredEdge(page: Page): Promise<string | null> {
  return page.evaluate((type) => {
    const edge = window.__probe
      ?.cy()
      ?.edges(`[type = "${type}"]`)
      .filter((candidate) => candidate.visible())
      .first();
    return edge && edge.length > 0 ? edge.id() : null;
  }, FILTERED_TYPE);
}

export async function measureFilter(
  page: Page,
  kind: PageKind,
): Promise<{ filter: number | null; filterSettled: number | null }> {
  const edgeId = await visibleFilteredEdge(page);
  if (edgeId === null) return { filter: null, filterSettled: null };
  // Found before the probe is armed, and clicked with plain mouse input: Playwright's locator.click() first waits for
  // the checkbox to be stable over animation frames, which at 10,000 actors (frames of 1-2 s) cost seconds of the run.
  const checkbox = page.locator(FILTERS[kind]).getByRole('checkbox', { name: FILTERED_TYPE, exact: true });
  await checkbox.scrollIntoViewIfNeeded();
  const box = await checkbox.boundingBox();
  if (!box) throw new Error(`the "${FILTERED_TYPE}" checkbox is not on the page`);
  await page.evaluate((id) => window.__probe?.arm({ until: 'hidden', edgeId: id }), edgeId);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const result = await page.evaluate(() => window.__probe!.result(30_000));
  return { filter: elapsed(result, result.shown), filterSettled: elapsed(result, result.settled) };
}

/**
 * The floor for a filter: the filtered type's edges hidden by a `display: none` style bypass in one batch (no selector
 * matching, no classes, no page code), until the frame painted without them. The bypass is removed afterwards.
 */
export async function measureBypass(page: Page): Promise<number | null> {
  const edgeId = await visibleFilteredEdge(page);
  if (edgeId === null) return null;
  const result = await page.evaluate(
    ({ type, id }) => {
      const probe = window.__probe!;
      const cy = probe.cy()!;
      probe.arm({ until: 'hidden', edgeId: id, fromNow: true });
      const edges = cy.edges(`[type = "${type}"]`);
      cy.batch(() => void edges.style('display', 'none'));
      return probe.result(30_000);
    },
    { type: FILTERED_TYPE, id: edgeId },
  );
  await page.evaluate((type) => {
    const cy = window.__probe!.cy()!;
    cy.batch(() => void cy.edges(`[type = "${type}"]`).removeStyle('display'));
  }, FILTERED_TYPE);
  return elapsed(result, result.shown);
}

/** A drag on the background, then wheel zooms in and out: real input, so Cytoscape's viewport optimisations apply. */
async function measurePanZoom(page: Page, steps: number): Promise<number[]> {
  const box = await page.evaluate(() => {
    const rect = window.__probe?.cy()?.container()?.getBoundingClientRect();
    return rect ? { x: rect.left, y: rect.top, width: rect.width, height: rect.height } : null;
  });
  if (!box) return [];
  await page.evaluate(() => window.__probe?.startFrames());
  await page.mouse.move(box.x + 5, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + 5 + box.width / 4, box.y + 5 + box.height / 6, { steps });
  await page.mouse.move(box.x + 5, box.y + 5, { steps });
  await page.mouse.up();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (const delta of [-120, -120, -120, -120, -120, -120, 120, 120, 120, 120, 120, 120]) {
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(400);
  return page.evaluate(() => window.__probe?.stopFrames() ?? []);
}

async function measurePng(page: Page): Promise<{ png: number; pngBytes: number } | null> {
  return page.evaluate(async () => {
    const cy = window.__probe?.cy();
    if (!cy) return null;
    const started = performance.now();
    const blob = await cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', maxWidth: 4096, maxHeight: 4096 });
    return { png: performance.now() - started, pngBytes: blob.size };
  });
}

async function heapMB(page: Page): Promise<number | null> {
  try {
    const session = await page.context().newCDPSession(page);
    await session.send('HeapProfiler.collectGarbage');
    const usage = await session.send('Runtime.getHeapUsage');
    await session.detach();
    return usage.usedSize / 1e6;
  } catch {
    return null;
  }
}

/** A failed step is reported and recorded as missing rather than ending the whole benchmark. */
async function attempt<T>(options: RunOptions, step: string, work: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    options.log(
      `  ${options.kind}: ${step} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    return fallback;
  }
}

/** Laps of wall-clock time, in seconds to a tenth. */
function stopwatch() {
  let last = performance.now();
  const laps: Record<string, number> = {};
  return {
    laps,
    lap(name: string) {
      const now = performance.now();
      laps[name] = Math.round((now - last) / 100) / 10;
      last = now;
    },
  };
}

async function interact(page: Page, options: RunOptions, watch: ReturnType<typeof stopwatch>) {
  const viewport = await page.evaluate(() => {
    const cy = window.__probe!.cy()!;
    return { zoom: cy.zoom(), pan: cy.pan() };
  });
  await page.evaluate(() => window.__probe?.phase('click'));
  const { click, clickCanvas } = await attempt(options, 'click', () => measureClick(page, options.kind), {
    click: null,
    clickCanvas: null,
  });
  watch.lap('click');
  // Back to the whole graph: the filter and the pan/zoom are measured on the fitted view, the heaviest to draw.
  // Return nothing: Playwright would serialise the returned Cytoscape instance (seconds of the page's main thread).
  await page.evaluate((view) => {
    window.__probe?.cy()?.viewport(view);
  }, viewport);
  await settle(page, 800);
  let bypass: number | null = null;
  if (options.bypass) {
    await page.evaluate(() => window.__probe?.phase('bypass'));
    bypass = await attempt(options, 'bypass', () => measureBypass(page), null);
    await settle(page, 800);
    watch.lap('bypass');
  }
  await page.evaluate(() => window.__probe?.phase('filter'));
  const { filter, filterSettled } = await attempt(options, 'filter', () => measureFilter(page, options.kind), {
    filter: null,
    filterSettled: null,
  });
  await settle(page);
  watch.lap('filter');
  let asOf: number | null = null;
  let paths: number | null = null;
  if (options.kind === 'explorer') {
    // Back to every relation type, so the analyst's steps start from the whole graph as the filter did.
    await page.evaluate(() => window.__explorer?.store.getState().resetFilters());
    await settle(page, 800);
    await page.evaluate(() => window.__probe?.phase('as of'));
    asOf = await attempt(options, 'as of', () => measureAsOf(page), null);
    await settle(page, 800);
    await page.evaluate(() => window.__probe?.phase('paths'));
    paths = await attempt(options, 'paths', () => measurePaths(page), null);
    await settle(page, 800);
    watch.lap('analyst');
  }
  let frames: number[] = [];
  if (options.panSteps > 0) {
    await page.evaluate(() => window.__probe?.phase('pan and zoom'));
    frames = await attempt(options, 'pan and zoom', () => measurePanZoom(page, options.panSteps), []);
    await settle(page);
    watch.lap('pan and zoom');
  }
  return { click, clickCanvas, bypass, filter, filterSettled, asOf, paths, frames };
}

export async function measurePage(browser: Browser, options: RunOptions): Promise<RunResult> {
  const watch = stopwatch();
  const page = await openPage(browser, options);
  watch.lap('open');
  try {
    const start = await page.evaluate(() => {
      const probe = window.__probe!;
      const cy = probe.cy()!;
      const layout = probe.record.layouts.find((window) => window.end !== null);
      const ready = probe.record.dataReady ?? probe.record.cyExposed;
      const first = probe.record.firstFrame;
      return {
        load: ready,
        firstFrame: first !== null && ready !== null ? first - ready : null,
        firstFrameTotal: first,
        layout: layout && layout.end !== null ? layout.end - layout.start : null,
        canvas: { width: cy.width(), height: cy.height() },
      };
    });
    const positions = options.capturePositions
      ? await page.evaluate(() => {
          const result: Record<string, { x: number; y: number }> = {};
          window.__probe
            ?.cy()
            ?.nodes()
            .forEach((node) => {
              const { x, y } = node.position();
              result[node.id()] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
            });
          return result;
        })
      : undefined;
    const { click, clickCanvas, bypass, filter, filterSettled, asOf, paths, frames } = options.interactions
      ? await interact(page, options, watch)
      : {
          click: null,
          clickCanvas: null,
          bypass: null,
          filter: null,
          filterSettled: null,
          asOf: null,
          paths: null,
          frames: [],
        };
    const tasks = await page.evaluate(() => {
      const { record } = window.__probe!;
      const first = record.firstFrame ?? 0;
      const outside = record.longTasks.filter(
        (task) =>
          task.start >= first &&
          !record.layouts.some(
            (layout) => task.start < (layout.end ?? Infinity) && task.start + task.duration > layout.start,
          ),
      );
      const byStep: Record<string, number> = {};
      // The bypass step is the harness's own measuring stick, not something a user does: listed, not counted.
      const counted: typeof outside = [];
      for (const task of outside) {
        const step = [...record.phases].reverse().find((phase) => phase.at <= task.start)?.name ?? 'after first frame';
        byStep[step] = Math.max(byStep[step] ?? 0, Math.round(task.duration));
        if (step !== 'bypass') counted.push(task);
      }
      return {
        longest: counted.reduce((max, task) => Math.max(max, task.duration), 0),
        over200: counted.filter((task) => task.duration > 200).length,
        byStep,
      };
    });
    const png =
      options.interactions && options.png ? await attempt(options, 'PNG export', () => measurePng(page), null) : null;
    if (png) watch.lap('png');
    const heap = options.heap ? await heapMB(page) : null;
    if (options.heap) watch.lap('heap');
    let mainThreadLayout: number | null = null;
    if (options.measureBareLayout) {
      mainThreadLayout = await page.evaluate(async () => {
        const run = (window as unknown as { __bareLayout?: () => Promise<number> }).__bareLayout;
        return run ? run() : null;
      });
      watch.lap('main-thread layout');
    }
    return {
      page: options.kind,
      load: start.load,
      firstFrame: start.firstFrame,
      firstFrameTotal: start.firstFrameTotal,
      layout: start.layout,
      click,
      clickCanvas,
      filter,
      filterSettled,
      asOf,
      paths,
      bypass,
      frameP50: percentile(frames, 0.5),
      frameP95: percentile(frames, 0.95),
      frameMax: percentile(frames, 1),
      frames: frames.length,
      png: png?.png ?? null,
      pngBytes: png?.pngBytes ?? null,
      heapMB: heap,
      longestTask: tasks.longest,
      tasksOver200: tasks.over200,
      longestByStep: tasks.byStep,
      mainThreadLayout,
      canvas: start.canvas,
      stepSeconds: watch.laps,
      ...(positions ? { positions } : {}),
    };
  } finally {
    await page.context().close();
  }
}
