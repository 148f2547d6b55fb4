// What a reader gets on the bundled dataset at its first fitted view and zoomed in: every label drawn at 12 px or more,
// none over another label or another actor, parallel relations drawn as bundles. Measured as Cytoscape draws them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic';
import { launchBrowser } from './browser';
import { ExplorerPage, explorerAddress } from './driver/explorerPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The smallest label size the screen promises, in CSS pixels. */
const READABLE_PX = 12;

async function openAt(width: number, height: number): Promise<ExplorerPage> {
  const context = await browser.newContext({ viewport: { width, height } });
  const explorer = await ExplorerPage.open(context, explorerAddress(inject('baseUrl')));
  await explorer.api.waitUntilCanvasFits();
  await explorer.api.waitForLabelPass(0);
  return explorer;
}

describe('labels on the bundled dataset', () => {
  for (const [width, height] of [
    [1400, 900],
    [1024, 768],
  ] as const) {
    it(`draws every actor's label at ${READABLE_PX} px or more at ${width}×${height}, none overlapping`, async () => {
      const explorer = await openAt(width, height);
      try {
        const figures = await explorer.api.legibility();
        expect(figures.actorLabels, 'every actor labelled').toBe(figures.actors);
        expect(figures.smallestActorLabelPx).toBeGreaterThanOrEqual(READABLE_PX);
        expect(figures.actorLabelOverlaps, 'label on label').toBe(0);
        expect(figures.actorLabelOnActor, 'label on another actor').toBe(0);
        expect(figures.edgeLabelOverlaps, 'edge label on anything').toBe(0);
        if (figures.edgeLabels > 0) expect(figures.smallestEdgeLabelPx).toBeGreaterThanOrEqual(READABLE_PX);
        // Every pair of actors with several relations shown is one bundle.
        expect(figures.parallelPairs).toBeGreaterThan(0);
        expect(figures.bundles).toBe(figures.parallelPairs);
      } finally {
        await explorer.page.context().close();
      }
    });
  }

  it('keeps labels readable and apart once zoomed in, and writes more relation types', async () => {
    const explorer = await openAt(1400, 900);
    try {
      const { api } = explorer;
      const fitted = await api.legibility();
      const passes = await api.labelPasses();
      await api.zoomAroundCentre(fitted.zoom * 2);
      await api.waitForLabelPass(passes);
      const zoomed = await api.legibility();
      expect(zoomed.smallestActorLabelPx).toBeGreaterThanOrEqual(READABLE_PX);
      expect(zoomed.actorLabelOverlaps + zoomed.actorLabelOnActor + zoomed.edgeLabelOverlaps).toBe(0);
      expect(zoomed.edgeLabels).toBeGreaterThan(fitted.edgeLabels);
    } finally {
      await explorer.page.context().close();
    }
  });

  it('shows a filter first, then places labels in the room it made, none overlapping', async () => {
    const explorer = await openAt(1400, 900);
    try {
      const { api, ui } = explorer;
      const before = await api.legibility();
      const frames = await api.framesBeforeNextLabelPass();
      await ui.relationTypeCheckbox('meets').uncheck();
      expect(await frames.count(), 'frames drawn before the labels are placed').toBeGreaterThan(0);
      await api.waitForLabelPass(0);
      const after = await api.legibility();
      expect(after.relations).toBeLessThan(before.relations);
      expect(after.actorLabelOverlaps + after.actorLabelOnActor + after.edgeLabelOverlaps).toBe(0);
    } finally {
      await explorer.page.context().close();
    }
  });
});

describe('labels on a large graph', () => {
  it('labels the part of the graph a centring lands on, far from where the view was', async () => {
    // Large enough for the overview style: only the part in view is detailed, and only detailed actors are labelled.
    const { dataset } = syntheticDataset({
      actors: 5_000,
      relations: 15_000,
      documents: 500,
      documentSize: 1_000,
      positions: true,
      seed: 7,
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.route(
      (url) => url.pathname === '/__legibility-test/large.json',
      (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
    );
    const explorer = await ExplorerPage.open(
      context,
      explorerAddress(inject('baseUrl'), { data: '/__legibility-test/large.json' }),
    );
    try {
      const { api, ui } = explorer;
      await api.waitUntilLaidOut({ timeout: 120_000 });
      await api.waitForLabelPass(0);
      const [first, far] = [dataset.actors[0]!, dataset.actors[dataset.actors.length - 1]!];
      await ui.findActor(first.name, first.name);
      await api.waitUntilCentredOn(first.id);
      await api.waitUntilLabelled(first.id);
      await ui.findActor(far.name, far.name);
      await api.waitUntilCentredOn(far.id);
      await api.waitUntilLabelled(far.id);
      expect(explorer.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
