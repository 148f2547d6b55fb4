// Plans a figure before anything is drawn: its preset's page or the graph's own size, the graph's area in it, the
// words around it, the labels and numbers the graph carries, and the image's pixel size within the canvas limits.
import { fitScale, scaleReduction, type FittedSize } from '../imageSize';
import { citedNumbers } from './citedList';
import type { FigureContent } from './figureContent';
import { layoutFigure, layoutFixedFigure, unplacedRoom, withUnplacedLine, type FigureLayout } from './figureLayout';
import type { FigureLabels, GraphArea, GraphPainter } from './painter';
import { chooseScale, cssPage, presetById, type PresetId } from './presets';
import type { MeasureText } from './primitives';

export interface ImageRequest {
  preset: PresetId;
  /** 1, 2 or 4 from the menu, for the presets without a size of their own; any positive number works. */
  scale: number;
  background: 'white' | 'transparent';
  /** Write relation types along edges where they fit, as the screen's toggle says. */
  edgeLabels: boolean;
}

/** A problem to tell the user, rather than a broken file. */
export class ExportProblem extends Error {}

export interface FigurePlan {
  content: FigureContent;
  area: GraphArea;
  layout: FigureLayout;
  labels: FigureLabels;
  /** The image's size in pixels and its pixels per CSS pixel. */
  size: FittedSize;
  /** Set when the image is not what was asked for (a lower scale), to tell the user. */
  notice?: string;
}

const labelsFor = (content: FigureContent, request: ImageRequest): FigureLabels => ({
  edgeLabels: request.edgeLabels,
  ...(content.cited !== null && { numbers: citedNumbers(content.cited), numberText: content.words.lineNumbers }),
});

/** The content (which names no numbers yet) saying which numbers the area's graph could not hold, if any. */
const withUnplaced = (content: FigureContent, area: GraphArea): FigureContent =>
  area.unplacedNumbers && area.unplacedNumbers.length > 0
    ? { ...content, unplacedNumbers: area.unplacedNumbers }
    : content;

export async function planFigure(
  painter: GraphPainter,
  content: FigureContent,
  request: ImageRequest,
  measure: MeasureText,
): Promise<FigurePlan> {
  const preset = presetById(request.preset);
  const { fixed } = preset;
  if (fixed) {
    const shape = painter.graphShape();
    if (shape === null) throw new ExportProblem(content.words.nothingVisible);
    const chosen = chooseScale(fixed, (scale) => layoutFixedFigure(content, cssPage(fixed, scale), shape, measure));
    if (chosen === null) throw new ExportProblem(content.words.noRoom);
    const labels = labelsFor(content, request);
    const { graph } = chosen.layout;
    let area = await painter.area('whole', labels, { width: graph.width, height: graph.height });
    // Numbers the graph cannot hold are named under it, in room taken from the graph's box (as much as naming them
    // all would take, so that the room does not depend on what the smaller graph then holds).
    let room = 0;
    if (area?.unplacedNumbers?.length) {
      room = unplacedRoom(content, graph.width, measure);
      area = await painter.area('whole', labels, { width: graph.width, height: graph.height - room });
    }
    if (area === null) throw new ExportProblem(content.words.nothingVisible);
    const shown = withUnplaced(content, area);
    return {
      content: shown,
      area,
      layout: withUnplacedLine(chosen.layout, shown, room, measure),
      labels,
      size: { scale: chosen.scale, pixelWidth: fixed.pixels.width, pixelHeight: fixed.pixels.height, reduced: false },
    };
  }

  // The labels measured last are the plan's: the painter may keep what it worked out for them (the numbers' places).
  let labels = labelsFor(content, request);
  const area = await painter.area(preset.area, labels);
  if (area === null) throw new ExportProblem(content.words.nothingVisible);
  // The current view may leave relations out of the picture: only those drawn are numbered and listed, and their
  // numbers placed again as such.
  let shown = content;
  let drawnArea = area;
  if (content.cited !== null && preset.area === 'view') {
    const drawn = painter.drawnRelations(area);
    shown = { ...content, cited: content.cited.filter((row) => drawn.has(row.relationId)) };
    labels = labelsFor(shown, request);
    drawnArea = (await painter.area(preset.area, labels)) ?? area;
  }
  shown = withUnplaced(shown, drawnArea);
  const room = drawnArea.unplacedNumbers?.length ? unplacedRoom(shown, area.width, measure) : 0;
  const layout = withUnplacedLine(
    layoutFigure(shown, { width: area.width, height: area.height + room }, measure),
    shown,
    room,
    measure,
  );
  const fitted = fitScale(layout.width, layout.height, request.scale);
  if (fitted === null) throw new ExportProblem(content.words.tooLarge);
  return {
    content: shown,
    area,
    layout,
    labels,
    size: fitted,
    ...(fitted.reduced && { notice: content.words.reducedScale(scaleReduction(request.scale, fitted, layout)) }),
  };
}
