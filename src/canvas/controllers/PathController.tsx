// Renderless: the paths view on the graph — its actors and relations stand out, everything else fades — and the view
// moves to take the paths in when they change.
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { pathHighlight } from '../../graph/pathHighlight';
import { CLASSES } from '../../graph/stylesheet';
import { selectPaths } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';

/** Room around the paths when the view takes them in, in screen pixels. */
const FIT_PADDING = 60;
const FIT_MS = 300;

export function PathController({ cy }: { cy: Core }) {
  const checked = useExplorer((state) => state.checked);
  const groupByAffiliation = useExplorer((state) => state.groupByAffiliation);
  const paths = useExplorer(selectPaths);
  const ends = useExplorer((state) => state.path);
  // The view moves when the user asks for other ends, not when a filter changes the paths between the same two.
  const fittedTo = useRef<typeof ends>(null);

  useEffect(() => {
    // Elements may have been replaced (grouping moves them): clear by class.
    cy.batch(() => {
      cy.elements(`.${CLASSES.faded}`).removeClass(CLASSES.faded);
      cy.elements(`.${CLASSES.onPath}`).removeClass(CLASSES.onPath);
      if (checked === null || paths === null || paths.paths.length === 0) return;
      const { nodes, edges } = pathHighlight(checked, paths);
      cy.elements().addClass(CLASSES.faded);
      for (const id of [...nodes, ...edges]) cy.getElementById(id).removeClass(CLASSES.faded).addClass(CLASSES.onPath);
      // A group holding an actor on a path stays legible around it.
      for (const id of nodes) cy.getElementById(id).ancestors().removeClass(CLASSES.faded);
    });
    if (checked === null || paths === null || paths.paths.length === 0 || fittedTo.current === ends) return;
    fittedTo.current = ends;
    const onPath = cy.elements(`.${CLASSES.onPath}`).filter((element) => element.visible());
    if (onPath.empty()) return;
    cy.stop();
    cy.animate({ fit: { eles: onPath, padding: FIT_PADDING } }, { duration: FIT_MS });
  }, [cy, checked, groupByAffiliation, paths, ends]);

  return null;
}
