// What the legibility report reads off the live graph in the page (plain data), and the measures it computes from it.
import type { Core, SingularElementArgument } from 'cytoscape';
import {
  BoxGrid,
  cellSizeFor,
  enclosingBox,
  turnedBoxesOverlap,
  type CentredBox,
  type TurnedBox,
} from '../../src/geometry/boxes';
import { countCrossings } from '../../src/geometry/crossings';

/** A drawn label: its box in screen pixels (turned for an edge's), the font size it is drawn at, whose it is. */
export interface DrawnLabel extends TurnedBox {
  owner: string;
  px: number;
}

export interface PageGeometry {
  window: { width: number; height: number };
  canvas: { width: number; height: number };
  /** Every shown actor: its shape's box in screen pixels. */
  actors: (CentredBox & { id: string })[];
  actorLabels: DrawnLabel[];
  edgeLabels: DrawnLabel[];
  /** Every drawn relation (alone or in a bundle) as its two ends. */
  relations: [string, string][];
  /** Actor positions in graph units. */
  positions: Record<string, { x: number; y: number }>;
  /** Edges drawn for several relations at once. */
  bundleEdges: number;
  zoom: number;
}

/**
 * Runs in the page (page.evaluate): it may use only its argument and the browser, no imports. Label boxes are
 * Cytoscape's own (rstyle: where and how large it draws each label), without the halo, so the report judges what is
 * drawn rather than what the explorer meant to draw.
 */
export function readGeometry(cy: Core): PageGeometry {
  type Internal = {
    _private: {
      rstyle: Record<string, number>;
    };
    pstyle(name: string): { value: string; strValue: string; pfValue: number };
  };
  cy.elements().boundingBox({});
  const zoom = cy.zoom();
  const pan = cy.pan();
  const toScreen = (x: number, y: number) => ({ x: x * zoom + pan.x, y: y * zoom + pan.y });
  const scale = 2 ** Math.ceil(Math.log2(zoom));
  const labelOf = (element: SingularElementArgument, isEdge: boolean): DrawnLabel | null => {
    const internal = element as unknown as Internal;
    const text = internal.pstyle('label').strValue;
    if (!text || !element.visible() || Number(internal.pstyle('text-opacity').value) === 0) return null;
    const font = internal.pstyle('font-size').pfValue;
    // Cytoscape leaves out a label whose size at the texture level falls under min-zoomed-font-size.
    if (font * scale < internal.pstyle('min-zoomed-font-size').pfValue) return null;
    const rstyle = internal._private.rstyle;
    const width = rstyle.labelWidth ?? 0;
    const height = rstyle.labelHeight ?? 0;
    let x = rstyle.labelX ?? 0;
    let y = rstyle.labelY ?? 0;
    if (!isEdge) {
      const halign = internal.pstyle('text-halign').value;
      const valign = internal.pstyle('text-valign').value;
      x += halign === 'left' ? -width / 2 : halign === 'right' ? width / 2 : 0;
      y += valign === 'top' ? -height / 2 : valign === 'bottom' ? height / 2 : 0;
      x += internal.pstyle('text-margin-x').pfValue;
      y += internal.pstyle('text-margin-y').pfValue;
    }
    const centre = toScreen(x, y);
    const rotation = internal.pstyle('text-rotation');
    const angle = isEdge && rotation.strValue === 'autorotate' ? (rstyle.labelAngle ?? 0) : (rotation.pfValue ?? 0);
    return { owner: element.id(), ...centre, width: width * zoom, height: height * zoom, angle, px: font * zoom };
  };
  const actors: PageGeometry['actors'] = [];
  const actorLabels: DrawnLabel[] = [];
  const positions: PageGeometry['positions'] = {};
  cy.nodes(':visible').forEach((node) => {
    const box = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
    if (node.isChildless())
      actors.push({ id: node.id(), x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2, width: box.w, height: box.h });
    positions[node.id()] = node.position();
    const label = labelOf(node, false);
    if (label) actorLabels.push(label);
  });
  const edgeLabels: DrawnLabel[] = [];
  const relations: [string, string][] = [];
  let bundleEdges = 0;
  cy.edges(':visible').forEach((edge) => {
    const members = edge.data('members') as string[] | undefined;
    const count = Array.isArray(members) ? members.length : 1;
    if (Array.isArray(members)) bundleEdges++;
    for (let index = 0; index < count; index++) relations.push([edge.source().id(), edge.target().id()]);
    const label = labelOf(edge, true);
    if (label) edgeLabels.push(label);
  });
  const container = cy.container()?.getBoundingClientRect();
  return {
    window: { width: window.innerWidth, height: window.innerHeight },
    canvas: { width: container?.width ?? cy.width(), height: container?.height ?? cy.height() },
    actors,
    actorLabels,
    edgeLabels,
    relations,
    positions,
    bundleEdges,
    zoom,
  };
}

