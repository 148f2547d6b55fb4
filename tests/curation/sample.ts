// Test helpers: a small valid dataset with inline texts (one sentence occurs twice, two hedge or deny), and the app's
// store, with history.
import type { CheckedDataset, Dataset } from '../../src/domain/model';
import { validateDatasetText } from '../../src/domain/validate';
import { loadRevalidator } from '../../src/store/revalidator';
import { createExplorerStore } from '../../src/store/store';

export const SAMPLE_TEXT =
  'Moscow and Jerusalem keep talking. Russia strikes rebels near Idlib. Officials said the talks went well. ' +
  'Later, Israel strikes convoys. Officials said the talks went well. Russia meets Israel in Sochi. ' +
  'Israel is expected to keep striking convoys. Russia does not recognize the rebels.';

export function sampleDataset(): Dataset {
  return {
    formatVersion: 1,
    id: 'sample',
    title: 'Sample',
    relationTypes: [{ id: 'mocks', label: 'mocks', directed: true, category: 'verbal-conflict' }],
    documents: [
      {
        id: 'wire',
        title: 'Wire',
        outlet: 'Example Wire',
        published: '2021-10',
        url: 'https://example.org/wire',
        text: SAMPLE_TEXT,
      },
    ],
    actors: [
      { id: 'russia', name: 'Russia', kind: 'state' },
      { id: 'israel', name: 'Israel', kind: 'state' },
      { id: 'rebels', name: 'Rebels', kind: 'armed-group', affiliation: 'russia' },
    ],
    relations: [
      {
        id: 'russia-strikes-rebels',
        type: 'strikes',
        source: 'russia',
        target: 'rebels',
        evidence: [{ document: 'wire', quote: 'Russia strikes rebels near Idlib.' }],
      },
      {
        id: 'russia-meets-israel',
        type: 'meets',
        source: 'russia',
        target: 'israel',
        date: '2021-10-22',
        evidence: [{ document: 'wire', quote: 'Russia meets Israel in Sochi.' }],
      },
    ],
  };
}

export function checkedOf(dataset: Dataset = sampleDataset()): CheckedDataset {
  const result = validateDatasetText(JSON.stringify(dataset), { file: 'sample.json' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.checked;
}

/** The app's own store: its slices plus curation, with the undo/redo history. */
export const createCuratedTestStore = createExplorerStore;

// The app loads the validator for edits when a dataset opens (store/revalidator.ts), moments before anyone can edit;
// these tests edit at once, so it is loaded before they start.
await loadRevalidator();
