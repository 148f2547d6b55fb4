// A short label for the actor or relation under the pointer. The pointer's state stays here, in the canvas layer:
// it never reaches the store, the URL or the autosave.
import type { Core, EventObject } from 'cytoscape';
import { useEffect, useState } from 'react';
import { relationById } from '../../domain/model';
import { relationIdOfEdge } from '../../graph/elements';
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';
import { kindLabel, relationSentence } from '../../i18n/datasetWords';

interface Hover {
  kind: 'actor' | 'relation';
  id: string;
  /** Where it is drawn on the canvas. */
  x: number;
  y: number;
}

function useHover(cy: Core): Hover | null {
  const [hover, setHover] = useState<Hover | null>(null);
  useEffect(() => {
    const onOverNode = (event: EventObject) => {
      const { x, y } = event.target.renderedPosition();
      setHover({ kind: 'actor', id: event.target.id(), x, y });
    };
    const onOverEdge = (event: EventObject) => {
      const { x, y } = event.target.renderedMidpoint();
      setHover({ kind: 'relation', id: relationIdOfEdge(event.target.id()), x, y });
    };
    const onOut = () => setHover(null);
    cy.on('mouseover', 'node', onOverNode);
    cy.on('mouseover', 'edge[!bundle]', onOverEdge);
    cy.on('mouseout', 'node, edge', onOut);
    cy.on('viewport', onOut);
    return () => {
      cy.off('mouseover', 'node', onOverNode);
      cy.off('mouseover', 'edge[!bundle]', onOverEdge);
      cy.off('mouseout', 'node, edge', onOut);
      cy.off('viewport', onOut);
    };
  }, [cy]);
  return hover;
}

export function HoverTooltip({ cy }: { cy: Core }) {
  const hover = useHover(cy);
  const checked = useExplorer((state) => state.checked);
  const i18n = useI18n();
  if (checked === null || hover === null) return null;
  let text: string | null = null;
  if (hover.kind === 'actor') {
    const actor = checked.actorsById.get(hover.id);
    if (actor) text = i18n.t('canvas.tooltip.actor', { name: actor.name, kind: kindLabel(actor.kind) });
  } else {
    const relation = relationById(checked, hover.id);
    if (relation) {
      const sentence = relationSentence(i18n, checked, relation);
      text = relation.date
        ? i18n.t('canvas.tooltip.datedRelation', { sentence, date: i18n.partialDate(relation.date) })
        : sentence;
    }
  }
  if (text === null) return null;
  return (
    <div
      className="graph-tooltip"
      role="tooltip"
      // On the right half of the graph the label goes left of the pointer, so that it stays inside the graph's edge.
      data-side={hover.x > cy.width() / 2 ? 'left' : 'right'}
      style={{ left: hover.x, top: hover.y }}
    >
      {text}
    </div>
  );
}
