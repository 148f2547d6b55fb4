// The palette table drives the stylesheet (and the legend): colours, shapes, line styles and arrowheads.
import cytoscape from 'cytoscape';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import { BUILT_IN_RELATION_TYPES, RELATION_CATEGORIES, relationVocabulary } from '../../src/domain/relationTypes';
import { dashArray } from '../../src/graph/dashes';
import { datasetElements } from '../../src/graph/elements';
import {
  ACTOR_KIND_STYLES,
  CATEGORY_FALLBACK_STYLES,
  RELATION_TYPE_STYLES,
  relationStyle,
} from '../../src/graph/palette';
import { buildStylesheet, CLASSES } from '../../src/graph/stylesheet';
import { LABEL_LEVEL_CLASSES, labelLevelClass, labelLevelFor } from '../../src/graph/zoomLevels';
import { loadSmallFixture } from './fixture';

/** The parsed pattern Cytoscape draws with (its typings leave pstyle out). */
const dashPatternOf = (edge: unknown) =>
  (edge as { pstyle(name: string): { pfValue: number[] } }).pstyle('line-dash-pattern').pfValue;

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

function hexToRgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`;
}

/** sRGB hex → CIE L*a*b* (D65), to measure how far apart two colours look. */
function hexToLab(hex: string): [number, number, number] {
  const linear = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const [r, g, b] = linear;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

function headless() {
  return cytoscape({
    elements: datasetElements(checked, { groupByAffiliation: false }),
    style: buildStylesheet(checked.relationTypes.values()),
    headless: true,
    styleEnabled: true,
  });
}

describe('palette', () => {
  it('styles every built-in relation type', () => {
    for (const type of BUILT_IN_RELATION_TYPES) expect(RELATION_TYPE_STYLES[type.id], type.id).toBeDefined();
  });

  it('gives arrowheads to directed types only', () => {
    for (const type of BUILT_IN_RELATION_TYPES)
      expect(relationStyle(type).arrow === 'none', type.id).toBe(!type.directed);
  });

  it('tells relation types apart without colour (greyscale): line style, dashes, width or arrow differ', () => {
    const signatures = BUILT_IN_RELATION_TYPES.map((type) => {
      const style = relationStyle(type);
      return JSON.stringify([style.lineStyle, style.dashPattern ?? null, style.width, style.arrow]);
    });
    expect(new Set(signatures).size).toBe(signatures.length);
  });

  it('tells the types of one category apart by line style and arrowhead alone', () => {
    for (const category of RELATION_CATEGORIES) {
      const signatures = BUILT_IN_RELATION_TYPES.filter((type) => type.category === category).map((type) => {
        const style = relationStyle(type);
        return JSON.stringify([style.lineStyle, style.dashPattern ?? null, style.arrow]);
      });
      expect(new Set(signatures).size, category).toBe(signatures.length);
    }
  });

  it('gives every built-in type a colour clearly apart from every other (CIE76 ΔE ≥ 15)', () => {
    const types = BUILT_IN_RELATION_TYPES.map((type) => ({ id: type.id, lab: hexToLab(relationStyle(type).color) }));
    for (const [index, a] of types.entries())
      for (const b of types.slice(index + 1))
        expect(
          Math.hypot(a.lab[0] - b.lab[0], a.lab[1] - b.lab[1], a.lab[2] - b.lab[2]),
          `${a.id} / ${b.id}`,
        ).toBeGreaterThanOrEqual(15);
  });

  it('tells actor kinds apart by shape as well as colour', () => {
    const styles = Object.values(ACTOR_KIND_STYLES);
    expect(new Set(styles.map((style) => style.shape)).size).toBe(styles.length);
    expect(new Set(styles.map((style) => style.color)).size).toBe(styles.length);
  });

  it('falls back to the category style for dataset types, with their own colour', () => {
    const custom = {
      id: 'trades-with',
      label: 'trades with',
      directed: false,
      category: 'material-cooperation' as const,
      description: '',
      color: '#123456',
    };
    expect(relationStyle(custom)).toEqual({
      ...CATEGORY_FALLBACK_STYLES['material-cooperation'],
      color: '#123456',
      arrow: 'none',
    });
    const directed = { ...custom, id: 'sells-to', directed: true, color: undefined };
    expect(relationStyle(directed).color).toBe(CATEGORY_FALLBACK_STYLES['material-cooperation'].color);
    expect(relationStyle(directed).arrow).not.toBe('none');
  });
});

describe('buildStylesheet', () => {
  it('has a rule per relation type of the vocabulary', () => {
    const sheet = buildStylesheet(relationVocabulary(undefined).values());
    for (const type of BUILT_IN_RELATION_TYPES)
      expect(sheet.some((rule) => 'selector' in rule && rule.selector === `edge[type = "${type.id}"]`)).toBe(true);
  });

  it('makes Cytoscape draw each edge and node as the palette says', () => {
    const cy = headless();
    for (const relation of checked.dataset.relations) {
      const edge = cy.getElementById(`rel:${relation.id}`);
      const type = checked.relationTypes.get(relation.type);
      if (!type) throw new Error(relation.type);
      const style = relationStyle(type);
      expect(edge.style('line-color'), relation.type).toBe(hexToRgb(style.color));
      const dashes = dashArray(style);
      expect(edge.style('line-style')).toBe(style.lineStyle === 'solid' ? 'solid' : 'dashed');
      if (dashes) expect(dashPatternOf(edge), relation.type).toEqual([...dashes]);
      expect(edge.style('line-cap')).toBe(style.lineStyle === 'dotted' ? 'round' : 'butt');
      expect(edge.style('target-arrow-shape')).toBe(style.arrow);
      expect(Number.parseFloat(edge.style('width'))).toBe(style.width);
    }
    for (const actor of checked.dataset.actors) {
      const node = cy.getElementById(actor.id);
      expect(node.style('shape')).toBe(ACTOR_KIND_STYLES[actor.kind].shape);
      expect(node.style('background-color')).toBe(hexToRgb(ACTOR_KIND_STYLES[actor.kind].color));
    }
    expect(cy.getElementById('rel:r8').style('line-color')).toBe(hexToRgb('#123456'));
    cy.destroy();
  });

  it('hides elements with the hidden class, whatever else applies', () => {
    const cy = headless();
    const edge = cy.getElementById('rel:r1');
    edge.addClass([CLASSES.selected, CLASSES.hidden]);
    expect(edge.style('display')).toBe('none');
    edge.removeClass(CLASSES.hidden);
    expect(edge.style('display')).toBe('element');
    cy.destroy();
  });

  it('draws elements without the detailed class in the overview style: no labels, straight edges, no arrowheads or dashes', () => {
    const cy = cytoscape({
      elements: datasetElements(checked, { groupByAffiliation: false, overview: true }),
      style: buildStylesheet(checked.relationTypes.values()),
      headless: true,
      styleEnabled: true,
    });
    const node = cy.getElementById('atlantis');
    const directed = cy.getElementById('rel:r1');
    const dashed = cy.edges('[?dashed]').first();
    expect(node.style('label')).toBe('');
    expect(directed.style('curve-style')).toBe('haystack');
    expect(directed.style('target-arrow-shape')).toBe('none');
    expect(dashed.style('line-style')).toBe('solid');
    cy.elements().addClass([CLASSES.detailed, CLASSES.labelled]);
    expect(node.style('label')).toBe('Atlantis');
    expect(directed.style('curve-style')).toBe('bezier');
    expect(directed.style('target-arrow-shape')).toBe('triangle');
    expect(dashed.style('line-style')).toBe('dashed');
    cy.destroy();
  });

  it('labels only the nodes the label pass chose, at 12px or a little more on screen at any zoom, with a halo', () => {
    const cy = headless();
    const node = cy.getElementById('atlantis');
    expect(node.style('label')).toBe('');
    for (const zoom of [0.05, 0.13, 0.5, 1, 2.7, 5]) {
      const level = labelLevelFor(zoom);
      node.removeClass(LABEL_LEVEL_CLASSES.join(' ')).addClass([CLASSES.labelled, labelLevelClass(level)]);
      const onScreen = Number.parseFloat(node.style('font-size')) * zoom;
      expect(onScreen).toBeGreaterThanOrEqual(12);
      expect(onScreen).toBeLessThan(12 * 1.2);
    }
    expect(node.style('label')).toBe('Atlantis');
    expect(Number.parseFloat(node.style('text-outline-width'))).toBeGreaterThan(0);
    cy.destroy();
  });

  it('writes the type along a labelled edge, on a background, and draws a collapsed bundle neutral', () => {
    const cy = headless();
    const edge = cy.getElementById('rel:r1');
    expect(edge.style('label')).toBe('');
    edge.addClass([CLASSES.labelled, labelLevelClass(labelLevelFor(1))]);
    expect(edge.style('label')).toBe(edge.data('label'));
    expect(edge.style('text-rotation')).toBe('autorotate');
    expect(Number.parseFloat(edge.style('text-background-opacity'))).toBeGreaterThan(0.5);
    edge.addClass(CLASSES.bundled);
    expect(edge.style('display')).toBe('none');
    cy.destroy();
  });
});
