// Parallel relations on the canvas: one bundle edge per pair, showing its visible members until it is opened.
import cytoscape from 'cytoscape';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyBundles, expandBundles } from '../../src/canvas/elements/bundleCanvas';
import type { CheckedDataset } from '../../src/domain/model';
import { bundleElements, bundleIndexOf, bundleLook, bundleState, type BundleMember } from '../../src/graph/bundleView';
import { datasetElements } from '../../src/graph/elements';
import { buildStylesheet, CLASSES } from '../../src/graph/stylesheet';
import { loadSmallFixture } from './fixture';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

const member = (edgeId: string, type: string, opacity = 1): BundleMember => ({ edgeId, type, label: type, opacity });

describe('bundles of parallel relations', () => {
  it('indexes each pair with several relations, members in vocabulary order', () => {
    const index = bundleIndexOf(checked);
    expect([...index.bundles.keys()]).toEqual(['atlantis|syldavia']);
    const bundle = index.bundles.get('atlantis|syldavia')!;
    expect(bundle.ends).toEqual(['atlantis', 'syldavia']);
    expect(bundle.members.map((one) => one.edgeId)).toEqual(['rel:r2', 'rel:r8']);
    expect(index.keyOfEdge.get('rel:r8')).toBe('atlantis|syldavia');
    expect(bundleIndexOf(checked)).toBe(index);
    const [edge] = bundleElements(index);
    expect(edge?.data).toMatchObject({
      id: 'bundle:atlantis|syldavia',
      source: 'atlantis',
      target: 'syldavia',
      bundle: true,
    });
    expect(String(edge?.data.label)).toContain(' · ');
  });

  it('shows a bundle while two members or more are visible and it is not opened; else its members', () => {
    const members = [member('e1', 'ally'), member('e2', 'meets', 0.35), member('e3', 'meets', 0.6)];
    expect(bundleState(members, new Set(['e1', 'e2', 'e3']), false)).toMatchObject({ collapsed: true });
    expect(bundleState(members, new Set(['e1', 'e2', 'e3']), true)).toMatchObject({ collapsed: false });
    const one = bundleState(members, new Set(['e2']), false);
    expect(one.collapsed).toBe(false);
    expect(one.look.members).toEqual(['e2']);
    const two = bundleState(members, new Set(['e2', 'e3']), false);
    expect(two.look).toMatchObject({ members: ['e2', 'e3'], label: 'meets ×2', opacity: 0.6 });
    expect(bundleLook(members).label).toBe('ally · meets ×2');
    expect(bundleLook(members).width).toBeGreaterThan(bundleLook(members.slice(0, 2)).width);
  });

  it('on the canvas: hides the members inside a collapsed bundle, and shows them when it opens or a filter leaves one', () => {
    const index = bundleIndexOf(checked);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(checked.relationTypes.values()),
      elements: [...datasetElements(checked, { groupByAffiliation: false }), ...bundleElements(index)],
    });
    const bundle = cy.getElementById('bundle:atlantis|syldavia');
    const every = new Set(cy.edges('[!bundle]').map((edge) => edge.id()));
    applyBundles(cy, index, every);
    expect(bundle.visible()).toBe(true);
    expect(cy.getElementById('rel:r2').visible()).toBe(false);
    expect(expandBundles(cy, 'hover', new Set(['atlantis|syldavia']))).toBe(true);
    expect(bundle.visible()).toBe(false);
    expect(cy.getElementById('rel:r2').visible()).toBe(true);
    expect(expandBundles(cy, 'hover', new Set(['atlantis|syldavia']))).toBe(false);
    expandBundles(cy, 'hover', new Set());
    expect(bundle.hasClass(CLASSES.hidden)).toBe(false);
    applyBundles(cy, index, new Set([...every].filter((id) => id !== 'rel:r8')));
    expect(bundle.hasClass(CLASSES.hidden)).toBe(true);
    expect(cy.getElementById('rel:r2').hasClass(CLASSES.bundled)).toBe(false);
    cy.destroy();
  });
});
