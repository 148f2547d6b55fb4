// The benchmark's baseline: bare Cytoscape (default style, preset positions), a minimal details panel and type filters.
import cytoscape, { type EventObject } from 'cytoscape';
import { fcoseOptionsFor } from '../../src/graph/layoutOptions';
import { bareElements, relationTypesOf, type RawDataset } from './elements';
import { loadDataset, graph, panel, showFailure, showTypeFilters } from './page';

async function main() {
  const { dataset, positions } = await loadDataset<RawDataset>();
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
  showTypeFilters(cy, relationTypesOf(dataset), 'hidden');
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

main().catch(showFailure);
