// A shared view (the explorer's interactive HTML export) opened from disk in its own browser context, every network
// request refused and counted: its graph, its gestures, and what went wrong in it.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    __sharedView?: { cy: Core };
    __cspViolations?: string[];
  }
}

export interface PagePoint {
  x: number;
  y: number;
}

export class SharedViewPage {
  /** Every request the page tried to make beyond its own file (each refused). */
  readonly requests: string[] = [];
  readonly pageErrors: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
  }

  /** Opens `file` (a path on disk) with ?debug, in a new context of `viewport`, and waits until its graph is drawn. */
  static async open(browser: Browser, file: string, viewport = { width: 1400, height: 900 }): Promise<SharedViewPage> {
    const context = await browser.newContext({ viewport });
    const address = `${pathToFileURL(file).href}?debug`;
    const page = await context.newPage();
    const view = new SharedViewPage(context, page);
    await context.route('**/*', (route) => {
      if (route.request().url() === address) return route.continue();
      view.requests.push(route.request().url());
      return route.abort();
    });
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(address);
    await page.locator('#shared-view[data-ready="true"]').waitFor();
    return view;
  }

  cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => window.__cspViolations ?? []);
  }

  /** The relations and actors the graph draws now, by id, with each relation's type. */
  shown(): Promise<{ actors: string[]; relations: { id: string; type: string }[] }> {
    return this.page.evaluate(() => {
      const cy = window.__sharedView!.cy;
      return {
        actors: cy.nodes(':visible').map((node) => node.id()),
        relations: cy
          .edges(':visible')
          .map((edge) => ({ id: String(edge.data('relationId')), type: String(edge.data('type')) })),
      };
    });
  }

  /** Pixels the graph's canvases have painted (not transparent). */
  paintedPixels(): Promise<number> {
    return this.page.evaluate(() => {
      let painted = 0;
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.viewer-canvas canvas')) {
        const context = canvas.getContext('2d');
        if (!context || canvas.width === 0 || canvas.height === 0) continue;
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        for (let at = 3; at < data.length; at += 4) if (data[at]! > 0) painted++;
      }
      return painted;
    });
  }

  /** A drawn relation whose edge midpoint is farthest from every actor and other midpoint, in page coordinates. */
  clearRelationPoint(): Promise<PagePoint & { relationId: string }> {
    return this.page.evaluate(() => {
      const cy = window.__sharedView!.cy;
      const box = cy.container()!.getBoundingClientRect();
      const nodes = cy.nodes(':visible').map((node) => node.renderedPosition());
      const midpoints = cy
        .edges(':visible')
        .map((edge) => ({ relationId: String(edge.data('relationId')), ...edge.renderedMidpoint() }));
      let best = { relationId: '', x: 0, y: 0, distance: -1 };
      for (const point of midpoints) {
        if (point.x < 10 || point.y < 10 || point.x > cy.width() - 10 || point.y > cy.height() - 10) continue;
        let distance = Infinity;
        for (const node of nodes) distance = Math.min(distance, Math.hypot(node.x - point.x, node.y - point.y));
        for (const other of midpoints)
          if (other !== point) distance = Math.min(distance, Math.hypot(other.x - point.x, other.y - point.y));
        if (distance > best.distance) best = { ...point, distance };
      }
      if (best.relationId === '') throw new Error('no relation drawn inside the graph');
      return { relationId: best.relationId, x: box.left + best.x, y: box.top + best.y };
    });
  }

  /** The marked quotes the details panel shows. */
  shownQuotes(): Promise<string[]> {
    return this.page.locator('.viewer-details mark').allTextContents();
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
