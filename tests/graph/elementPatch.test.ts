// A curation edit becomes a patch of the live graph (pure diff), and the patched graph equals a fresh build of the edited dataset.
import cytoscape, { type Core } from 'cytoscape';
import { beforeAll, describe, expect, it } from 'vitest';
import { addElementsStyledInOrder } from '../../src/canvas/elements/addElements';
import { patchElements } from '../../src/canvas/elements/patchElements';
import type { CheckedDataset, Dataset } from '../../src/domain/model';
import { elementPatch, isEmptyPatch } from '../../src/graph/elementPatch';
import { datasetElements } from '../../src/graph/elements';
import { buildStylesheet } from '../../src/graph/stylesheet';
import { loadSmallFixture } from './fixture';

let original: CheckedDataset;
beforeAll(async () => {
  original = await loadSmallFixture();
});

const saved = (checked: CheckedDataset) =>
  new Set(checked.dataset.actors.filter((actor) => actor.position).map((actor) => actor.id));

function patchBetween(
  before: CheckedDataset,
  after: CheckedDataset,
  grouping: { before: boolean; after: boolean } = { before: false, after: false },
) {
  return elementPatch(
    datasetElements(before, { groupByAffiliation: grouping.before }),
    datasetElements(after, { groupByAffiliation: grouping.after }),
    {
      before: saved(before),
      after: saved(after),
    },
  );
}

const edited = (change: (dataset: Dataset) => void) =>
  loadSmallFixture((dataset) => {
    change(dataset);
    return dataset;
  });

/** What the canvas shows of each element: its data (parent included) and its style-relevant classes. */
function snapshot(cy: Core) {
  return Object.fromEntries(
    cy.elements().map((element) => [
      element.id(),
      {
        data: element.data() as Record<string, unknown>,
        dash: element.classes().filter((name) => name.startsWith('dash-')),
      },
    ]),
  );
}

function liveGraph(checked: CheckedDataset, groupByAffiliation: boolean, dashLevel: number): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(checked.relationTypes.values()) });
  addElementsStyledInOrder(cy, datasetElements(checked, { groupByAffiliation, dashLevel }));
  return cy;
}

describe('elementPatch', () => {
  it('is empty when nothing the canvas shows changed', () => {
    expect(isEmptyPatch(patchBetween(original, original))).toBe(true);
  });

  it('adds a new relation as an edge, and only that', async () => {
    const after = await edited((dataset) => {
      dataset.relations.push({
        ...structuredClone(dataset.relations[0]!),
        id: 'r11',
        source: 'atlantis',
        target: 'lonely-isle',
        type: 'meets',
      });
    });
    const patch = patchBetween(original, after);
    expect(patch.add.map((element) => element.data.id)).toEqual(['rel:r11']);
    expect(patch.remove).toEqual([]);
    expect(patch.update).toEqual([]);
  });

  it('updates a relation whose type changed, and re-adds one whose ends changed', async () => {
    const after = await edited((dataset) => {
      dataset.relations[0]!.type = 'opposes';
      dataset.relations[1]!.target = 'borduria';
    });
    const patch = patchBetween(original, after);
    expect(patch.update.map((update) => update.id)).toEqual(['rel:r1']);
    expect(patch.update[0]?.data).toMatchObject({ type: 'opposes', label: 'opposes' });
    expect(patch.remove).toEqual(['rel:r2']);
    expect(patch.add.map((element) => element.data.id)).toEqual(['rel:r2']);
  });

  it('removes an actor with its relations, and renames another', async () => {
    const after = await edited((dataset) => {
      dataset.relations = dataset.relations.filter(
        (relation) => relation.source !== 'zorrino-front' && relation.target !== 'zorrino-front',
      );
      dataset.actors = dataset.actors.filter((actor) => actor.id !== 'zorrino-front');
      dataset.actors.find((actor) => actor.id === 'atlantis')!.name = 'Atlantis Nova';
    });
    const patch = patchBetween(original, after);
    expect(patch.remove.sort()).toEqual(['rel:r1', 'rel:r6', 'zorrino-front']);
    expect(patch.update).toEqual([
      { id: 'atlantis', data: { id: 'atlantis', label: 'Atlantis Nova', caption: 'Atlantis Nova', kind: 'state' } },
    ]);
  });

  it('moves people between groups when grouping is on, and out of them when it is turned off', async () => {
    const after = await edited((dataset) => {
      dataset.actors.find((actor) => actor.id === 'ottokar')!.affiliation = 'borduria';
    });
    expect(patchBetween(original, after, { before: true, after: true }).reparent).toEqual([
      { id: 'ottokar', parent: 'borduria' },
    ]);
    const off = patchBetween(original, original, { before: true, after: false }).reparent;
    expect(off.map((move) => move.id).sort()).toEqual(['helene-dupre', 'kurvi-tasch', 'muskar', 'ottokar']);
    expect(off.every((move) => move.parent === null)).toBe(true);
  });

  it('moves a drawn actor only when its saved position changed', async () => {
    const after = await edited((dataset) => {
      dataset.actors.find((actor) => actor.id === 'lonely-isle')!.position = { x: 10, y: 20 };
      dataset.actors.find((actor) => actor.id === 'atlantis')!.position = { x: -50, y: 5 };
    });
    expect(patchBetween(original, after).reposition.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'atlantis', position: { x: -50, y: 5 } },
      { id: 'lonely-isle', position: { x: 10, y: 20 } },
    ]);
  });
});

