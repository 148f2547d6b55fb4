// The dataset JSON export passes the validator and round-trips losslessly, over generated datasets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/model';
import { validateDatasetText } from '../../src/domain/validate';
import { visibleDatasetJson } from '../../src/export/visibleDatasetJson';
import { everythingVisible } from '../../src/export/visibleSubgraph';
import { arbitraryDataset, arbitrarySubset } from './arbitraryDataset';
import { checkedFrom, seedChecked } from './fixtures';

/** The original with every document's text inline: what a lossless export must hold. */
function inlined(dataset: Dataset, files: ReadonlyMap<string, string>): Dataset {
  const documents = dataset.documents.map(({ textFile, text, ...rest }) => ({
    ...rest,
    text: text ?? files.get(textFile ?? '') ?? '',
  }));
  const { $schema: _schema, ...rest } = dataset;
  return { ...rest, documents };
}

describe('dataset JSON export', () => {
  it('round-trips any valid dataset losslessly when everything is shown', () => {
    fc.assert(
      fc.property(arbitraryDataset, ({ dataset, files }) => {
        const checked = checkedFrom(dataset, files);
        const exported = visibleDatasetJson(checked, everythingVisible(checked));
        const result = validateDatasetText(exported, { file: 'export.json' });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.checked.dataset).toEqual(inlined(checked.dataset, files));
        // And exporting the re-opened file gives the same bytes.
        expect(visibleDatasetJson(result.checked, everythingVisible(result.checked))).toBe(exported);
      }),
      { numRuns: 60 },
    );
  });

  it('exports any shown subset as a dataset the validator accepts, holding exactly the shown relations', () => {
    fc.assert(
      fc.property(
        arbitraryDataset.chain((generated) => fc.tuple(fc.constant(generated), arbitrarySubset(generated.dataset))),
        ([{ dataset, files }, visible]) => {
          const checked = checkedFrom(dataset, files);
          const result = validateDatasetText(visibleDatasetJson(checked, visible), { file: 'export.json' });
          expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
          if (!result.ok) return;
          expect(result.checked.dataset.relations.map((relation) => relation.id)).toEqual(
            visible.relationIndices.map((index) => dataset.relations[index]!.id),
          );
          for (const id of visible.actorIds) expect(result.checked.actorsById.has(id)).toBe(true);
          // Every kept relation keeps every quote, and every quote's document is in the file.
          for (const relation of result.checked.dataset.relations) {
            expect(relation).toEqual(dataset.relations.find((original) => original.id === relation.id));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('inlines the seed’s textFile documents and drops $schema', async () => {
    const checked = await seedChecked();
    const exported = JSON.parse(visibleDatasetJson(checked, everythingVisible(checked))) as Dataset;
    expect(exported.$schema).toBeUndefined();
    expect(
      exported.documents.every((document) => document.textFile === undefined && (document.text?.length ?? 0) > 1000),
    ).toBe(true);
    expect(exported.relations).toEqual(checked.dataset.relations);
  });
});
