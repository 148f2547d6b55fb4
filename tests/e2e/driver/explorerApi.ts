// Reads and sets the explorer's store and live graph for end-to-end tests: the one module that reaches into window.__explorer.
import type { JSHandle, Page } from 'playwright-core';
import { vi } from 'vitest';
import type { Actor, Dataset, Relation } from '../../../src/domain/model';
import { edgeIdOf } from '../../../src/graph/elements';
import { CLASSES } from '../../../src/graph/stylesheet';
import type { Selection } from '../../../src/domain/selection';
import type { Viewport } from '../../../src/store/types';
import { legibilityFigures, readGeometry, type LegibilityFigures, type PageGeometry } from '../../support/legibility';

/** What ?debug exposes (src/canvas/exposeForDebugging.ts): the live Cytoscape graph and the store, with their real types. */
type Explorer = NonNullable<Window['__explorer']>;

/** A point in page coordinates, where the mouse clicks. */
export interface PagePoint {
  x: number;
  y: number;
}

/** The dataset on screen, without the bulk (documents and evidence), for choosing what to click or select. */
export interface DatasetFacts {
  id: string;
  title: string;
  actors: Pick<Actor, 'id' | 'name' | 'kind' | 'aliases'>[];
  relations: Pick<Relation, 'id' | 'type' | 'source' | 'target'>[];
  /** The types the relations use, with the label the filters and the legend show. */
  relationTypes: { id: string; label: string }[];
}

/** What the canvas shows: the visible actors (with their labels), the visible relations, and their extent. */
export interface ShownGraph {
  actors: { id: string; label: string }[];
  relations: { id: string; type: string }[];
  /** The visible elements' bounding box, in graph units. */
  width: number;
}

/** How the canvas draws a relation's claim status: the status on its edge, the line's opacity, the mid-edge mark. */
export interface ClaimLook {
  status: string;
  lineOpacity: number;
  midMark: string;
}

/** Where every actor is drawn, and the view: what a user would see move. */
export interface CanvasPicture extends Viewport {
  positions: Record<string, { x: number; y: number }>;
}

/** The analyst's view as the store holds it (ignored link parts as "key:reason"). */
export interface AnalystState {
  asOf: string | null;
  speakers: string[];
  minSources: number;
  path: { from: string; to: string } | null;
  pathDirected: boolean;
  ignored: string[];
}

/** What the paths view stands out on the canvas (relations by id, bundles left out) and how many elements fade. */
export interface PathMarks {
  actors: string[];
  relations: string[];
  faded: number;
}

const POLL = { interval: 50 };
/** IndexedDB where the page keeps autosaved drafts (src/session/draftStorage.ts). */
const DRAFTS = { database: 'geopolitical-graph-explorer', store: 'drafts' };

export class ExplorerApi {
  constructor(private readonly page: Page) {}

  // ── The store ──────────────────────────────────────────────────────────────────────────────────────────────────

  selection(): Promise<Selection> {
    return this.read((explorer) => explorer.store.getState().selection);
  }

  /** Pins an actor where it is drawn, as a drag that ends where it started would (an undoable edit). */
  pinActor(actorId: string): Promise<void> {
    return this.read((explorer, id) => {
      const { x, y } = explorer.cy.getElementById(id).position();
      explorer.store.getState().arrangeActors(new Map([[id, { x, y }]]));
    }, actorId);
  }

  /** Selects as a panel would, without asking the canvas to centre. */
  select(selection: Selection): Promise<void> {
    return this.read((explorer, chosen) => explorer.store.getState().select(chosen), selection);
  }

  async waitForSelection(selection: Selection): Promise<void> {
    await this.waitUntil(
      `the selection is ${JSON.stringify(selection)}`,
      (explorer, wanted) => {
        const current = explorer.store.getState().selection;
        return current === wanted || (current?.kind === wanted?.kind && current?.id === wanted?.id);
      },
      selection,
    );
  }

  datasetTitle(): Promise<string | null> {
    return this.read((explorer) => explorer.store.getState().checked?.dataset.title ?? null);
  }

  /** The warnings the validation of the dataset on screen gave, each as its code and JSON Pointer. */
  warnings(): Promise<string[]> {
    return this.read((explorer) =>
      explorer.store.getState().warnings.map((problem) => `${problem.code} ${problem.pointer}`),
    );
  }

