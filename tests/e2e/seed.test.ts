// End to end on the bundled dataset: it loads and validates in the page, and each part of the explorer works on its content.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { claimStatus, DEFAULT_HIDDEN_STATUSES } from '../../src/domain/claims';
import type { Dataset, Relation } from '../../src/domain/model';
import { launchBrowser } from './browser';
import { ExplorerPage, explorerAddress } from './driver/explorerPage';

const SEED_FILE = path.join(import.meta.dirname, '../../data/russia-israel-iran/dataset.json');
/** Actors every version of the seed has; everything else is read from the file, which its curators keep changing. */
const STABLE_STATES = ['russia', 'israel', 'iran'];

let browser: Browser;
/** The file the page opens by default: what each test expects is chosen from it at run time. */
let seed: Dataset;

beforeAll(async () => {
  browser = await launchBrowser();
  seed = JSON.parse(await readFile(SEED_FILE, 'utf8')) as Dataset;
});
afterAll(async () => {
  await browser?.close();
});
const sorted = (values: Iterable<string>) => [...values].sort();
/** What the explorer draws before any filter is touched: every relation but those whose status is hidden by default. */
const shownByDefault = (relation: Relation) =>
  !(DEFAULT_HIDDEN_STATUSES as readonly string[]).includes(claimStatus(relation.evidence));
const actorNamed = (id: string) => {
  const actor = seed.actors.find((candidate) => candidate.id === id);
  if (!actor) throw new Error(`the seed has no actor ${id}`);
  return actor;
};
/** Quotes as the page may show them from the source: white space, typographic quotes, dashes and ellipses folded. */
const folded = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/…/g, '...')
    .trim();