/** Pairs of `a` × `b` that overlap by more than half a pixel each way, skipping pairs `skip` says belong together. */
function overlappingPairs(
  a: readonly TurnedBox[],
  b: readonly TurnedBox[],
  skip: (i: number, j: number) => boolean,
): number {
  const grid = new BoxGrid(cellSizeFor(b.map(enclosingBox)));
  b.forEach((box, index) => grid.add(index, enclosingBox(box)));
  let count = 0;
  a.forEach((box, i) => {
    for (const j of grid.near(enclosingBox(box))) {
      if (skip(i, j)) continue;
      if (turnedBoxesOverlap(shrunk(box), shrunk(b[j]!))) count++;
    }
  });
  return count;
}

const shrunk = (box: TurnedBox): TurnedBox => ({
  ...box,
  width: Math.max(0, box.width - 1),
  height: Math.max(0, box.height - 1),
});
const asTurned = (box: CentredBox): TurnedBox => ({ ...box, angle: 0 });

export interface LegibilityFigures {
  graphShare: number;
  canvas: string;
  actors: number;
  actorLabels: number;
  smallestActorLabelPx: number | null;
  actorLabelOverlaps: number;
  actorLabelOnActor: number;
  edgeLabels: number;
  smallestEdgeLabelPx: number | null;
  /** Edge labels over any actor label, actor, or other edge label. */
  edgeLabelOverlaps: number;
  relations: number;
  crossings: number;
  /** Pairs of actors joined by several drawn relations, and how many of them are drawn as one bundle. */
  parallelPairs: number;
  bundles: number;
  largestPair: number;
  zoom: number;
}

/** Whether any of the box shows inside the canvas: what lies wholly outside it is not seen, so it cannot collide. */
const onCanvas = (canvas: PageGeometry['canvas']) => (box: TurnedBox | CentredBox) => {
  const around = enclosingBox({ angle: 0, ...box });
  return (
    around.x + around.width / 2 > 0 &&
    around.y + around.height / 2 > 0 &&
    around.x - around.width / 2 < canvas.width &&
    around.y - around.height / 2 < canvas.height
  );
};

export function legibilityFigures(geometry: PageGeometry): LegibilityFigures {
  const seen = onCanvas(geometry.canvas);
  const actors = geometry.actors.filter(seen);
  const actorLabels = geometry.actorLabels.filter(seen);
  const edgeLabels = geometry.edgeLabels.filter(seen);
  const labelPairs = overlappingPairs(actorLabels, actorLabels, (i, j) => j <= i);
  const actorBoxes = actors.map(asTurned);
  const onActor = overlappingPairs(actorLabels, actorBoxes, (i, j) => actorLabels[i]!.owner === actors[j]!.id);
  const edgeOverlaps =
    overlappingPairs(edgeLabels, edgeLabels, (i, j) => j <= i) +
    overlappingPairs(edgeLabels, actorLabels, () => false) +
    overlappingPairs(edgeLabels, actorBoxes, () => false);
  const byPair = new Map<string, number>();
  for (const [a, b] of geometry.relations) {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    byPair.set(key, (byPair.get(key) ?? 0) + 1);
  }
  const multiple = [...byPair.values()].filter((count) => count > 1);
  const smallest = (labels: readonly DrawnLabel[]) =>
    labels.length === 0 ? null : Math.min(...labels.map((label) => label.px));
  return {
    graphShare: (geometry.canvas.width * geometry.canvas.height) / (geometry.window.width * geometry.window.height),
    canvas: `${Math.round(geometry.canvas.width)}×${Math.round(geometry.canvas.height)}`,
    actors: geometry.actors.length,
    actorLabels: actorLabels.length,
    smallestActorLabelPx: smallest(actorLabels),
    actorLabelOverlaps: labelPairs,
    actorLabelOnActor: onActor,
    edgeLabels: edgeLabels.length,
    smallestEdgeLabelPx: smallest(edgeLabels),
    edgeLabelOverlaps: edgeOverlaps,
    relations: geometry.relations.length,
    crossings: countCrossings(geometry.relations, new Map(Object.entries(geometry.positions))),
    parallelPairs: multiple.length,
    bundles: geometry.bundleEdges,
    largestPair: Math.max(0, ...multiple),
    zoom: geometry.zoom,
  };
}
