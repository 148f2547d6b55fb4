// Dashes keep their on-screen size as the graph is zoomed out: level classes scale each dashed type's pattern.
import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import { applyDashLevel, appliedDashLevel, withDashesForZoom } from '../../src/canvas/elements/dashLevels';
import { DASH_LEVELS, dashArray, dashLevelClass, dashLevelFor, scaledDashArray } from '../../src/graph/dashes';
import { datasetElements } from '../../src/graph/elements';
import { relationStyle } from '../../src/graph/palette';
import { buildStylesheet, CLASSES } from '../../src/graph/stylesheet';
import { loadSmallFixture } from './fixture';

/** The parsed pattern Cytoscape draws with (its typings leave pstyle out). */
const dashPatternOf = (edge: unknown) =>
  (edge as { pstyle(name: string): { pfValue: number[] } }).pstyle('line-dash-pattern').pfValue;

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

const period = (pattern: readonly number[]) => pattern.reduce((sum, length) => sum + length, 0);

describe('dashLevelFor', () => {
  it('is 0 from zoom 1 up, and one more per halving below, up to DASH_LEVELS', () => {
    expect(dashLevelFor(5)).toBe(0);
    expect(dashLevelFor(1)).toBe(0);
    expect(dashLevelFor(0.99)).toBe(1);
    expect(dashLevelFor(0.5)).toBe(1);
    expect(dashLevelFor(0.3)).toBe(2);
    expect(dashLevelFor(0.25)).toBe(2);
    expect(dashLevelFor(0.11)).toBe(4);
    expect(dashLevelFor(0.001)).toBe(DASH_LEVELS);
    expect(dashLevelFor(0)).toBe(0);
    expect(dashLevelFor(Number.NaN)).toBe(0);
  });

  it('keeps a pattern between its zoom-1 size and twice that on screen, down to zoom 2^-DASH_LEVELS', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 2 ** -DASH_LEVELS, max: 1, noNaN: true }),
        fc.constantFrom([4, 4], [10, 4], [0, 3.2], [12, 3, 3, 3]),
        (zoom, pattern) => {
          const onScreen = period(scaledDashArray(pattern, dashLevelFor(zoom))) * zoom;
          expect(onScreen).toBeGreaterThanOrEqual(period(pattern) - 1e-9);
          expect(onScreen).toBeLessThan(2 * period(pattern) + 1e-9);
        },
      ),
    );
  });
});

describe('dashArray', () => {
  it('gives dotted lines round dots 2.5 widths apart, dashed lines their pattern, solid lines none', () => {
    expect(dashArray({ lineStyle: 'dotted', width: 2 })).toEqual([0, 5]);
    expect(dashArray({ lineStyle: 'dashed', width: 2, dashPattern: [4, 4] })).toEqual([4, 4]);
    expect(dashArray({ lineStyle: 'solid', width: 2 })).toBeUndefined();
  });
});

describe('dash levels on the graph', () => {
  function graph(dashLevel?: number) {
    return cytoscape({
      headless: true,
      styleEnabled: true,
      elements: datasetElements(checked, { groupByAffiliation: false, ...(dashLevel !== undefined && { dashLevel }) }),
      style: buildStylesheet(checked.relationTypes.values()),
    });
  }
  const dashedEdges = (cy: cytoscape.Core) =>
    cy
      .edges()
      .filter((edge) => dashArray(relationStyle(checked.relationTypes.get(String(edge.data('type')))!)) !== undefined);

  it('marks exactly the edges of dashed and dotted types as dashed', () => {
    const cy = graph();
    expect(dashedEdges(cy).length).toBeGreaterThan(0);
    expect(cy.edges('[?dashed]').map((edge) => edge.id())).toEqual(dashedEdges(cy).map((edge) => edge.id()));
  });

  it('scales every dashed edge by 2^level and leaves solid edges alone', () => {
    // The small fixture's dashed edges and their patterns at zoom 1, read off the palette by hand.
    const patternsAtZoom1: Record<string, number[]> = {
      'rel:r3': [4, 4], // meets
      'rel:r4': [14, 6], // rival
      'rel:r5': [2, 5], // mediator
      'rel:r6': [6, 3, 2, 3], // threatens
      'rel:r7': [0, 5], // member-of: dotted at width 2, so round dots 2.5 widths apart
      'rel:r9': [0, 5],
      'rel:r10': [0, 5],
    };
    const cy = graph();
    expect(
      cy
        .edges('[?dashed]')
        .map((edge) => edge.id())
        .sort(),
    ).toEqual(Object.keys(patternsAtZoom1).sort());
    for (let level = 0; level <= DASH_LEVELS; level++) {
      applyDashLevel(cy, level);
      expect(appliedDashLevel(cy)).toBe(level);
      for (const [id, pattern] of Object.entries(patternsAtZoom1)) {
        const edge = cy.getElementById(id);
        expect(dashPatternOf(edge), `${id} at level ${level}`).toEqual(pattern.map((length) => length * 2 ** level));
        expect(edge.classes().filter((name: string) => name.startsWith('dash-'))).toEqual(
          level === 0 ? [] : [`dash-${level}`],
        );
      }
      for (const edge of cy.edges('[!dashed]')) expect(edge.classes()).toEqual([CLASSES.detailed]);
    }
    applyDashLevel(cy, 3);
    expect(dashPatternOf(cy.getElementById('rel:r6'))).toEqual([48, 24, 16, 24]);
    expect(dashPatternOf(cy.getElementById('rel:r7'))).toEqual([0, 40]);
  });

  it('restyles only the dashed edges when the level changes, never the actors or the solid edges', () => {
    const cy = graph();
    const restyled = new Set<string>();
    cy.on('style', (event) => void restyled.add(event.target.id()));
    applyDashLevel(cy, 2);
    expect(restyled.size).toBeGreaterThan(0);
    expect([...restyled].sort()).toEqual(
      dashedEdges(cy)
        .map((edge) => edge.id())
        .sort(),
    );
  });

  it('starts new elements at the level given, so a rebuilt graph matches the one on screen', () => {
    const cy = graph(2);
    for (const edge of dashedEdges(cy)) expect(edge.hasClass(dashLevelClass(2))).toBe(true);
  });

  it('draws an export at the dashes of its own zoom, then restores the screen’s, even when drawing fails', async () => {
    const cy = graph();
    applyDashLevel(cy, 3);
    const seen = await withDashesForZoom(cy, 1, () => Promise.resolve(appliedDashLevel(cy)));
    expect(seen).toBe(0);
    expect(appliedDashLevel(cy)).toBe(3);
    expect(() =>
      withDashesForZoom(cy, 0.5, () => {
        throw new Error('draw failed');
      }),
    ).toThrow('draw failed');
    expect(appliedDashLevel(cy)).toBe(3);
  });
});
