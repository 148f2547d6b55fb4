// The benchmark's baseline: bare Cytoscape (default style, preset positions), a minimal details panel and type filters.
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { fcoseOptionsFor } from '../../src/graph/layoutOptions';
import { bareElements, relationTypesOf, type Positions, type RawDataset } from './elements';

declare global {
  interface Window {
    __bare?: { cy: Core };
  }
}

const params = new URLSearchParams(window.location.search);
const graph = document.getElementById('graph') as HTMLDivElement;
const panel = document.getElementById('panel') as HTMLDivElement;
const filters = document.getElementById('filters') as HTMLFieldSetElement;
// The harness passes the explorer's canvas size so both pages draw the same number of pixels.
graph.style.width = `${params.get('w') ?? '1000'}px`;
graph.style.height = `${params.get('h') ?? '700'}px`;
document.getElementById('side')!.style.left = `${Number(params.get('w') ?? '1000') + 10}px`;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

function showFilters(cy: Core, types: string[]) {
  for (const type of types) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.checked = true;
    // One class toggle per edge of the type inside one batch: the same change the explorer makes.
    input.addEventListener('change', () =>
      cy.batch(() => cy.edges(`[type = "${type}"]`).toggleClass('hidden', !input.checked)),
    );
    label.append(input, ` ${type}`);
    filters.append(label, document.createElement('br'));
  }
}

async function main() {
  const dataset = await fetchJson<RawDataset>(params.get('data') ?? '');
  const positionsUrl = params.get('positions');
  const positions = positionsUrl ? await fetchJson<Positions>(positionsUrl) : null;
  const elements = bareElements(dataset, positions);
  performance.mark('bench:loaded');
  const cy = cytoscape({ container: graph, elements, layout: { name: 'preset', fit: false } });
  // Default style plus one rule, so a filter is the same class toggle as in the explorer.
  cy.style().selector('.hidden').style('display', 'none').update();
  cy.fit(undefined, 40);
  if (cy.zoom() > 1.5) cy.zoom({ level: 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  cy.on('tap', (event: EventObject) => {
    if (event.target === cy) panel.textContent = '';
  });
  // Cytoscape itself selects the tapped element (its default selection style shows it).
  cy.on('tap', 'node, edge', (event: EventObject) => {
    panel.textContent = String(event.target.data('label'));
  });
  showFilters(cy, relationTypesOf(dataset));
  window.__bare = { cy };
  // The harness times fcose on the main thread with the explorer's options (loaded on demand, so it costs nothing before).
  (window as unknown as { __bareLayout: () => Promise<number> }).__bareLayout = async () => {
    const { default: fcose } = await import('cytoscape-fcose');
    cytoscape.use(fcose);
    const options = fcoseOptionsFor(dataset.actors, { animate: false });
    const started = performance.now();
    cy.layout(options as unknown as cytoscape.LayoutOptions).run();
    return performance.now() - started;
  };
}

main().catch((error: unknown) => {
  panel.textContent = `failed: ${String(error)}`;
});
