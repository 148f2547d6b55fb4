// Launches the Chromium chosen for this run (tests/support/chromium.ts, in globalSetup) and opens explorer pages.
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../support/chromium';

export function launchBrowser(): Promise<Browser> {
  return launchChromium(inject('chromePath'));
}

/** Open the explorer (with ?debug so window.__explorer exists) and wait until the graph is laid out. */
export async function openExplorer(browser: Browser, baseUrl: string, query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const search = new URLSearchParams(query);
  search.set('debug', '');
  await page.goto(`${baseUrl}/?${search.toString()}`);
  await page.waitForFunction(() => (window.__explorer?.cy.nodes().length ?? 0) > 0, undefined, { timeout: 30_000 });
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  return page;
}

/** Where an element is drawn, in page coordinates (canvas offset + rendered position). */
export async function renderedPointOf(page: Page, elementId: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const explorer = window.__explorer;
    if (!explorer) throw new Error('no window.__explorer');
    const node = explorer.cy.nodes().getElementById(id);
    const edge = explorer.cy.edges().getElementById(id);
    if (node.length === 0 && edge.length === 0) throw new Error(`no element ${id}`);
    const point = node.length > 0 ? node.renderedPosition() : edge.renderedMidpoint();
    const box = explorer.cy.container()?.getBoundingClientRect();
    return { x: (box?.left ?? 0) + point.x, y: (box?.top ?? 0) + point.y };
  }, elementId);
}

/** An edge whose midpoint is farthest from every node and every other edge midpoint: safe to click. */
export async function clearEdge(page: Page, edgeIds?: string[]): Promise<{ id: string; x: number; y: number }> {
  return page.evaluate((candidates) => {
    const explorer = window.__explorer;
    if (!explorer) throw new Error('no window.__explorer');
    const { cy } = explorer;
    const box = cy.container()?.getBoundingClientRect();
    const nodes = cy.nodes(':visible').map((node) => node.renderedPosition());
    const edges = cy.edges(':visible');
    const midpoints = edges.map((edge) => ({ id: edge.id(), ...edge.renderedMidpoint() }));
    let best = { id: '', x: 0, y: 0, distance: -1 };
    for (const point of midpoints) {
      if (candidates && !candidates.includes(point.id)) continue;
      if (point.x < 10 || point.y < 10 || point.x > cy.width() - 10 || point.y > cy.height() - 10) continue;
      let distance = Infinity;
      for (const node of nodes) distance = Math.min(distance, Math.hypot(node.x - point.x, node.y - point.y));
      for (const other of midpoints)
        if (other.id !== point.id) distance = Math.min(distance, Math.hypot(other.x - point.x, other.y - point.y));
      if (distance > best.distance) best = { ...point, distance };
    }
    if (best.id === '') throw new Error('no visible edge');
    return { id: best.id, x: (box?.left ?? 0) + best.x, y: (box?.top ?? 0) + best.y };
  }, edgeIds ?? null);
}

/** The store's selection, as the page sees it. */
export function selectionOf(page: Page) {
  return page.evaluate(() => window.__explorer?.store.getState().selection ?? null);
}
