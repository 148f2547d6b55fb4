// What a figure needs from the graph on screen, without knowing how it is drawn: its area, its picture, its positions.
import type { PageBox } from './primitives';

export type ImageArea = 'view' | 'whole';

/** Where the graph goes in a figure: its size in CSS pixels and the transform from graph to figure coordinates. */
export interface GraphArea {
  width: number;
  height: number;
  /** figure x = graph x × zoom + x (before the figure's own offset and scale). */
  transform: { x: number; y: number; zoom: number };
  /** For the whole graph: the bounding box drawn, in graph coordinates. */
  bounds?: { x1: number; y1: number; w: number; h: number };
  /** A cited figure's numbers that found no place on the graph, ascending (the figure says so under it). */
  unplacedNumbers?: readonly number[];
}

/** A line's numbers as written on it: "3–5, 9". */
export type NumberText = (numbers: readonly number[]) => string;

/** How the figure's labels are chosen: the screen's rules at the figure's size, with the screen's toggles. */
export interface FigureLabels {
  /** Write relation types along edges where they fit (the screen's toggle). */
  edgeLabels: boolean;
  /** A cited figure: each relation's number, by relation id, written on its edge (or its bundle's) instead of its type. */
  numbers?: ReadonlyMap<string, number>;
  /** How a line's numbers are written (in the reader's language); joined with commas when not given. */
  numberText?: NumberText;
}

/** The graph on screen as the figure exporters see it (the canvas layer provides it; see canvas/GraphContext). */
export interface GraphPainter {
  /**
   * The current view, or the whole visible graph: at its size on screen at zoom 1, or fitted into `fit` (CSS pixels)
   * with its labels as that size draws them. null when nothing is visible. Large graphs are measured in slices. For a
   * cited figure, also the numbers that find no place on the graph at that size.
   */
  area(which: ImageArea, labels: FigureLabels, fit?: { width: number; height: number }): Promise<GraphArea | null>;
  /** The visible actors' extent in graph units (labels aside), or null when none is visible: a figure's shape. */
  graphShape(): { width: number; height: number } | null;
  /** The relations drawn inside the area (an end or the middle of their line in it), by id. */
  drawnRelations(area: GraphArea): Set<string>;
  /**
   * Paints the graph into `box` of a 2D context (already scaled to `scale`), in slices, reporting 0–1 progress, its
   * labels chosen for the area's zoom and size.
   */
  paint(
    context: CanvasRenderingContext2D,
    area: GraphArea,
    box: PageBox,
    scale: number,
    labels: FigureLabels,
    onProgress: (fraction: number) => void,
  ): Promise<void>;
  /** The graph alone as an SVG document in CSS pixels, its top left at the area's origin (labels as text). */
  svg(area: GraphArea, labels: FigureLabels): Promise<string>;
  /** Where each visible actor sits, in graph coordinates. */
  nodePositions(): Map<string, { x: number; y: number }>;
}