describe('patchElements', () => {
  it('puts people into a group that arrives with the same change (undoing the deletion of an organisation)', async () => {
    const without = await edited((dataset) => {
      dataset.relations = dataset.relations.filter(
        (relation) => relation.source !== 'klow-institute' && relation.target !== 'klow-institute',
      );
      dataset.actors = dataset.actors.filter((actor) => actor.id !== 'klow-institute');
      delete dataset.actors.find((actor) => actor.id === 'helene-dupre')!.affiliation;
    });
    const cy = liveGraph(without, true, 0);
    patchElements(cy, patchBetween(without, original, { before: true, after: true }), saved(original), 0);
    expect(
      cy
        .getElementById('helene-dupre')
        .parent()
        .map((parent) => parent.id()),
    ).toEqual(['klow-institute']);
    expect(snapshot(cy)).toEqual(snapshot(liveGraph(original, true, 0)));
    cy.destroy();
  });

  it('turns the live graph into the edited dataset’s, leaving drawn actors where they are', async () => {
    const after = await edited((dataset) => {
      dataset.actors.push({ id: 'newland', name: 'Newland', kind: 'state' });
      dataset.relations.push({
        ...structuredClone(dataset.relations[0]!),
        id: 'r11',
        source: 'newland',
        target: 'atlantis',
        type: 'distrusts',
      });
      dataset.relations[1]!.type = 'opposes';
      dataset.relations[2]!.source = 'kurvi-tasch';
      dataset.relations = dataset.relations.filter((relation) => relation.id !== 'r6');
      dataset.actors.find((actor) => actor.id === 'ottokar')!.affiliation = 'borduria';
    });
    const cy = liveGraph(original, true, 2);
    cy.nodes().forEach((node, index) => void node.position({ x: index * 100, y: -index * 50 }));
    const drawn = Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }]));

    patchElements(cy, patchBetween(original, after, { before: true, after: true }), saved(after), 2);

    const fresh = liveGraph(after, true, 2);
    expect(snapshot(cy)).toEqual(snapshot(fresh));
    for (const [id, position] of Object.entries(drawn)) {
      // A person moved into another group is drawn where it was; its old group's box shrinks around the rest.
      if (!cy.getElementById(id).isParent()) expect(cy.getElementById(id).position()).toEqual(position);
    }
    // The new actor lands near the actor it is related to, not at the origin of a graph laid out elsewhere.
    const newland = cy.getElementById('newland').position();
    const atlantis = cy.getElementById('atlantis').position();
    expect(Math.hypot(newland.x - atlantis.x, newland.y - atlantis.y)).toBeCloseTo(60, 0);
    cy.destroy();
    fresh.destroy();
  });
});