  dataset(): Promise<DatasetFacts> {
    return this.read((explorer) => {
      const checked = explorer.store.getState().checked;
      if (!checked) throw new Error('no dataset on screen');
      const { dataset } = checked;
      const typesUsed = [...new Set(dataset.relations.map((relation) => relation.type))];
      return {
        id: dataset.id,
        title: dataset.title,
        actors: dataset.actors.map(({ id, name, kind, aliases }) => ({ id, name, kind, aliases })),
        relations: dataset.relations.map(({ id, type, source, target }) => ({ id, type, source, target })),
        relationTypes: typesUsed.map((id) => ({ id, label: checked.relationTypes.get(id)?.label ?? id })),
      };
    });
  }

  /** Waits until opening `fileName` finished: it is the dataset on screen, or its refusal is shown. */
  async waitForOpened(fileName: string): Promise<'opened' | 'refused'> {
    let outcome: 'opened' | 'refused' | null = null;
    await this.waitUntil(
      `${fileName} is opened or refused`,
      (explorer, name) => {
        const { importStatus, source } = explorer.store.getState();
        if (importStatus.phase === 'refused' && importStatus.name === name) return 'refused';
        if (importStatus.phase === 'idle' && source?.kind === 'file' && source.name === name) return 'opened';
        return null;
      },
      fileName,
      { timeout: 60_000, then: (seen) => (outcome = seen) },
    );
    if (outcome === null) throw new Error(`no outcome for ${fileName}`);
    return outcome;
  }

  /**
   * Counts the animation frames the page draws while a Web Worker holds a dataset to check: from the moment the page
   * posts a message to a worker during the "checking" step of the next opening, until that opening ends. A page that
   * checked on its own main thread would post nothing, and could draw no frame while checking.
   */
  async countFramesWhileAWorkerChecks(): Promise<{ frames(): Promise<number> }> {
    const explorer = await this.explorerHandle();
    const probe = await explorer.evaluateHandle((found) => {
      const counted = { frames: 0, finished: false };
      let posted = false;
      let seenOpening = false;
      const postMessage = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
        posted = true;
        return postMessage.apply(this, args);
      } as Worker['postMessage'];
      const tick = () => {
        const status = found.store.getState().importStatus;
        if (posted && status.phase === 'opening' && status.progress?.phase === 'checking') counted.frames++;
        seenOpening ||= status.phase === 'opening';
        if (seenOpening && status.phase !== 'opening') {
          counted.finished = true;
          Worker.prototype.postMessage = postMessage;
        } else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      return counted;
    });
    await explorer.dispose();
    return {
      frames: async () => {
        await vi.waitFor(
          async () => {
            if (!(await probe.evaluate((counted) => counted.finished))) throw new Error('the opening has not ended');
          },
          { ...POLL, timeout: 60_000 },
        );
        return probe.evaluate((counted) => counted.frames);
      },
    };
  }

