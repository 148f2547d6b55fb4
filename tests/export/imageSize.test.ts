// The image size is computed before drawing: requests within Chromium's canvas limits keep their scale, others are lowered.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureWords } from '../../src/export/figure/figureContent';
import { CANVAS_LIMITS, fitScale, MIN_SCALE, scaleReduction } from '../../src/export/imageSize';
import { testFormatter } from '../support/testI18n';

describe('fitScale', () => {
  it('keeps a scale that fits', () => {
    expect(fitScale(1149, 751, 4)).toEqual({ scale: 4, pixelWidth: 4596, pixelHeight: 3004, reduced: false });
  });

  it('lowers the scale for a side beyond 65,535 px, and says what it produced', () => {
    const fitted = fitScale(70_406, 387, 1)!;
    expect(fitted).toEqual({ scale: 0.93, pixelWidth: 65_478, pixelHeight: 360, reduced: true });
    expect(figureWords(testFormatter).reducedScale(scaleReduction(1, fitted, { width: 70_406, height: 387 }))).toBe(
      'At 1× the image would be 70,406 × 387 px, more than a browser can draw (65,535 px a side, 268 million pixels). Exported at 0.93× instead: 65,478 × 360 px.',
    );
  });

  it('lowers the scale for an area beyond 268,435,456 px', () => {
    const fitted = fitScale(10_000, 10_000, 4)!;
    expect(fitted.reduced).toBe(true);
    expect(fitted.pixelWidth * fitted.pixelHeight).toBeLessThanOrEqual(CANVAS_LIMITS.maxArea);
    expect(fitted.scale).toBe(1.63);
  });

  it('refuses what cannot be drawn even at the smallest scale', () => {
    expect(fitScale(1_000_000, 1_000, 1)).toBeNull();
  });

  it('never exceeds the limits, never raises the scale, and loses at most 1/100 of the scale that fits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.constantFrom(1, 2, 4),
        (width, height, requested) => {
          const fitted = fitScale(width, height, requested);
          if (fitted === null) {
            expect(fitScale(width, height, MIN_SCALE)).toBeNull();
            return;
          }
          expect(fitted.pixelWidth).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
          expect(fitted.pixelHeight).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
          expect(fitted.pixelWidth * fitted.pixelHeight).toBeLessThanOrEqual(CANVAS_LIMITS.maxArea);
          expect(fitted.scale).toBeLessThanOrEqual(requested);
          if (fitted.reduced)
            expect(fitScale(width, height, Math.round((fitted.scale + 0.02) * 100) / 100)?.reduced ?? true).toBe(true);
        },
      ),
    );
  });
});
