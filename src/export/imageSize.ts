// Pure: the largest scale at which a figure still fits what a browser canvas can hold, computed before drawing.

/**
 * Chromium's canvas limits: beyond them a canvas silently draws nothing and encodes to "data:," or a null blob.
 * Firefox and Safari allow less area, but Chromium is what the explorer is tested in.
 */
export const CANVAS_LIMITS = { maxSide: 65_535, maxArea: 268_435_456 } as const;

/** Below this the figure would be unreadable; such requests are refused with a message instead. */
export const MIN_SCALE = 0.1;

export interface FittedSize {
  scale: number;
  pixelWidth: number;
  pixelHeight: number;
  /** True when the requested scale did not fit and a smaller one was chosen. */
  reduced: boolean;
}

const pixelsAt = (cssSize: number, scale: number) => Math.ceil(cssSize * scale);

function fits(width: number, height: number, scale: number, limits: typeof CANVAS_LIMITS): boolean {
  const w = pixelsAt(width, scale);
  const h = pixelsAt(height, scale);
  return w <= limits.maxSide && h <= limits.maxSide && w * h <= limits.maxArea;
}

/** The requested scale when it fits; else the largest scale (to 1/100) that does; null when even MIN_SCALE does not. */
export function fitScale(
  width: number,
  height: number,
  requested: number,
  limits: typeof CANVAS_LIMITS = CANVAS_LIMITS,
): FittedSize | null {
  if (fits(width, height, requested, limits)) {
    return {
      scale: requested,
      pixelWidth: pixelsAt(width, requested),
      pixelHeight: pixelsAt(height, requested),
      reduced: false,
    };
  }
  const bound = Math.min(
    limits.maxSide / width,
    limits.maxSide / height,
    Math.sqrt(limits.maxArea / (width * height)),
    requested,
  );
  let scale = Math.floor(bound * 100) / 100;
  while (scale >= MIN_SCALE && !fits(width, height, scale, limits)) scale = Math.round((scale - 0.01) * 100) / 100;
  if (scale < MIN_SCALE) return null;
  return { scale, pixelWidth: pixelsAt(width, scale), pixelHeight: pixelsAt(height, scale), reduced: true };
}

/** What to tell the user when the scale was lowered to fit the browser's limits: the figure's words say it. */
export function scaleReduction(
  requested: number,
  fitted: FittedSize,
  requestedSize: { width: number; height: number },
) {
  return {
    requested,
    requestedWidth: pixelsAt(requestedSize.width, requested),
    requestedHeight: pixelsAt(requestedSize.height, requested),
    scale: fitted.scale,
    width: fitted.pixelWidth,
    height: fitted.pixelHeight,
  };
}
