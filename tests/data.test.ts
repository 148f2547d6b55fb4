// Every dataset bundled under data/ must validate: the explorer and CI rely on it.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { findDatasets, validateDatasetFile } from '../src/cli/nodeDataset';
import { formatProblem } from '../src/domain/problems';

const root = path.join(import.meta.dirname, '..');
const datasets = await findDatasets(path.join(root, 'data'));

describe('bundled datasets', () => {
  it('exist', () => {
    expect(datasets.length).toBeGreaterThan(0);
  });

  it.each(datasets)('%s validates with no error and no warning', async (file) => {
    const outcome = await validateDatasetFile(file);
    if (!outcome.readable) throw new Error(outcome.reason);
    expect(outcome.result.problems.map(formatProblem)).toEqual([]);
    expect(outcome.result.ok).toBe(true);
  });
});

describe('the russia-israel-iran seed', () => {
  it('cites reporting only: no quote from the reader comments under the CDMedia article', async () => {
    const outcome = await validateDatasetFile(path.join(root, 'data/russia-israel-iran/dataset.json'));
    if (!outcome.readable || !outcome.result.ok) throw new Error('seed does not validate');
    const { checked } = outcome.result;
    const [cdmediaId, cdmediaText] =
      [...checked.documentTexts].find(([, text]) => text.includes('SamW October 30, 2021')) ?? [];
    expect(cdmediaId).toBeDefined();
    const commentsStart = cdmediaText?.indexOf('SamW October 30, 2021') ?? -1;
    let cdmediaQuotes = 0;
    checked.dataset.relations.forEach((relation, relationIndex) => {
      relation.evidence.forEach((evidence, evidenceIndex) => {
        if (evidence.document !== cdmediaId) return;
        cdmediaQuotes++;
        expect(
          checked.anchors[relationIndex]?.[evidenceIndex]?.end,
          `${relation.id} cites a reader comment`,
        ).toBeLessThan(commentsStart);
      });
    });
    expect(cdmediaQuotes).toBeGreaterThan(0);
  });

  it('gives as aliases only names the sources write, each in a document that the actor’s relations cite', async () => {
    const outcome = await validateDatasetFile(path.join(root, 'data/russia-israel-iran/dataset.json'));
    if (!outcome.readable || !outcome.result.ok) throw new Error('seed does not validate');
    const { dataset, documentTexts } = outcome.result.checked;
    // As the texts write a name: any white space between words, either apostrophe, a capital first letter.
    const written = (alias: string) =>
      new RegExp(
        `(?<![\\p{L}\\p{N}])${alias
          .split(/\s+/u)
          .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/gu, "['’]"))
          .join('\\s+')
          .replace(/^\p{Ll}/u, (letter) => `[${letter}${letter.toUpperCase()}]`)}(?![\\p{L}\\p{N}])`,
        'u',
      );
    let aliases = 0;
    for (const actor of dataset.actors) {
      const cited = new Set(
        dataset.relations
          .filter((relation) => relation.source === actor.id || relation.target === actor.id)
          .flatMap((relation) => relation.evidence.map((evidence) => evidence.document)),
      );
      for (const alias of actor.aliases ?? []) {
        aliases++;
        const found = [...cited].some((id) => written(alias).test(documentTexts.get(id) ?? ''));
        expect(found, `${actor.id}: "${alias}" (a name only readers use goes in searchNames)`).toBe(true);
      }
    }
    expect(aliases).toBeGreaterThan(20);
    const searchNames = dataset.actors.flatMap((actor) => actor.searchNames ?? []);
    expect(searchNames).toContain('Daesh');
  });

  it('names the actors the reporting is about and uses the key relation types', async () => {
    const outcome = await validateDatasetFile(path.join(root, 'data/russia-israel-iran/dataset.json'));
    if (!outcome.readable || !outcome.result.ok) throw new Error('seed does not validate');
    const { dataset } = outcome.result.checked;
    const names = dataset.actors.map((actor) => actor.name).join(' | ');
    for (const name of [
      'Putin',
      'Bennett',
      'Khamenei',
      'Assad',
      'Magen',
      'Netanyahu',
      'Bagheri',
      'Hulata',
      'Gil',
      'Hezbollah',
      'Hamas',
      'Islamic State',
    ]) {
      expect(names).toContain(name);
    }
    const types = new Set(dataset.relations.map((relation) => relation.type));
    for (const type of ['ally', 'rival', 'mediator', 'strikes']) expect(types).toContain(type);
    expect(dataset.relations.length).toBeGreaterThanOrEqual(30);
  });
});