describe('the bundled seed dataset in the explorer', () => {
  let explorer: ExplorerPage;
  // A page of its own per test, so one failure leaves the next test a fresh explorer.
  beforeEach(async () => {
    explorer = await ExplorerPage.open(browser, explorerAddress(inject('baseUrl')));
  });
  afterEach(async () => {
    await explorer?.close();
  });

  it('loads and validates in the page: its title, every actor and every relation not denied drawn, no problem reported', async () => {
    const { api, ui, page } = explorer;
    await page.getByRole('heading', { level: 1, name: seed.title }).waitFor();
    expect(await api.warnings()).toEqual([]);
    expect(await ui.alert.count()).toBe(0);
    const shown = await api.shownGraph();
    expect(sorted(shown.actors.map((actor) => actor.id))).toEqual(sorted(seed.actors.map((actor) => actor.id)));
    expect(sorted(shown.relations.map((relation) => relation.id))).toEqual(
      sorted(seed.relations.filter(shownByDefault).map((relation) => relation.id)),
    );
  });

  it('offers a filter for every relation type it uses, each hiding exactly its relations from the graph and table', async () => {
    const { api, ui } = explorer;
    await ui.openTable();
    const { relationTypes } = await api.dataset();
    expect(sorted(relationTypes.map((type) => type.id))).toEqual(
      sorted(new Set(seed.relations.map((relation) => relation.type))),
    );
    const everyRelation = sorted(seed.relations.filter(shownByDefault).map((relation) => relation.id));
    const shownRelations = async () => sorted((await api.shownGraph()).relations.map((relation) => relation.id));
    for (const type of relationTypes) {
      const ofType = seed.relations
        .filter((relation) => relation.type === type.id && shownByDefault(relation))
        .map((relation) => relation.id);
      const rows = ui.table.getByRole('cell', { name: type.label, exact: true });
      await expect.poll(() => rows.count(), { message: `${type.id} rows` }).toBe(ofType.length);
      await ui.relationTypeCheckbox(type.label).uncheck();
      await expect
        .poll(shownRelations, { message: `relations without ${type.id}` })
        .toEqual(everyRelation.filter((id) => !ofType.includes(id)));
      await expect.poll(() => rows.count(), { message: `${type.id} rows when hidden` }).toBe(0);
      await ui.relationTypeCheckbox(type.label).check();
      await expect.poll(shownRelations, { message: `relations with ${type.id} again` }).toEqual(everyRelation);
    }
  });

  it('draws a relation alone, with its label, when a filter leaves it the only one of its bundle', async () => {
    const { api, ui } = explorer;
    const byPair = new Map<string, Relation[]>();
    for (const relation of seed.relations.filter(shownByDefault)) {
      const pair = [relation.source, relation.target].sort().join(' ');
      byPair.set(pair, [...(byPair.get(pair) ?? []), relation]);
    }
    const pair = [...byPair.values()].find(
      (relations) => relations.length === 2 && relations[0]!.type !== relations[1]!.type,
    );
    if (!pair) throw new Error('the seed has no pair of actors with exactly two relations of different types');
    const [hidden, left] = pair as [Relation, Relation];
    const { relationTypes } = await api.dataset();
    const hiddenType = relationTypes.find((type) => type.id === hidden.type);
    if (!hiddenType) throw new Error(`no relation type ${hidden.type}`);
    // The bundle opens into its one remaining relation: its label is placed on the curve it had inside the bundle.
    await ui.relationTypeCheckbox(hiddenType.label).uncheck();
    await expect
      .poll(async () => (await api.shownGraph()).relations.map((relation) => relation.id), {
        message: `${left.id} drawn once ${hidden.type} is hidden`,
      })
      .toContain(left.id);
    await explorer.nextFrame();
    expect(explorer.pageErrors).toEqual([]);
    expect(await ui.alert.count()).toBe(0);
  });

  it('shows every quote of every relation, highlighted where its source says it', async () => {
    const { api, ui } = explorer;
    const marks = ui.details.locator('blockquote mark');
    for (const relation of seed.relations) {
      await api.select({ kind: 'relation', id: relation.id });
      await expect
        .poll(async () => (await marks.allTextContents()).map(folded), { message: relation.id })
        .toEqual(relation.evidence.map((evidence) => folded(evidence.quote)));
    }
  });

  it('shows the cited sentences of Russia, Israel and Iran when each is clicked on the canvas', async () => {
    const { api, ui } = explorer;
    for (const id of STABLE_STATES) {
      const cited = seed.relations.filter((relation) => relation.source === id || relation.target === id);
      expect(cited.length, `${id} has relations`).toBeGreaterThan(0);
      await ui.clickActor(id);
      await ui.details.getByRole('heading', { level: 2, name: actorNamed(id).name, exact: true }).waitFor();
      expect(await api.selection()).toEqual({ kind: 'actor', id });
      expect(await ui.details.locator('blockquote mark').count()).toBeGreaterThan(0);
    }
  });

  it('shows the relation whose edge is clicked on the canvas, with its quotes', async () => {
    const { api, ui } = explorer;
    const relationId = await ui.clickRelation();
    const relation = seed.relations.find((candidate) => candidate.id === relationId);
    expect(relation, `the clicked edge ${relationId} is a relation of the seed`).toBeDefined();
    expect(await api.selection()).toEqual({ kind: 'relation', id: relationId });
    await expect.poll(() => ui.details.locator('blockquote mark').count()).toBe(relation?.evidence.length);
  });

  it('finds Russia, Israel and Iran by an alias of theirs', async () => {
    const { api, ui } = explorer;
    const others = (id: string) =>
      seed.actors
        .filter((actor) => actor.id !== id)
        .flatMap((actor) => [actor.name, ...(actor.aliases ?? [])].map((label) => label.toLowerCase()));
    let found = 0;
    for (const id of STABLE_STATES) {
      const actor = actorNamed(id);
      // An alias no other actor's name or alias contains, so the first suggestion is this actor.
      const alias = actor.aliases?.find((candidate) =>
        others(id).every((label) => !label.includes(candidate.toLowerCase())),
      );
      if (!alias) continue;
      await ui.findActor(alias, `${actor.name} (${alias})`);
      await api.waitForSelection({ kind: 'actor', id });
      found++;
    }
    expect(found, 'at least one of them has a distinctive alias').toBeGreaterThan(0);
  });
});

describe('the bundled seed dataset restored from a URL', () => {
  it('restores the neighbourhood of Iran', async () => {
    const neighbours = new Set(['iran']);
    for (const relation of seed.relations) {
      if (relation.source === 'iran') neighbours.add(relation.target);
      if (relation.target === 'iran') neighbours.add(relation.source);
    }
    const restored = await ExplorerPage.open(
      browser,
      explorerAddress(inject('baseUrl'), { actor: 'iran', focus: '1', view: '0.9,200,150' }),
    );
    try {
      const { api, ui } = restored;
      await ui.details.getByRole('heading', { level: 2, name: actorNamed('iran').name, exact: true }).waitFor();
      const view = await api.viewport();
      expect(view.zoom).toBeCloseTo(0.9, 5);
      expect(view.pan).toEqual({ x: 200, y: 150 });
      expect(await api.visibleActorIds()).toEqual(sorted(neighbours));
    } finally {
      await restored.close();
    }
  });
});
