// The event that asks for the labels to be chosen again when the graph changes without the view or the store changing
// (a layout's positions arrive, a bundle opens under the pointer).
import type { Core } from 'cytoscape';

export const RELABEL_EVENT = 'explorer:relabel';

export function askToRelabel(cy: Core): void {
  if (!cy.destroyed()) cy.emit(RELABEL_EVENT);
}
