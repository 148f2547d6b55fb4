// The transforms of the graph's SVG as one matrix each, as SVG composes them.
import { describe, expect, it } from 'vitest';
import { multiply, type Matrix } from '../../../src/export/pdf/pdfCanvas';
import { parseTransform } from '../../../src/export/pdf/svgToPdf';

const apply = ([a, b, c, d, e, f]: Matrix, x: number, y: number) => [a * x + c * y + e, b * x + d * y + f];
const close = (actual: number[], expected: number[]) =>
  actual.forEach((value, index) => expect(value).toBeCloseTo(expected[index]!, 9));

describe('an SVG transform list', () => {
  it('applies its steps right to left, as SVG does', () => {
    close(apply(parseTransform('translate(10,20) scale(2)'), 1, 1), [12, 22]);
    close(apply(parseTransform('scale(2) translate(10,20)'), 1, 1), [22, 42]);
  });

  it('turns about the point a rotate names, which stays where it is', () => {
    const turn = parseTransform('rotate(90, 5, 5)');
    close(apply(turn, 5, 5), [5, 5]);
    close(apply(turn, 6, 5), [5, 6]);
  });

  it('undoes itself when followed by its inverse, as the painter writes a restored state', () => {
    const there = parseTransform('translate(243.9,182.98) rotate(-7.2,0,0)');
    const back = parseTransform('rotate(7.2,0,0) translate(-243.9,-182.98)');
    close(apply(multiply(there, back), 3, 4), [3, 4]);
  });

  it('reads a matrix and ignores what it does not know', () => {
    close(apply(parseTransform('matrix(1 0 0 -1 0 100) skewQ(3)'), 2, 30), [2, 70]);
    close(apply(parseTransform(null), 2, 3), [2, 3]);
  });
});
