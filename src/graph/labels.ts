// Pure: how labels are written and where they may go: their text, size on screen, candidate boxes and importance.
import type { CentredBox, TurnedBox } from '../geometry/boxes';

/** Actor and relation labels are drawn at this size or a little more (zoomLevels.ts), whatever the zoom. */
export const ACTOR_LABEL_PX = 12;
export const EDGE_LABEL_PX = 12;
/** Room between an actor's shape and its label, and the padding of an edge label's background, in screen pixels. */
export const LABEL_MARGIN_PX = 3;
export const EDGE_LABEL_PADDING_PX = 2;
/** The outline drawn around actor shapes (the stylesheet's border width). */
export const SHAPE_BORDER = 1.5;
/** Kept between labels, and between a label and a shape, when choosing which to draw. */
export const LABEL_GAP_PX = 3;

/** Long names go on several lines of about this many characters, broken at spaces. */
const CAPTION_LINE_CHARS = 18;

/** A name as drawn: broken at spaces into lines of about CAPTION_LINE_CHARS (a longer word keeps its own line). */
export function captionOf(name: string): string {
  const words = name.trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= CAPTION_LINE_CHARS) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/** A label's width per pixel of font size: measured by the canvas (canvas 2D measureText) or estimated in tests. */
export type TextWidth = (line: string) => number;

/** The size of a (possibly multi-line) label at `px`, as Cytoscape lays it out: the widest line, one font size per line. */
export function labelSize(text: string, px: number, widthOf: TextWidth): { width: number; height: number } {
  const lines = text.split('\n');
  return { width: Math.max(...lines.map((line) => Math.ceil(widthOf(line) * px))), height: lines.length * px };
}

/** Where an actor's label may sit, in order of preference: under the shape, then right, above, left. */
export const LABEL_SIDES = ['bottom', 'right', 'top', 'left'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

/**
 * The label's box on each side of an actor's shape (screen pixels): `shape` is the shape's box (border excluded),
 * `size` the label's. The same arithmetic as Cytoscape's (text-valign / text-halign outside the shape, a margin).
 */
export function actorLabelBox(shape: CentredBox, size: { width: number; height: number }, side: LabelSide): CentredBox {
  const margin = LABEL_MARGIN_PX;
  switch (side) {
    case 'bottom':
      return { x: shape.x, y: shape.y + shape.height / 2 + margin + size.height / 2, ...size };
    case 'top':
      return { x: shape.x, y: shape.y - shape.height / 2 - margin - size.height / 2, ...size };
    case 'right':
      return { x: shape.x + shape.width / 2 + margin + size.width / 2, y: shape.y, ...size };
    case 'left':
      return { x: shape.x - shape.width / 2 - margin - size.width / 2, y: shape.y, ...size };
  }
}

/** Text along an edge is turned with it and kept upright, as Cytoscape's autorotate does. */
export function uprightAngle(from: { x: number; y: number }, to: { x: number; y: number }): number {
  let angle = Math.atan2(to.y - from.y, to.x - from.x);
  if (angle > Math.PI / 2) angle -= Math.PI;
  else if (angle <= -Math.PI / 2) angle += Math.PI;
  return angle;
}

/** An edge label's box at the edge's midpoint, turned along it, with its background's padding. */
export function edgeLabelBox(
  midpoint: { x: number; y: number },
  angle: number,
  size: { width: number; height: number },
): TurnedBox {
  const padding = EDGE_LABEL_PADDING_PX;
  return { x: midpoint.x, y: midpoint.y, width: size.width + 2 * padding, height: size.height + 2 * padding, angle };
}

export interface Importance {
  selected: boolean;
  /** A neighbour of the selection, or a search hit. */
  emphasised: boolean;
  degree: number;
}

/** Higher first: the selection, then what is emphasised, then well-connected actors; edge labels come after actors'. */
export function labelPriority(importance: Importance, kind: 'actor' | 'edge'): number {
  const base = importance.selected ? 3e6 : importance.emphasised ? 2e6 : kind === 'actor' ? 1e6 : 0;
  return base + Math.min(importance.degree, 999_999);
}
