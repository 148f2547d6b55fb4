// Pure: the figure presets (the current view, the whole graph, a slide, a social card, an A4 page), one table, and how
// a sized preset's fixed pixels are shared between the graph and the words around it.
import type { ImageArea } from './painter';

export type PresetId = 'view' | 'whole' | 'slide' | 'social' | 'a4Portrait' | 'a4Landscape' | 'letterPortrait';

/** A preset of a fixed size: the image's pixels, and the CSS-pixel scales it may be laid out at, largest first. */
export interface FixedSize {
  pixels: { width: number; height: number };
  /** Tried first: type and labels are drawn this many image pixels per CSS pixel. */
  scale: number;
  /** The smallest scale tried when the words around the graph leave it too little room at a larger one. */
  minScale: number;
}

interface FigurePreset {
  id: PresetId;
  /** Added to the file name ('' for the whole graph, the default). */
  slug: string;
  /** What the graph shows: the screen's view, or every shown actor fitted into the room left. */
  area: ImageArea;
  /** Absent: the figure is as large as the graph needs, at the scale the user picks (1×, 2×, 4×). */
  fixed?: FixedSize;
  /** False for a page only the PDF is laid out on (export/pdf/pdfPages.ts): the image menu does not offer it. */
  inImageMenu?: false;
}

/** CSS pixels are 1/96 inch: a page printed at 300 dpi draws 300/96 image pixels per CSS pixel. */
const PRINT_SCALE = 300 / 96;
/** A4 is 210 × 297 mm: at 300 dpi, 2480 × 3508 pixels. */
const A4_AT_300_DPI = { short: Math.round((210 / 25.4) * 300), long: Math.round((297 / 25.4) * 300) };
/** US Letter is 8.5 × 11 inches. */
const LETTER_AT_300_DPI = { short: 8.5 * 300, long: 11 * 300 };

/**
 * A slide is seen projected or full screen, a social card in a feed at about half its width: both are laid out at
 * 1.5× (a 1280 × 720 and an 800 × 450 CSS-pixel page), so their words read at the size a screen shows them, and go
 * down to 1× when the legend or the quotes need the room. A page is laid out at print scale (12 CSS px is 9 pt), down
 * to 2.5× (7 pt), the smallest type a printed caption uses.
 */
export const FIGURE_PRESETS: readonly FigurePreset[] = [
  { id: 'view', slug: 'view', area: 'view' },
  { id: 'whole', slug: '', area: 'whole' },
  {
    id: 'slide',
    slug: 'slide',
    area: 'whole',
    fixed: { pixels: { width: 1920, height: 1080 }, scale: 1.5, minScale: 1 },
  },
  {
    id: 'social',
    slug: 'social-card',
    area: 'whole',
    fixed: { pixels: { width: 1200, height: 675 }, scale: 1.5, minScale: 1 },
  },
  {
    id: 'a4Portrait',
    slug: 'a4-portrait',
    area: 'whole',
    fixed: {
      pixels: { width: A4_AT_300_DPI.short, height: A4_AT_300_DPI.long },
      scale: PRINT_SCALE,
      minScale: 2.5,
    },
  },
  {
    id: 'a4Landscape',
    slug: 'a4-landscape',
    area: 'whole',
    fixed: {
      pixels: { width: A4_AT_300_DPI.long, height: A4_AT_300_DPI.short },
      scale: PRINT_SCALE,
      minScale: 2.5,
    },
  },
  {
    id: 'letterPortrait',
    slug: 'letter-portrait',
    area: 'whole',
    fixed: {
      pixels: { width: LETTER_AT_300_DPI.short, height: LETTER_AT_300_DPI.long },
      scale: PRINT_SCALE,
      minScale: 2.5,
    },
    inImageMenu: false,
  },
];

/** The presets the image menu offers. */
export const IMAGE_MENU_PRESETS = FIGURE_PRESETS.filter((preset) => preset.inImageMenu !== false);

export const presetById = (id: PresetId): FigurePreset =>
  FIGURE_PRESETS.find((preset) => preset.id === id) ?? FIGURE_PRESETS[0]!;

/** The scales tried for a fixed size, largest first: about 10 % apart, ending on the smallest. */
export function scalesToTry(fixed: FixedSize): number[] {
  const scales: number[] = [];
  for (let scale = fixed.scale; scale > fixed.minScale * 1.0001; scale /= 1.1) scales.push(scale);
  scales.push(fixed.minScale);
  return scales;
}

/** The page a fixed size is laid out on at a scale, in CSS pixels. */
export const cssPage = (fixed: FixedSize, scale: number) => ({
  width: fixed.pixels.width / scale,
  height: fixed.pixels.height / scale,
});

/** The graph gets at least this share of the page's width and height, or a smaller scale is tried. */
export const MIN_GRAPH_SHARE = { width: 0.45, height: 0.4 } as const;
/** Below this, in CSS pixels, no graph is worth drawing: the figure is refused with a reason. */
const MIN_GRAPH_BOX = { width: 200, height: 150 } as const;

interface Room {
  /** The graph's box on the page, in CSS pixels. */
  graph: { width: number; height: number };
  /** False when the words (legend, quotes, sources) do not fit on the page at all. */
  wordsFit: boolean;
}

interface ChosenScale<L> {
  scale: number;
  layout: L;
}

/**
 * The largest scale at which the graph keeps a fair share of the page, else the scale that leaves it the most room
 * (if that is at least MIN_GRAPH_BOX), else null: then the words do not fit on this preset.
 */
export function chooseScale<L extends Room>(fixed: FixedSize, layoutAt: (scale: number) => L): ChosenScale<L> | null {
  let best: ChosenScale<L> | null = null;
  let bestArea = -1;
  for (const scale of scalesToTry(fixed)) {
    const layout = layoutAt(scale);
    if (!layout.wordsFit) continue;
    const page = cssPage(fixed, scale);
    if (
      layout.graph.width >= MIN_GRAPH_SHARE.width * page.width &&
      layout.graph.height >= MIN_GRAPH_SHARE.height * page.height
    )
      return { scale, layout };
    // Compared in image pixels: a smaller scale gives more CSS pixels, but each is worth less.
    const area = layout.graph.width * layout.graph.height * scale * scale;
    if (layout.graph.width >= MIN_GRAPH_BOX.width && layout.graph.height >= MIN_GRAPH_BOX.height && area > bestArea) {
      best = { scale, layout };
      bestArea = area;
    }
  }
  return best;
}
