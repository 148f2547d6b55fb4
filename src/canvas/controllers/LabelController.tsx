// Renderless: chooses which labels the view shows (canvas/labels/labelPass.ts) whenever the view settles, the selection, the
// filters or the edge-label toggle change, a layout ends or a bundle opens.
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { edgeIdOf } from '../../graph/elements';
import { selectVisibility } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';
import type { Selection } from '../../domain/selection';
import { labelPass, screenView, type LabelEmphasis } from '../labels/labelPass';
import { RELABEL_EVENT } from '../labels/relabel';
import { onViewSettled } from './viewSettle';

/** The selection first, then its neighbourhood: the actors and relations the reader is looking at. */
export function emphasisOf(cy: Core, selection: Selection, edgeLabels: boolean): LabelEmphasis {
  const selected = new Set<string>();
  const emphasised = new Set<string>();
  if (selection) {
    const element = cy.getElementById(selection.kind === 'actor' ? selection.id : edgeIdOf(selection.id));
    if (element.nonempty()) {
      selected.add(element.id());
      const around =
        selection?.kind === 'actor'
          ? element.connectedEdges().union(element.neighborhood('node'))
          : element.edges().connectedNodes();
      around.forEach((neighbour) => void emphasised.add(neighbour.id()));
    }
  }
  return { selected, emphasised, edgeLabels };
}

export function LabelController({ cy }: { cy: Core }) {
  const selection = useExplorer((state) => state.selection);
  const edgeLabels = useExplorer((state) => state.edgeLabels);
  const checked = useExplorer((state) => state.checked);
  const groupByAffiliation = useExplorer((state) => state.groupByAffiliation);
  const visibility = useExplorer(selectVisibility);
  const lastPassFor = useRef<readonly unknown[]>([]);

  useEffect(() => {
    if (checked === null) return;
    const emphasis = emphasisOf(cy, selection, edgeLabels);
    const pass = () => {
      labelPass(cy, screenView(cy), emphasis);
      performance.mark('explorer:labels-placed');
    };
    // A filter only takes elements away or brings them back unlabelled, so the frame that shows it overlaps nothing:
    // the graph answers the filter first, and the labels that fit in the room it made follow, after that frame.
    const reasons = [selection, edgeLabels, checked, groupByAffiliation];
    const onlyFiltered = reasons.every((reason, index) => reason === lastPassFor.current[index]);
    lastPassFor.current = reasons;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (onlyFiltered) frame = requestAnimationFrame(() => (timer = setTimeout(pass)));
    else pass();
    const stop = onViewSettled(cy, 'viewport', pass);
    cy.on(RELABEL_EVENT, pass);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      stop();
      cy.off(RELABEL_EVENT, pass);
    };
  }, [cy, selection, edgeLabels, checked, groupByAffiliation, visibility]);

  return null;
}
