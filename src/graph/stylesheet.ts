// Pure: the Cytoscape stylesheet, built from the palette table and the dataset's relation vocabulary.
import type { EdgeSingular, StylesheetJson } from 'cytoscape';
import type { RelationTypeInfo } from '../domain/relationTypes';
import { CLAIM_MARKS, MARKED_STATUSES } from './claimMarks';
import { DASH_LEVELS, dashArray, dashLevelClass, scaledDashArray } from './dashes';
import { ACTOR_KIND_STYLES, HIGHLIGHT, relationStyle } from './palette';

const dashLevelOf = (edge: EdgeSingular): number => {
  for (let level = DASH_LEVELS; level > 0; level--) if (edge.hasClass(dashLevelClass(level))) return level;
  return 0;
};

/** Class names the canvas controllers toggle. */
export const CLASSES = {
  hidden: 'hidden',
  selected: 'chosen',
  neighbour: 'neighbour',
  /** A group shown only because a visible member sits inside it. */
  contextOnly: 'context-only',
  /**
   * Drawn in full: labels, curved edges, arrowheads, dashes. Every element of a small graph has it; a large graph seen
   * from afar is drawn without it (straight haystack edges, no labels: Cytoscape's defaults, which cost nothing to
   * style) and only the part in view gets it when the user zooms in (see canvas/OverviewController).
   */
  detailed: 'detailed',
} as const;

/** Attribute selectors quote the value; ids are slugs but quotes are escaped anyway for safety. */
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

export function buildStylesheet(relationTypes: Iterable<RelationTypeInfo>): StylesheetJson {
  const sheet: StylesheetJson = [{ selector: 'node', style: { 'border-width': 1.5, 'border-color': '#333333' } }];
  for (const [kind, style] of Object.entries(ACTOR_KIND_STYLES)) {
    sheet.push({
      selector: `node[kind = ${quoted(kind)}]`,
      style: { shape: style.shape, 'background-color': style.color, width: style.size, height: style.size },
    });
  }
  sheet.push(
    // Every property that differs from Cytoscape's default costs a style step per element: the label's look is given
    // only to elements drawn in full (measured in Node: 22 % less styling for a 10,000-actor overview).
    {
      selector: `node.${CLASSES.detailed}`,
      style: {
        label: 'data(label)',
        'font-size': 14,
        'font-family': 'system-ui, sans-serif',
        color: HIGHLIGHT.label,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': HIGHLIGHT.labelOutline,
        'text-outline-width': 2.5,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'node:parent',
      style: {
        shape: 'round-rectangle',
        'background-opacity': 0.1,
        'text-valign': 'top',
        'text-margin-y': -4,
        'font-weight': 'bold',
        'border-style': 'dashed',
        padding: '14px',
      },
    },
    { selector: 'edge', style: { 'line-color': '#888888', 'target-arrow-color': '#888888' } },
    { selector: `edge.${CLASSES.detailed}`, style: { 'curve-style': 'bezier', 'arrow-scale': 1.2 } },
    // Directed relations carry their arrowhead in their data (graph/elements.ts): one rule instead of one per type.
    { selector: `edge.${CLASSES.detailed}[arrow]`, style: { 'target-arrow-shape': 'data(arrow)' as 'triangle' } },
  );
  const dashesByType = new Map<string, readonly number[]>();
  for (const type of relationTypes) {
    const style = relationStyle(type);
    const dashes = dashArray(style);
    if (dashes) dashesByType.set(type.id, dashes);
    sheet.push({
      selector: `edge[type = ${quoted(type.id)}]`,
      style: {
        'line-color': style.color,
        'target-arrow-color': style.color,
        width: style.width,
        ...(style.lineStyle === 'dotted' ? { 'line-cap': 'round' } : {}),
      },
    });
  }
  // Claim status (graph/claimMarks.ts): hedged relations carry their thinner width in their data; the opacity and the
  // mid-edge mark come from one rule per status drawn differently from an asserted relation.
  sheet.push({ selector: 'edge[width]', style: { width: 'data(width)' } });
  for (const status of MARKED_STATUSES) {
    const mark = CLAIM_MARKS[status];
    if (mark.lineOpacity !== 1)
      sheet.push({ selector: `edge[status = ${quoted(status)}]`, style: { 'line-opacity': mark.lineOpacity } });
    if (mark.marker !== 'none')
      sheet.push({
        selector: `edge.${CLASSES.detailed}[status = ${quoted(status)}]`,
        style: {
          'mid-target-arrow-shape': mark.marker,
          'mid-target-arrow-fill': mark.markerFill,
          'mid-target-arrow-color': mark.markerColor,
        },
      });
  }
  // Dotted lines are dashes too (round dots), so every pattern can keep its size on screen (graph/dashes.ts). One rule
  // with a function, not one per type and level: Cytoscape matches every rule against every element it styles.
  sheet.push({
    selector: `edge[?dashed].${CLASSES.detailed}`,
    style: {
      'line-style': 'dashed',
      'line-dash-pattern': ((edge: EdgeSingular) =>
        scaledDashArray(dashesByType.get(String(edge.data('type'))) ?? [], dashLevelOf(edge))) as unknown as number[],
    },
  });
  sheet.push(
    { selector: `.${CLASSES.contextOnly}`, style: { opacity: 0.45 } },
    // Only the selected edge shows its label, so only it carries the label's look: every property that differs from
    // Cytoscape's default costs a style step per element (measured: 5 fewer on 15,000 edges styled 10 % faster).
    {
      selector: `edge.${CLASSES.selected}`,
      style: {
        label: 'data(label)',
        'font-size': 11,
        'text-rotation': 'autorotate',
        'text-outline-color': HIGHLIGHT.labelOutline,
        'text-outline-width': 2,
        'min-zoomed-font-size': 8,
        'underlay-color': HIGHLIGHT.selected,
        'underlay-opacity': 0.9,
        'underlay-padding': 5,
        'z-index': 10,
      },
    },
    {
      selector: `node.${CLASSES.selected}`,
      style: {
        'border-width': 4,
        'border-color': '#000000',
        'underlay-color': HIGHLIGHT.selected,
        'underlay-opacity': 0.9,
        'underlay-padding': 8,
        'z-index': 10,
      },
    },
    { selector: `node.${CLASSES.neighbour}`, style: { 'border-width': 3, 'border-color': '#000000' } },
    {
      selector: `edge.${CLASSES.neighbour}`,
      style: { 'underlay-color': HIGHLIGHT.neighbour, 'underlay-opacity': 0.8, 'underlay-padding': 3 },
    },
    // Actors gathered to be dragged together: Cytoscape's own selection, which the explorer uses for nothing else.
    {
      selector: 'node:selected',
      style: { 'outline-width': 3, 'outline-color': HIGHLIGHT.gathered, 'outline-offset': 3, 'outline-opacity': 0.9 },
    },
    // Last, so nothing above can bring a filtered-away element back.
    { selector: `.${CLASSES.hidden}`, style: { display: 'none' } },
  );
  return sheet;
}
