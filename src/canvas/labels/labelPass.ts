// Chooses the labels drawn in a view (geometry/labelPlacement.ts) and puts their classes on the graph: which are drawn,
// on which side, and their zoom level (graph/zoomLevels.ts), changing only what changed.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { CentredBox } from '../../geometry/boxes';
import { placeLabelBoxes, type PlacementCandidate } from '../../geometry/labelPlacement';
import {
  ACTOR_LABEL_PX,
  actorLabelBox,
  EDGE_LABEL_PX,
  edgeLabelBox,
  LABEL_GAP_PX,
  LABEL_SIDES,
  labelPriority,
  labelSize,
  SHAPE_BORDER,
  uprightAngle,
  type LabelSide,
} from '../../graph/labels';
import { CLASSES } from '../../graph/stylesheet';
import { LABEL_LEVEL_CLASSES, labelLevelClass, labelLevelFor, levelLength } from '../../graph/zoomLevels';
import { bundleKeyOf } from '../elements/bundleCanvas';
import { labelTextWidth } from './textWidth';

/** The view the labels are chosen for: the screen's, or an exported figure's. */
export interface LabelView {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

export interface LabelEmphasis {
  /** The selected actor or relation edge. */
  selected: ReadonlySet<string>;
  /** Its neighbours, and search hits. */
  emphasised: ReadonlySet<string>;
  /** Write relation types along edges (bundles and the selected relation are written either way). */
  edgeLabels: boolean;
}

/** Where an actor's label sits, or, for a bundle, that it is written short. */
type LabelVariant = LabelSide | 'short';
const SIDE_CLASS: Record<LabelVariant, string | null> = {
  bottom: null,
  right: CLASSES.labelRight,
  top: CLASSES.labelTop,
  left: CLASSES.labelLeft,
  short: CLASSES.labelShort,
};
const SIDE_CLASSES = [CLASSES.labelRight, CLASSES.labelTop, CLASSES.labelLeft, CLASSES.labelShort].join(' ');
const LEVEL_CLASSES = LABEL_LEVEL_CLASSES.join(' ');

/** What each element's label shows now ("level side"), per graph: a pass changes only the elements that differ. */
const applied = new WeakMap<Core, Map<string, string>>();

/** The screen's view. */
export const screenView = (cy: Core): LabelView => ({
  zoom: cy.zoom(),
  pan: cy.pan(),
  width: cy.width(),
  height: cy.height(),
});

/** Labels of nodes this far outside the view may still show inside it; shapes twice as far may be under them. */
const VIEW_MARGIN_PX = 150;

const isShown = (element: NodeSingular | EdgeSingular) =>
  element.hasClass(CLASSES.detailed) && !element.hasClass(CLASSES.hidden) && !element.hasClass(CLASSES.bundled);

/**
 * Chooses and applies the labels for `view`. Linear in the graph's elements plus n·log n in those inside the view;
 * the text of each label is measured once per page. Returns how many labels are drawn.
 */
export function labelPass(cy: Core, view: LabelView, emphasis: LabelEmphasis): number {
  const { zoom, pan } = view;
  const level = labelLevelFor(zoom);
  const actorPx = levelLength(level, ACTOR_LABEL_PX) * zoom;
  const edgePx = levelLength(level, EDGE_LABEL_PX) * zoom;
  const widthOf = labelTextWidth();
  const toScreen = (point: { x: number; y: number }) => ({ x: point.x * zoom + pan.x, y: point.y * zoom + pan.y });
  const within = (point: { x: number; y: number }, margin: number) =>
    point.x > -margin && point.y > -margin && point.x < view.width + margin && point.y < view.height + margin;
  const inView = (point: { x: number; y: number }) => within(point, VIEW_MARGIN_PX);

  const insideView = (box: CentredBox) =>
    box.x - box.width / 2 >= 0 &&
    box.y - box.height / 2 >= 0 &&
    box.x + box.width / 2 <= view.width &&
    box.y + box.height / 2 <= view.height;
  const sidesOf = new Map<string, readonly LabelSide[]>();
  const shapes = new Map<string, CentredBox>();
  const candidates: PlacementCandidate[] = [];
  const groups: NodeSingular[] = [];
  cy.nodes().forEach((node) => {
    if (!isShown(node)) return;
    if (node.isParent()) {
      groups.push(node);
      return;
    }
    const centre = toScreen(node.position());
    if (!within(centre, 2 * VIEW_MARGIN_PX)) return;
    const shape = { ...centre, width: node.width() * zoom, height: node.height() * zoom };
    shapes.set(node.id(), {
      ...centre,
      width: shape.width + 2 * SHAPE_BORDER * zoom,
      height: shape.height + 2 * SHAPE_BORDER * zoom,
    });
    const caption = String(node.data('caption') ?? '');
    if (!caption || !inView(centre)) return;
    const size = labelSize(caption, actorPx, widthOf);
    // A side whose label would stick out of the view is tried only when none fits inside it.
    const inside = LABEL_SIDES.filter((side) => insideView(actorLabelBox(shape, size, side)));
    const sides = inside.length > 0 ? inside : LABEL_SIDES;
    sidesOf.set(node.id(), sides);
    candidates.push({
      id: node.id(),
      boxes: sides.map((side) => actorLabelBox(shape, size, side)),
      priority: labelPriority(
        {
          selected: emphasis.selected.has(node.id()),
          emphasised: emphasis.emphasised.has(node.id()),
          degree: node.degree(false),
        },
        'actor',
      ),
      ownShape: node.id(),
    });
  });
  cy.edges().forEach((edge) => {
    if (!isShown(edge)) return;
    const bundle = edge.data('bundle') === true;
    const selected = emphasis.selected.has(edge.id());
    if (!emphasis.edgeLabels && !bundle && !selected) return;
    const text = String(edge.data('label') ?? '');
    if (!text) return;
    const source = toScreen(edge.source().position());
    const target = toScreen(edge.target().position());
    const straight = { x: (source.x + target.x) / 2, y: (source.y + target.y) / 2 };
    if (!inView(straight)) return;
    // Only relations whose pair has others on show are curved (an opened bundle): every other edge is straight.
    const curved = !bundle && bundleKeyOf(cy, edge.id()) !== undefined;
    // An edge shown a moment ago has no drawn geometry yet (Cytoscape computes it at its next frame): the chord's
    // middle stands in until the next pass.
    const drawnMiddle = curved ? (edge.midpoint() as { x: number; y: number } | undefined) : undefined;
    const midpoint = drawnMiddle && Number.isFinite(drawnMiddle.x) ? toScreen(drawnMiddle) : straight;
    const angle = uprightAngle(source, target);
    const boxes = [edgeLabelBox(midpoint, angle, labelSize(text, edgePx, widthOf))];
    // A bundle whose contents do not fit along it says at least how many relations it holds.
    const short = bundle ? String(edge.data('shortLabel') ?? '') : '';
    if (short) boxes.push(edgeLabelBox(midpoint, angle, labelSize(short, edgePx, widthOf)));
    candidates.push({
      id: edge.id(),
      boxes,
      priority: labelPriority(
        {
          selected,
          emphasised: emphasis.emphasised.has(edge.id()),
          degree: bundle ? ((edge.data('members') as string[] | undefined)?.length ?? 0) : 0,
        },
        'edge',
      ),
    });
  });
  const placed = placeLabelBoxes(candidates, shapes, LABEL_GAP_PX);
  const wanted = new Map<string, string>();
  for (const [id, side] of placed) {
    const nodeSides = sidesOf.get(id);
    const sideName: LabelVariant = nodeSides ? nodeSides[side]! : side > 0 ? 'short' : 'bottom';
    wanted.set(id, `${level} ${sideName}`);
  }
  for (const group of groups) wanted.set(group.id(), `${level} bottom`);
  applyLabels(cy, wanted);
  return placed.size;
}

/** Puts the wanted label classes on, and takes them off what is no longer labelled, in one batch. */
function applyLabels(cy: Core, wanted: ReadonlyMap<string, string>): void {
  const before = applied.get(cy) ?? new Map<string, string>();
  cy.batch(() => {
    for (const id of before.keys()) {
      if (wanted.has(id)) continue;
      const element = cy.getElementById(id);
      if (element.nonempty()) element.removeClass(`${CLASSES.labelled} ${LEVEL_CLASSES} ${SIDE_CLASSES}`);
    }
    for (const [id, look] of wanted) {
      const element = cy.getElementById(id);
      if (element.empty()) continue;
      // An element an edit replaced lost its classes: it is labelled afresh.
      const previous = element.hasClass(CLASSES.labelled) ? before.get(id) : undefined;
      if (previous === look) continue;
      const [level, side] = look.split(' ') as [string, LabelVariant];
      const [previousLevel, previousSide] = previous?.split(' ') ?? [];
      if (previousLevel !== level) {
        if (previousLevel !== undefined) element.removeClass(labelLevelClass(Number(previousLevel)));
        element.addClass(labelLevelClass(Number(level)));
      }
      if (previousSide !== side) {
        element.removeClass(SIDE_CLASSES);
        const sideClass = SIDE_CLASS[side];
        if (sideClass) element.addClass(sideClass);
      }
      if (previous === undefined) element.addClass(CLASSES.labelled);
    }
  });
  applied.set(cy, new Map(wanted));
}