  // ── The live graph ─────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Waits until every actor of the dataset on screen is on the canvas and no layout is running (large graphs are laid
   * out in a worker, with a progress bar; small ones in the same step that draws them).
   */
  async waitUntilLaidOut(options: { timeout?: number } = {}): Promise<void> {
    await this.waitUntil(
      'every actor is on the canvas and no layout is running',
      (explorer) => {
        const checked = explorer.store.getState().checked;
        if (!checked || document.querySelector('.layout-progress')) return false;
        return checked.dataset.actors.every((actor) => explorer.cy.getElementById(actor.id).nonempty());
      },
      undefined,
      options,
    );
  }

  /**
   * Waits until the explorer has finished showing the dataset on screen either way: the canvas drew every actor, or
   * the explorer's crash message took its place (the canvas, and window.__explorer with it, is then gone).
   */
  async waitUntilCanvasSettles(): Promise<'drawn' | 'crashed'> {
    const outcome = await this.page.waitForFunction(
      () => {
        const crashMessage = [...document.querySelectorAll('[role="alert"] h2')].some((heading) =>
          heading.textContent?.startsWith('Something went wrong while showing'),
        );
        if (crashMessage) return 'crashed';
        const explorer = window.__explorer;
        const checked = explorer?.store.getState().checked;
        if (!explorer || !checked || document.querySelector('.layout-progress')) return null;
        return checked.dataset.actors.every((actor) => explorer.cy.getElementById(actor.id).nonempty())
          ? 'drawn'
          : null;
      },
      undefined,
      { timeout: 30_000 },
    );
    const settled = await outcome.jsonValue();
    if (settled === null) throw new Error('waitForFunction resolved without an outcome');
    return settled;
  }

  nodeCount(): Promise<number> {
    return this.read((explorer) => explorer.cy.nodes().length);
  }

  hasActor(actorId: string): Promise<boolean> {
    return this.read((explorer, id) => explorer.cy.getElementById(id).nonempty(), actorId);
  }

  async waitForActor(actorId: string, shown: 'drawn' | 'gone' = 'drawn'): Promise<void> {
    await this.waitUntil(
      `actor ${actorId} is ${shown}`,
      (explorer, { id, wanted }) => explorer.cy.getElementById(id).nonempty() === wanted,
      { id: actorId, wanted: shown === 'drawn' },
    );
  }

  async waitForRelation(relationId: string): Promise<void> {
    await this.waitUntil(
      `relation ${relationId} is drawn`,
      (explorer, id) => explorer.cy.getElementById(id).nonempty(),
      edgeIdOf(relationId),
    );
  }

  /** Whether a relation is drawn: as its own edge, or inside a bundle of parallel relations that is drawn. */
  isRelationVisible(relationId: string): Promise<boolean> {
    return this.read((explorer, id) => {
      const { cy } = explorer;
      if (cy.getElementById(id).visible()) return true;
      return cy
        .edges('[?bundle]:visible')
        .some((bundle) => ((bundle.data('members') as string[] | undefined) ?? []).includes(id));
    }, edgeIdOf(relationId));
  }

  /** How the edge of a relation shows its claim status (whether or not it is visible). */
  claimLook(relationId: string): Promise<ClaimLook> {
    return this.read((explorer, id) => {
      const edge = explorer.cy.getElementById(id);
      if (edge.empty()) throw new Error(`no edge ${id} on the canvas`);
      return {
        status: String(edge.data('status')),
        lineOpacity: Number.parseFloat(edge.style('line-opacity')),
        midMark: String(edge.style('mid-target-arrow-shape')),
      };
    }, edgeIdOf(relationId));
  }

  /** The claim statuses the store's filters hide. */
  hiddenStatuses(): Promise<string[]> {
    return this.read((explorer) => [...explorer.store.getState().filters.hiddenStatuses]);
  }

  visibleActorIds(): Promise<string[]> {
    return this.read((explorer) =>
      explorer.cy
        .nodes(':visible')
        .map((node) => node.id())
        .sort(),
    );
  }

  shownGraph(): Promise<ShownGraph> {
    return this.read((explorer) => {
      const { cy } = explorer;
      return {
        actors: cy.nodes(':visible').map((node) => ({ id: node.id(), label: String(node.data('label')) })),
        // A bundle of parallel relations stands for the members it shows.
        relations: cy
          .edges(':visible')
          .toArray()
          .flatMap((edge) => {
            const members = edge.data('bundle') ? ((edge.data('members') as string[] | undefined) ?? []) : [edge.id()];
            return members.map((member) => {
              const relation = cy.getElementById(member);
              return { id: String(relation.data('relationId')), type: String(relation.data('type')) };
            });
          }),
        width: cy.elements(':visible').boundingBox().w,
      };
    });
  }

  /** Waits until the canvas marks the selected element (and its neighbours) as chosen. */
  async waitUntilMarked(selection: NonNullable<Selection>): Promise<void> {
    await this.waitUntil(
      `the canvas marks ${selection.kind} ${selection.id} as chosen`,
      (explorer, { id, chosen }) => explorer.cy.getElementById(id).hasClass(chosen),
      { id: selection.kind === 'actor' ? selection.id : edgeIdOf(selection.id), chosen: CLASSES.selected },
    );
  }

  canvasPicture(): Promise<CanvasPicture> {
    return this.read((explorer) => {
      const { cy } = explorer;
      return {
        zoom: cy.zoom(),
        pan: cy.pan(),
        positions: Object.fromEntries(cy.nodes().map((node) => [node.id(), node.position()])),
      };
    });
  }

  /**
   * Waits until the canvas has taken its container's size: Cytoscape follows a resize (a panel opening or closing)
   * after a short debounce, and then moves the view (it keeps its centre), so a point read before that would go stale.
   */
  async waitUntilCanvasFits(): Promise<void> {
    await this.waitUntil(
      'the canvas has its container’s size',
      (explorer) => {
        const container = explorer.cy.container();
        return (
          container !== null &&
          explorer.cy.width() === container.clientWidth &&
          explorer.cy.height() === container.clientHeight
        );
      },
      undefined,
    );
  }

  /**
   * Records, frame by frame until `stop()`, the frames that show the details panel in which the canvas did not have its
   * container's size (a graph drawn at its old size, cut off, before it follows the panel), and how many times
   * Cytoscape resized the canvas.
   */
  async recordCanvasFrames(): Promise<{
    stop(): Promise<{ panelFrames: number; staleFrames: number; resizes: number }>;
  }> {
    const explorer = await this.explorerHandle();
    const record = await explorer.evaluateHandle((found) => {
      const counted = { panelFrames: 0, staleFrames: 0, resizes: 0, stopped: false };
      const onResize = () => void counted.resizes++;
      found.cy.on('resize', onResize);
      const tick = () => {
        if (counted.stopped) return void found.cy.off('resize', onResize);
        const container = found.cy.container();
        if (container && document.querySelector('[data-testid="details-panel"]')) {
          counted.panelFrames++;
          if (found.cy.width() !== container.clientWidth || found.cy.height() !== container.clientHeight)
            counted.staleFrames++;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      return counted;
    });
    await explorer.dispose();
    return {
      stop: () =>
        record.evaluate((counted) => {
          counted.stopped = true;
          return { panelFrames: counted.panelFrames, staleFrames: counted.staleFrames, resizes: counted.resizes };
        }),
    };
  }

  /** The canvas's size as Cytoscape knows it, in CSS pixels. */
  canvasSize(): Promise<{ width: number; height: number }> {
    return this.read((explorer) => ({ width: explorer.cy.width(), height: explorer.cy.height() }));
  }

  /** Where an actor is drawn, in graph coordinates. */
  actorPosition(actorId: string): Promise<{ x: number; y: number }> {
    return this.read((explorer, id) => ({ ...explorer.cy.getElementById(id).position() }), actorId);
  }

  /** The position the dataset on screen saves for an actor, or null when the layout places it. */
  savedPosition(actorId: string): Promise<{ x: number; y: number } | null> {
    return this.read(
      (explorer, id) => explorer.store.getState().checked?.actorsById.get(id)?.position ?? null,
      actorId,
    );
  }

  /** Waits until the dataset on screen saves a position for the actor (or, with null, saves none). */
  async waitForSavedPosition(actorId: string, saved: 'saved' | null = 'saved'): Promise<void> {
    await this.waitUntil(
      `actor ${actorId} ${saved === null ? 'has no saved position' : 'has a saved position'}`,
      (explorer, { id, wanted }) =>
        (explorer.store.getState().checked?.actorsById.get(id)?.position !== undefined) === wanted,
      { id: actorId, wanted: saved !== null },
    );
  }

  /** Waits until the actor is drawn at `position` (graph units, within a hundredth). */
  async waitForActorAt(actorId: string, position: { x: number; y: number }): Promise<void> {
    await this.waitUntil(
      `actor ${actorId} is drawn at ${position.x},${position.y}`,
      (explorer, { id, x, y }) => {
        const drawn = explorer.cy.getElementById(id).position();
        return Math.abs(drawn.x - x) < 0.01 && Math.abs(drawn.y - y) < 0.01;
      },
      { id: actorId, ...position },
    );
  }

  /** The actors gathered to be dragged together (Cytoscape's own selection). */
  gatheredActorIds(): Promise<string[]> {
    return this.read((explorer) =>
      explorer.cy
        .nodes(':selected')
        .map((node) => node.id())
        .sort(),
    );
  }

  /** How many curation edits undo can take back. */
  undoSteps(): Promise<number> {
    return this.read((explorer) => explorer.store.temporal.getState().pastStates.length);
  }

  /** Where an actor is drawn, in page coordinates. */
  async actorPoint(actorId: string): Promise<PagePoint> {
    await this.waitUntilCanvasFits();
    return this.read((explorer, id) => {
      const node = explorer.cy.nodes().getElementById(id);
      if (node.empty()) throw new Error(`no actor ${id} on the canvas`);
      const box = explorer.cy.container()?.getBoundingClientRect();
      const point = node.renderedPosition();
      return { x: (box?.left ?? 0) + point.x, y: (box?.top ?? 0) + point.y };
    }, actorId);
  }

  /**
   * A visible relation (of `among`, when given) whose edge midpoint is farthest from every actor and every other
   * midpoint, so a click there can hit nothing else; with that point in page coordinates.
   */
  async clearRelationPoint(among?: readonly string[]): Promise<PagePoint & { relationId: string }> {
    await this.waitUntilCanvasFits();
    return this.read(
      (explorer, candidates) => {
        const { cy } = explorer;
        const box = cy.container()?.getBoundingClientRect();
        const nodes = cy.nodes(':visible').map((node) => node.renderedPosition());
        const midpoints = cy
          .edges(':visible')
          .map((edge) => ({ relationId: String(edge.data('relationId')), ...edge.renderedMidpoint() }));
        let best = { relationId: '', x: 0, y: 0, distance: -1 };
        for (const point of midpoints) {
          if (candidates && !candidates.includes(point.relationId)) continue;
          if (point.x < 10 || point.y < 10 || point.x > cy.width() - 10 || point.y > cy.height() - 10) continue;
          let distance = Infinity;
          for (const node of nodes) distance = Math.min(distance, Math.hypot(node.x - point.x, node.y - point.y));
          for (const other of midpoints)
            if (other !== point) distance = Math.min(distance, Math.hypot(other.x - point.x, other.y - point.y));
          if (distance > best.distance) best = { ...point, distance };
        }
        if (best.relationId === '') throw new Error('no visible relation inside the canvas');
        return { relationId: best.relationId, x: (box?.left ?? 0) + best.x, y: (box?.top ?? 0) + best.y };
      },
      among ? [...among] : null,
    );
  }

  // ── The view ───────────────────────────────────────────────────────────────────────────────────────────────────

  viewport(): Promise<Viewport> {
    return this.read((explorer) => ({ zoom: explorer.cy.zoom(), pan: explorer.cy.pan() }));
  }

  /** Moves the view as the user's panning and zooming would (the canvas reports it to the store). */
  panAndZoomTo(viewport: Viewport): Promise<void> {
    return this.read((explorer, { zoom, pan }) => void explorer.cy.viewport({ zoom, pan }), viewport);
  }

  /** Zooms to `level` around the canvas centre at once, as a programmatic zoom would. */
  zoomAroundCentre(level: number): Promise<void> {
    return this.read((explorer, zoom) => {
      const { cy } = explorer;
      cy.zoom({ level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    }, level);
  }

  /** How many times the canvas has chosen its labels since the page opened. */
  labelPasses(): Promise<number> {
    return this.page.evaluate(() => performance.getEntriesByName('explorer:labels-placed').length);
  }

  /** Waits until the canvas chose its labels more than `after` times, then for the frame that draws them. */
  async waitForLabelPass(after: number): Promise<void> {
    await this.page.waitForFunction(
      (count) => performance.getEntriesByName('explorer:labels-placed').length > count,
      after,
    );
    await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }

  /**
   * Counts the frames Cytoscape draws from now until the next label pass: 0 when the labels are placed before the
   * graph is drawn again, more when the graph answers first.
   */
  async framesBeforeNextLabelPass(): Promise<{ count(): Promise<number> }> {
    const explorer = await this.explorerHandle();
    const record = await explorer.evaluateHandle((found) => {
      const seen = { frames: 0, passed: false };
      const passes = performance.getEntriesByName('explorer:labels-placed').length;
      const onRender = () => {
        if (performance.getEntriesByName('explorer:labels-placed').length > passes) {
          seen.passed = true;
          found.cy.off('render', onRender);
        } else seen.frames++;
      };
      found.cy.on('render', onRender);
      return seen;
    });
    await explorer.dispose();
    return {
      count: async () => {
        await record.evaluate(
          (seen) =>
            new Promise<void>((done) => {
              const check = () => (seen.passed ? done() : requestAnimationFrame(check));
              check();
            }),
        );
        return record.evaluate((seen) => seen.frames);
      },
    };
  }

  /**
   * What a reader gets in the view as Cytoscape draws it (tests/support/legibility.ts): label sizes, label overlaps,
   * crossings, bundles.
   */
  async legibility(): Promise<LegibilityFigures> {
    // The reader runs in the page as source text; a build may wrap named functions in a __name helper.
    const geometry = (await this.page.evaluate(
      `(() => { window.__name ??= (fn) => fn; return (${readGeometry.toString()})(window.__explorer.cy); })()`,
    )) as PageGeometry;
    return legibilityFigures(geometry);
  }

  /** Waits until the actor's shape (what centring frames; its label may sit on any side) is at the canvas centre. */
  async waitUntilCentredOn(actorId: string): Promise<void> {
    await this.waitUntil(
      `actor ${actorId} is at the centre of the canvas`,
      (explorer, id) => {
        const { cy } = explorer;
        const box = cy
          .getElementById(id)
          .renderedBoundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
        const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
        return Math.abs(centre.x - cy.width() / 2) < 2 && Math.abs(centre.y - cy.height() / 2) < 2;
      },
      actorId,
    );
  }

  /** Waits until the label pass has chosen the actor's label (its `labelled` class), within `timeout` ms. */
  async waitUntilLabelled(actorId: string, timeout = 10_000): Promise<void> {
    await this.waitUntil(
      `actor ${actorId} is labelled`,
      (explorer, { id, labelled }) => explorer.cy.getElementById(id).hasClass(labelled),
      { id: actorId, labelled: CLASSES.labelled },
      { timeout },
    );
  }

  /** The first dashed edge's zoom-level classes, and the dash pattern Cytoscape draws it with. */
  firstDashedEdge(): Promise<{ dashClasses: string[]; pattern: number[] }> {
    return this.read((explorer) => {
      // Cytoscape's typings leave out pstyle, the parsed style it draws with.
      const edge = explorer.cy.edges('[?dashed]').first() as unknown as {
        classes(): string[];
        pstyle(name: string): { pfValue: number[] };
      };
      return {
        dashClasses: edge.classes().filter((name) => name.startsWith('dash-')),
        pattern: edge.pstyle('line-dash-pattern').pfValue,
      };
    });
  }

  async waitForDashClasses(expected: readonly string[]): Promise<void> {
    await this.waitUntil(
      `the first dashed edge has dash classes [${expected.join(', ')}]`,
      (explorer, wanted) =>
        explorer.cy
          .edges('[?dashed]')
          .first()
          .classes()
          .filter((name) => name.startsWith('dash-'))
          .join(' ') === wanted.join(' '),
      [...expected],
    );
  }

  // ── The browser's storage ──────────────────────────────────────────────────────────────────────────────────────

  /** The keys of the autosaved drafts this browser holds (none when the page never saved one). */
  draftKeys(): Promise<string[]> {
    return this.page.evaluate(async ({ database, store }) => {
      // Opening a database that does not exist would create it empty, without the store the page expects.
      if (!(await indexedDB.databases()).some((info) => info.name === database)) return [];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(database);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (!db.objectStoreNames.contains(store)) return [];
        return await new Promise<string[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAllKeys();
          request.onsuccess = () => resolve(request.result.map(String));
          request.onerror = () => reject(request.error);
        });
      } finally {
        db.close();
      }
    }, DRAFTS);
  }

  // ── The reach itself ───────────────────────────────────────────────────────────────────────────────────────────

  // ── Reading like an analyst ────────────────────────────────────────────────────────────────────────────────────

  /** The "as reported by" date, the speakers, the minimum of documents, the paths' ends, and what a link left out. */
  analystState(): Promise<AnalystState> {
    return this.read((explorer) => {
      const { filters, path, pathDirected, ignoredLinkParts } = explorer.store.getState();
      return {
        asOf: filters.asOf,
        speakers: [...filters.speakers],
        minSources: filters.minSources,
        path,
        pathDirected,
        ignored: ignoredLinkParts.map((part) => `${part.key}:${part.reason}`),
      };
    });
  }

  /** Waits until the canvas stands out the paths view's elements (at least one actor), and says which, and how many fade. */
  async waitForPathMarks(): Promise<PathMarks> {
    let marks: PathMarks | null = null;
    await this.waitUntil(
      'the paths view stands out on the canvas',
      (explorer, classes) => {
        const onPath = explorer.cy.elements(`.${classes.onPath}`);
        if (onPath.nodes().empty()) return null;
        return {
          actors: onPath.nodes().map((node) => node.id()),
          relations: onPath
            .edges()
            .filter((edge) => !edge.data('bundle'))
            .map((edge) => String(edge.data('relationId'))),
          faded: explorer.cy.elements(`.${classes.faded}`).length,
        };
      },
      { onPath: CLASSES.onPath, faded: CLASSES.faded },
      { then: (seen) => (marks = seen) },
    );
    return marks as unknown as PathMarks;
  }

  /** The relations the filters show on the canvas, drawn as themselves or inside their bundle. */
  shownRelationIds(): Promise<string[]> {
    return this.read(
      (explorer, hidden) =>
        explorer.cy
          .edges()
          .filter((edge) => !edge.data('bundle') && !edge.hasClass(hidden))
          .map((edge) => String(edge.data('relationId'))),
      CLASSES.hidden,
    );
  }

  /** How many elements the canvas fades now (none without a path). */
  fadedCount(): Promise<number> {
    return this.read((explorer, faded) => explorer.cy.elements(`.${faded}`).length, CLASSES.faded);
  }

  /** The document count each shown relation's edge carries, by relation id. */
  shownDocumentCounts(): Promise<Record<string, number>> {
    return this.read(
      (explorer, hidden) =>
        Object.fromEntries(
          explorer.cy
            .edges()
            .filter((edge) => !edge.data('bundle') && !edge.hasClass(hidden))
            .map((edge) => [String(edge.data('relationId')), Number(edge.data('documents'))]),
        ),
      CLASSES.hidden,
    );
  }

  // ── The workbench ──────────────────────────────────────────────────────────────────────────────────────────────

  /** The dataset on screen as its JSON has it, with every document's archived text by id. */
  datasetWithTexts(): Promise<{ dataset: Dataset; texts: Record<string, string> }> {
    return this.read((explorer) => {
      const checked = explorer.store.getState().checked;
      if (!checked) throw new Error('no dataset on screen');
      return { dataset: checked.dataset, texts: Object.fromEntries(checked.documentTexts) };
    });
  }

  /** Waits until an autosave has run since now: the edits made so far are in this browser's storage. */
  async waitUntilAutosaved(): Promise<void> {
    const since = await this.page.evaluate(() => Date.now());
    await this.waitUntil(
      'the edits so far are saved in this browser',
      (explorer, from) => {
        const saved = explorer.store.getState().autosave;
        return saved !== null && 'savedAt' in saved && saved.savedAt >= from;
      },
      since,
    );
  }

  async waitForDocument(documentId: string): Promise<void> {
    await this.waitUntil(
      `document ${documentId} is in the dataset`,
      (explorer, id) => explorer.store.getState().checked?.documentsById.has(id) ?? false,
      documentId,
    );
  }

  /** Runs `read` in the page on the explorer object (which exists only with ?debug, and while the canvas lives). */
  private explorerHandle(): Promise<JSHandle<Explorer>> {
    return this.page.evaluateHandle(() => {
      const found = window.__explorer;
      if (!found)
        throw new Error('window.__explorer is missing: open the page with ?debug, and check the canvas lives');
      return found;
    });
  }

  private async read<R, A = undefined>(read: (explorer: Explorer, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const explorer = await this.explorerHandle();
    try {
      // Playwright types the argument as it arrives in the page (Unboxed<A>), which for plain data is A itself.
      return await explorer.evaluate(read as (explorer: Explorer, arg: unknown) => R | Promise<R>, arg);
    } finally {
      await explorer.dispose();
    }
  }

  /**
   * Polls `check` until it gives something other than false or null (a page reloading or a canvas being built in the
   * meantime counts as "not yet"), then hands that to `then`.
   */
  private async waitUntil<A, R>(
    what: string,
    check: (explorer: Explorer, arg: A) => R,
    arg: A,
    options: { timeout?: number; then?: (seen: Exclude<R, false | null>) => void } = {},
  ): Promise<void> {
    try {
      await vi.waitFor(
        async () => {
          const seen = await this.read(check, arg);
          if (seen === false || seen === null) throw new Error('not yet');
          options.then?.(seen as Exclude<R, false | null>);
        },
        { ...POLL, timeout: options.timeout ?? 30_000 },
      );
    } catch (error) {
      throw new Error(`timed out waiting until ${what}`, { cause: error });
    }
  }
}
