// Renderless: shows and hides elements by toggling a class (never removing them), changing only what changed.
import type { Core, SingularElementArgument } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import type { CheckedDataset } from '../domain/model';
import { affiliationParents } from '../graph/elements';
import { CLASSES } from '../graph/stylesheet';
import { canvasVisibility, type CanvasVisibility } from '../graph/visibility';
import { selectVisibility } from '../store/selectors';
import { useExplorer } from '../store/StoreProvider';

function setClass(element: SingularElementArgument, className: string, on: boolean) {
  if (element.hasClass(className) !== on) element.toggleClass(className, on);
}

function toggle(cy: Core, ids: Iterable<string>, className: string, on: boolean) {
  for (const id of ids) cy.getElementById(id).toggleClass(className, on);
}

function difference(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const result: string[] = [];
  for (const id of a) if (!b.has(id)) result.push(id);
  return result;
}

export function VisibilityController({ cy }: { cy: Core }) {
  const checked = useExplorer((state) => state.checked);
  const groupByAffiliation = useExplorer((state) => state.groupByAffiliation);
  const visibility = useExplorer(selectVisibility);
  const parents = useMemo(
    () =>
      checked && groupByAffiliation
        ? affiliationParents(checked.dataset.actors, checked.actorsById)
        : new Map<string, string>(),
    [checked, groupByAffiliation],
  );
  const applied = useRef<{
    checked: CheckedDataset;
    parents: ReadonlyMap<string, string>;
    shown: CanvasVisibility;
  } | null>(null);

  useEffect(() => {
    if (checked === null || visibility === null) return;
    const shown = canvasVisibility(checked, visibility, parents);
    const previous = applied.current;
    cy.batch(() => {
      if (previous === null || previous.checked !== checked || previous.parents !== parents) {
        // Every element is checked, but toggleClass (which builds collections per call) runs only where the class is wrong.
        cy.nodes().forEach((node) => {
          setClass(node, CLASSES.hidden, !shown.nodes.has(node.id()));
          setClass(node, CLASSES.contextOnly, shown.contextOnly.has(node.id()));
        });
        cy.edges().forEach((edge) => {
          setClass(edge, CLASSES.hidden, !shown.edges.has(edge.id()));
        });
      } else {
        toggle(cy, difference(previous.shown.nodes, shown.nodes), CLASSES.hidden, true);
        toggle(cy, difference(shown.nodes, previous.shown.nodes), CLASSES.hidden, false);
        toggle(cy, difference(previous.shown.edges, shown.edges), CLASSES.hidden, true);
        toggle(cy, difference(shown.edges, previous.shown.edges), CLASSES.hidden, false);
        toggle(cy, difference(previous.shown.contextOnly, shown.contextOnly), CLASSES.contextOnly, false);
        toggle(cy, difference(shown.contextOnly, previous.shown.contextOnly), CLASSES.contextOnly, true);
      }
    });
    applied.current = { checked, parents, shown };
  }, [cy, checked, parents, visibility]);

  return null;
}
