// End to end on the bundled seed dataset: whatever it holds, every part of the explorer works on it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clearEdge, launchBrowser, openExplorer, renderedPointOf, selectionOf } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

/** Facts about the loaded dataset, read from the page so the test follows the curators' edits. */
interface SeedFacts {
  title: string;
  busiest: { id: string; name: string };
  type: { id: string; label: string; count: number };
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openExplorer(browser, baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

function facts(p: Page): Promise<SeedFacts> {
  return p.evaluate(() => {
    const checked = window.__explorer!.store.getState().checked!;
    const degree = new Map<string, number>();
    const types = new Map<string, number>();
    for (const relation of checked.dataset.relations) {
      degree.set(relation.source, (degree.get(relation.source) ?? 0) + 1);
      degree.set(relation.target, (degree.get(relation.target) ?? 0) + 1);
      types.set(relation.type, (types.get(relation.type) ?? 0) + 1);
    }
    const [busiestId] = [...degree.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const typeId = types.has('strikes') ? 'strikes' : [...types.keys()][0]!;
    return {
      title: checked.dataset.title,
      busiest: { id: busiestId, name: checked.actorsById.get(busiestId)!.name },
      type: { id: typeId, label: checked.relationTypes.get(typeId)!.label, count: types.get(typeId)! },
    };
  });
}

const details = (p: Page) => p.getByTestId('details-panel');

describe('explorer on the bundled seed dataset', () => {
  it('loads, validates and draws the dataset', async () => {
    const seed = await facts(page);
    await page.getByRole('heading', { level: 1, name: seed.title }).waitFor();
    const counts = await page.evaluate(() => ({
      nodes: window.__explorer!.cy.nodes().length,
      actors: window.__explorer!.store.getState().checked!.dataset.actors.length,
    }));
    expect(counts.nodes).toBe(counts.actors);
  });

  it('shows an actor’s cited sentences when it is clicked on the canvas', async () => {
    const { busiest } = await facts(page);
    const point = await renderedPointOf(page, busiest.id);
    await page.mouse.click(point.x, point.y);
    await details(page).getByRole('heading', { level: 2, name: busiest.name }).waitFor();
    expect(await details(page).locator('blockquote mark').count()).toBeGreaterThan(0);
    expect((await details(page).locator('blockquote mark').first().textContent())?.length).toBeGreaterThan(3);
  });

  it('shows a relation when its edge is clicked', async () => {
    const edge = await clearEdge(page);
    await page.mouse.click(edge.x, edge.y);
    expect(await selectionOf(page)).toEqual({ kind: 'relation', id: edge.id.replace(/^rel:/, '') });
    await details(page).locator('blockquote mark').first().waitFor();
  });

  it('removes a relation type from the graph and the table', async () => {
    const { type } = await facts(page);
    const table = page.getByRole('region', { name: 'Relations table' });
    const visibleOfType = () =>
      page.evaluate(
        (id) => window.__explorer!.cy.edges(`[type = "${id}"]`).filter((edge) => edge.visible()).length,
        type.id,
      );
    expect(await visibleOfType()).toBe(type.count);
    expect(await table.getByRole('cell', { name: type.label, exact: true }).count()).toBe(type.count);
    await page.getByRole('checkbox', { name: type.label, exact: true }).uncheck();
    expect(await visibleOfType()).toBe(0);
    expect(await table.getByRole('cell', { name: type.label, exact: true }).count()).toBe(0);
    await page.getByRole('checkbox', { name: type.label, exact: true }).check();
    expect(await visibleOfType()).toBe(type.count);
  });

  it('finds an actor with the keyboard', async () => {
    const { busiest } = await facts(page);
    await page.getByRole('combobox', { name: 'Find an actor' }).focus();
    await page.keyboard.type(busiest.name.toLowerCase());
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    expect(await selectionOf(page)).toEqual({ kind: 'actor', id: busiest.id });
  });

  it('restores a view from a URL', async () => {
    const { busiest } = await facts(page);
    const restored = await openExplorer(
      browser,
      baseUrl,
      new URLSearchParams({ actor: busiest.id, focus: '1', view: '0.9,200,150' }).toString(),
    );
    try {
      await details(restored).getByRole('heading', { level: 2, name: busiest.name }).waitFor();
      const view = await restored.evaluate((id) => {
        const cy = window.__explorer!.cy;
        const node = cy.getElementById(id);
        const neighbours = node.neighborhood('node').filter((other) => other.visible()).length;
        return { zoom: cy.zoom(), pan: cy.pan(), visible: cy.nodes(':visible').length, neighbours };
      }, busiest.id);
      expect(view.zoom).toBeCloseTo(0.9, 5);
      expect(view.pan).toEqual({ x: 200, y: 150 });
      expect(view.visible).toBe(view.neighbours + 1);
    } finally {
      await restored.close();
    }
  });
});
