// Renderless: opens a bundle of parallel relations while the pointer is on it, when the user clicks it (until a click
// elsewhere), and while one of its relations is selected (from the canvas, the panel or the table).
import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';
import { bundleKeyOfEdge } from '../../graph/bundleView';
import { edgeIdOf } from '../../graph/elements';
import { distanceToSegment } from '../../geometry/extent';
import { useExplorer } from '../../store/StoreProvider';
import { bundleKeyOf, expandBundles, expandedFor } from '../elements/bundleCanvas';
import { askToRelabel } from '../labels/relabel';

/** Pixels around the line between the two actors within which an opened bundle stays open under the pointer. */
const HOVER_REACH_PX = 16;
/** Cytoscape's spacing of parallel curves (control-point-step-size), in graph units. */
const CURVE_STEP = 40;

export function BundleController({ cy }: { cy: Core }) {
  const selection = useExplorer((state) => state.selection);
  const checked = useExplorer((state) => state.checked);

  useEffect(() => {
    const key = selection?.kind === 'relation' ? bundleKeyOf(cy, edgeIdOf(selection.id)) : undefined;
    if (expandBundles(cy, 'selection', new Set(key ? [key] : []))) askToRelabel(cy);
  }, [cy, selection, checked]);

  useEffect(() => {
    let hovered: { key: string; source: string; target: string; count: number } | null = null;
    const open = (reason: 'hover' | 'tap', keys: string[]) => {
      if (expandBundles(cy, reason, new Set(keys))) askToRelabel(cy);
    };
    const onOver = (event: EventObject) => {
      const edge = event.target;
      const members = edge.data('members') as string[] | undefined;
      hovered = {
        key: bundleKeyOfEdge(edge.id()),
        source: edge.source().id(),
        target: edge.target().id(),
        count: members?.length ?? 2,
      };
      open('hover', [hovered.key]);
    };
    const onMove = (event: EventObject) => {
      if (!hovered) return;
      const source = cy.getElementById(hovered.source).renderedPosition();
      const target = cy.getElementById(hovered.target).renderedPosition();
      // Opened, its relations fan out as curves on both sides of the line: the pointer may go as far as the outermost.
      const reach = HOVER_REACH_PX + (hovered.count / 2) * CURVE_STEP * cy.zoom();
      if (distanceToSegment(event.renderedPosition, source, target) <= reach) return;
      hovered = null;
      open('hover', []);
    };
    const close = () => {
      hovered = null;
      open('hover', []);
    };
    const onTapBundle = (event: EventObject) => open('tap', [bundleKeyOfEdge(event.target.id())]);
    const onTapBackground = (event: EventObject) => {
      if (event.target === cy && expandedFor(cy, 'tap').size > 0) open('tap', []);
    };
    cy.on('mouseover', 'edge[?bundle]', onOver);
    cy.on('mousemove', onMove);
    cy.on('viewport', close);
    cy.on('tap', 'edge[?bundle]', onTapBundle);
    cy.on('tap', onTapBackground);
    return () => {
      cy.off('mouseover', 'edge[?bundle]', onOver);
      cy.off('mousemove', onMove);
      cy.off('viewport', close);
      cy.off('tap', 'edge[?bundle]', onTapBundle);
      cy.off('tap', onTapBackground);
    };
  }, [cy]);

  return null;
}
