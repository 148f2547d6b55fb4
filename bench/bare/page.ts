// What both baseline pages share: the canvas size the harness asks for, the dataset fetch, the panel and the type filters.
import type { Core } from 'cytoscape';
import type { Positions } from './elements';

declare global {
  interface Window {
    __bare?: { cy: Core };
  }
}

export const params = new URLSearchParams(window.location.search);

export const graph = document.getElementById('graph') as HTMLDivElement;
export const panel = document.getElementById('panel') as HTMLDivElement;
const filters = document.getElementById('filters') as HTMLFieldSetElement;

// The harness passes the explorer's canvas size so every page draws the same number of pixels.
graph.style.width = `${params.get('w') ?? '1000'}px`;
graph.style.height = `${params.get('h') ?? '700'}px`;
document.getElementById('side')!.style.left = `${Number(params.get('w') ?? '1000') + 10}px`;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** The dataset named by ?data=, and the positions named by ?positions= (the explorer's, captured by the harness). */
export async function loadDataset<T>(): Promise<{ dataset: T; positions: Positions | null }> {
  const dataset = await fetchJson<T>(params.get('data') ?? '');
  const positionsUrl = params.get('positions');
  return { dataset, positions: positionsUrl ? await fetchJson<Positions>(positionsUrl) : null };
}

/**
 * One checkbox per relation type; unticking one toggles `hiddenClass` on that type's edges in one batch, as the explorer
 * does, then calls `after` (the styled page's bundles and labels).
 */
export function showTypeFilters(cy: Core, types: readonly string[], hiddenClass: string, after?: () => void): void {
  for (const type of types) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.checked = true;
    input.addEventListener('change', () => {
      cy.batch(() => cy.edges(`[type = "${type}"]`).toggleClass(hiddenClass, !input.checked));
      after?.();
    });
    label.append(input, ` ${type}`);
    filters.append(label, document.createElement('br'));
  }
}

export function showFailure(error: unknown): void {
  panel.textContent = `failed: ${String(error)}`;
}
