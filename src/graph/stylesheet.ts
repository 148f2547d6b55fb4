// Pure: the Cytoscape stylesheet, built from the palette table and the dataset's relation vocabulary.
import type { EdgeSingular, SingularElementArgument, StylesheetJson } from 'cytoscape';
import type { RelationTypeInfo } from '../domain/relationTypes';
import { CLAIM_MARKS, MARKED_STATUSES } from './claimMarks';
import { DASH_LEVELS, dashArray, dashLevelClass, scaledDashArray } from './dashes';
import { ACTOR_LABEL_PX, EDGE_LABEL_PADDING_PX, EDGE_LABEL_PX, LABEL_MARGIN_PX, SHAPE_BORDER } from './labels';
import { ACTOR_KIND_STYLES, HIGHLIGHT, relationStyle } from './palette';
import { labelLevelOf, levelLength } from './zoomLevels';

const dashLevelOf = (edge: EdgeSingular): number => {
  for (let level = DASH_LEVELS; level > 0; level--) if (edge.hasClass(dashLevelClass(level))) return level;
  return 0;
};

/** A label's length in graph units at the level its element carries (graph/zoomLevels.ts): constant on screen. */
const atLevel = (px: number) => (element: SingularElementArgument) => levelLength(labelLevelOf(element.classes()), px);

export const LABEL_FONT_FAMILY = 'system-ui, sans-serif';

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
   * style) and only the part in view gets it when the user zooms in (see canvas/controllers/OverviewController).
   */
  detailed: 'detailed',
  /** Its label is drawn (canvas/labels/labelPass.ts chose it: it overlaps nothing); with a zoom-level class for its size. */
  labelled: 'labelled',
  /** Where an actor's label sits when not under it. */
  labelRight: 'label-right',
  labelTop: 'label-top',
  labelLeft: 'label-left',
  /** A bundle labelled with how many relations it holds, its full label having no room. */
  labelShort: 'label-short',
  /** A relation drawn inside its collapsed bundle (graph/bundleView.ts). */
  bundled: 'bundled',
  /** On one of the paths the paths view shows (and every other element faded). */
  onPath: 'on-path',
  faded: 'faded',
} as const;

/** Attribute selectors quote the value; ids are slugs but quotes are escaped anyway for safety. */
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

export function buildStylesheet(relationTypes: Iterable<RelationTypeInfo>): StylesheetJson {
  const sheet: StylesheetJson = [
    { selector: 'node', style: { 'border-width': SHAPE_BORDER, 'border-color': '#333333' } },
  ];
  for (const [kind, style] of Object.entries(ACTOR_KIND_STYLES)) {
    sheet.push({
      selector: `node[kind = ${quoted(kind)}]`,
      style: { shape: style.shape, 'background-color': style.color, width: style.size, height: style.size },
    });
  }
  sheet.push(
    // Every property that differs from Cytoscape's default costs a style step per element: the label's look is given
    // only to the labels drawn (the label pass keeps them few on a large graph, where most would overlap).
    {
      selector: `node.${CLASSES.detailed}.${CLASSES.labelled}`,
      style: {
        label: 'data(caption)',
        'font-size': atLevel(ACTOR_LABEL_PX) as unknown as number,
        'font-family': LABEL_FONT_FAMILY,
        color: HIGHLIGHT.label,
        'text-valign': 'bottom',
        'text-margin-y': atLevel(LABEL_MARGIN_PX) as unknown as number,
        'text-outline-color': HIGHLIGHT.labelOutline,
        'text-outline-width': atLevel(2.5) as unknown as number,
        'text-wrap': 'wrap',
        'text-max-width': '100000px',
      },
    },
    {
      selector: `node.${CLASSES.labelled}.${CLASSES.labelTop}`,
      style: { 'text-valign': 'top', 'text-margin-y': atLevel(-LABEL_MARGIN_PX) as unknown as number },
    },
    {
      selector: `node.${CLASSES.labelled}.${CLASSES.labelRight}`,
      style: {
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-y': 0,
        'text-margin-x': atLevel(LABEL_MARGIN_PX) as unknown as number,
      },
    },
    {
      selector: `node.${CLASSES.labelled}.${CLASSES.labelLeft}`,
      style: {
        'text-valign': 'center',
        'text-halign': 'left',
        'text-margin-y': 0,
        'text-margin-x': atLevel(-LABEL_MARGIN_PX) as unknown as number,
      },
    },
    {
      selector: 'node:parent',
      style: {
        shape: 'round-rectangle',
        'background-opacity': 0.1,
        'text-valign': 'top',
        'font-weight': 'bold',
        'text-margin-y': atLevel(-LABEL_MARGIN_PX) as unknown as number,
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
    // Relation types written along their edges (and bundles' contents along theirs) where the label pass found room.
    {
      selector: `edge.${CLASSES.detailed}.${CLASSES.labelled}`,
      style: {
        label: 'data(label)',
        'font-size': atLevel(EDGE_LABEL_PX) as unknown as number,
        'font-family': LABEL_FONT_FAMILY,
        'font-style': 'italic',
        color: HIGHLIGHT.edgeLabel,
        'text-rotation': 'autorotate',
        'text-background-color': HIGHLIGHT.labelOutline,
        'text-background-opacity': 0.9,
        'text-background-shape': 'roundrectangle',
        'text-background-padding': atLevel(EDGE_LABEL_PADDING_PX) as unknown as string,
      },
    },
    { selector: `edge.${CLASSES.labelled}.${CLASSES.labelShort}`, style: { label: 'data(shortLabel)' } },
    // Several relations between two actors drawn as one line (graph/bundleView.ts): neutral, as wide as it holds.
    {
      selector: 'edge[?bundle]',
      style: {
        'line-color': HIGHLIGHT.bundle,
        width: 'data(width)',
        'line-opacity': 'data(opacity)' as unknown as number,
        'curve-style': 'straight',
        'target-arrow-shape': 'none',
      },
    },
    {
      selector: `edge.${CLASSES.selected}`,
      style: {
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
    // The paths view: its actors and relations stand out, the rest steps back.
    { selector: `.${CLASSES.faded}`, style: { opacity: 0.12 } },
    {
      selector: `edge.${CLASSES.onPath}`,
      style: { 'underlay-color': HIGHLIGHT.path, 'underlay-opacity': 0.8, 'underlay-padding': 4, 'z-index': 9 },
    },
    {
      selector: `node.${CLASSES.onPath}`,
      style: { 'underlay-color': HIGHLIGHT.path, 'underlay-opacity': 0.8, 'underlay-padding': 7, 'z-index': 9 },
    },
    // Actors gathered to be dragged together: Cytoscape's own selection, which the explorer uses for nothing else.
    {
      selector: 'node:selected',
      style: { 'outline-width': 3, 'outline-color': HIGHLIGHT.gathered, 'outline-offset': 3, 'outline-opacity': 0.9 },
    },
    // Last, so nothing above can bring a filtered-away element back.
    { selector: `.${CLASSES.hidden}`, style: { display: 'none' } },
    { selector: `.${CLASSES.bundled}`, style: { display: 'none' } },
  );
  return sheet;
}
